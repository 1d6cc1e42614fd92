import type { Command } from '../command.js';

export const scoreCommand: Command = {
  name: 'score',
  summary: 'da fare',
  help: 'da fare\n',
  options: {},
  async run() {
    return 1;
  },
};
