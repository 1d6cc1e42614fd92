import type { Command } from '../command.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'da fare',
  help: 'da fare\n',
  options: {},
  async run() {
    return 1;
  },
};
