import type { Store } from '@performa/storage';
import { externalProblem, openTestStore as openStorageTestStore } from '../../../storage/test/servers.js';

/**
 * A fresh, migrated database for one test file, through the storage package's helpers: a
 * throw-away database on the machine's PostgreSQL (127.0.0.1:5432) when it answers, else the
 * embedded server in a temporary folder. close() removes it.
 */
export async function openTestStore(): Promise<Store> {
  const { store, dispose } = await openStorageTestStore(externalProblem ? 'embedded' : 'external');
  return { ...store, close: dispose };
}
