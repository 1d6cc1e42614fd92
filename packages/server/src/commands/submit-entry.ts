import type { CommandContext } from '../context.js';
import { transitionEntry } from './entry-transition.js';
import type { EntryTarget } from './save-entry.js';

/** The referente sends a draft (or a returned value) to the dirigente's validation. */
export const submitEntry = (ctx: CommandContext, target: EntryTarget, expectedVersion: number) =>
  transitionEntry(ctx, target, expectedVersion, {
    action: 'entry.submit',
    from: ['bozza', 'restituito'],
    to: 'inviato',
    refused: 'Si può inviare solo un valore in bozza o restituito.',
  });
