import type { Command } from '../command.js';

export const documentCommand: Command = {
  name: 'document',
  summary: 'da fare',
  help: 'Uso: performa document (da fare)\n',
  options: {},
  async run() {
    return 1;
  },
};
