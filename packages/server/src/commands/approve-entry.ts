import type { CommandContext } from '../context.js';
import { transitionEntry } from './entry-transition.js';
import type { EntryTarget } from './save-entry.js';

/** The dirigente validates a submitted value. */
export const approveEntry = (ctx: CommandContext, target: EntryTarget, expectedVersion: number) =>
  transitionEntry(ctx, target, expectedVersion, {
    action: 'entry.approve',
    from: ['inviato'],
    to: 'validato',
    refused: 'Si può validare solo un valore inviato.',
  });
