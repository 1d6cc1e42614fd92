import type { Command } from '../command.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'da fare',
  help: 'da fare\n',
  options: {},
  async run() {
    return 1;
  },
};
