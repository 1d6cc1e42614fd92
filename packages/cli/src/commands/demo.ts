import type { Command } from '../command.js';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'da fare',
  help: 'da fare\n',
  options: {},
  async run() {
    return 1;
  },
};
