import type { Command } from '../command.js';
import { validateCommand } from './validate.js';
import { scoreCommand } from './score.js';
import { importCommand } from './import.js';
import { exportCommand } from './export.js';
import { demoCommand } from './demo.js';
import { serveCommand } from './serve.js';
import { auditCommand } from './audit.js';
import { documentCommand } from './document.js';
import { userCommand } from './user.js';
import { remindCommand } from './remind.js';

/** Every CLI command, in the order `performa --help` lists them. */
export const commands: Command[] = [validateCommand, scoreCommand, importCommand, exportCommand, demoCommand, serveCommand, auditCommand, documentCommand, userCommand, remindCommand];
