import type { Store } from '@performa/storage';
import { externalProblem, openTestStore } from '../../../storage/test/servers.js';

export { externalProblem };

/**
 * A fresh, migrated database for one test file (the storage package's helpers): a throw-away
 * database on the machine's PostgreSQL when it answers (faster), else the embedded server in a
 * temporary folder.
 */
export function openServerTestStore(kind?: 'embedded' | 'external'): Promise<{ store: Store; dispose(): Promise<void> }> {
  return openTestStore(kind ?? (externalProblem ? 'embedded' : 'external'));
}
