import type { Command } from '../command.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'da fare',
  help: 'da fare\n',
  options: {},
  async run() {
    return 1;
  },
};
