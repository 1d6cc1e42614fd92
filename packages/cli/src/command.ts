import type { Io } from './io.js';

/** One CLI command: its Italian help and what it does. Options are parsed with node:util parseArgs. */
export interface Command {
  name: string;
  /** One line, Italian, for `performa --help`. */
  summary: string;
  /** The full Italian help of `performa NAME --help`. */
  help: string;
  options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;
  /** Returns the exit code. Throws BadInput for exit 2. */
  run(positionals: string[], options: Record<string, string | boolean | string[] | undefined>, io: Io): Promise<number>;
}
