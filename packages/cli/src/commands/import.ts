import type { Command } from '../command.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'da fare',
  help: 'da fare\n',
  options: {},
  async run() {
    return 1;
  },
};
