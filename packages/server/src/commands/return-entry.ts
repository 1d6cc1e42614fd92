import type { CommandContext } from '../context.js';
import { transitionEntry } from './entry-transition.js';
import type { EntryTarget } from './save-entry.js';

/** The dirigente returns a submitted value to the referente, with a comment shown beside it. */
export const returnEntry = (ctx: CommandContext, target: EntryTarget, expectedVersion: number, comment: string) =>
  transitionEntry(
    ctx,
    target,
    expectedVersion,
    { action: 'entry.return', from: ['inviato'], to: 'restituito', refused: 'Si può restituire solo un valore inviato.' },
    comment,
  );
