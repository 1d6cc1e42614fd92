import type { Store } from '@performa/storage';
import { BadInput, EXIT, type Io } from './io.js';

export type Storage = typeof import('@performa/storage');

/**
 * Opens the store a command works on (`--data DIR`, PERFORMA_DATA, ./data, or DATABASE_URL),
 * loading the storage package only now so that `performa score` never pays for it; runs the work
 * and always closes the store. Storage input errors become exit 2, storage failures exit 1.
 */
export async function withStore(
  options: Record<string, unknown>,
  io: Io,
  work: (store: Store, storage: Storage) => Promise<number>,
): Promise<number> {
  const storage = await import('@performa/storage');
  const dataDir = options.data as string | undefined;
  if (dataDir && process.env.DATABASE_URL) {
    io.err(
      io.lang === 'en'
        ? 'DATABASE_URL is set: using that server, --data is ignored.\n'
        : 'DATABASE_URL è impostata: uso quel server e ignoro --data.\n',
    );
  }
  let store: Store | undefined;
  try {
    store = await storage.openStore({ dataDir, log: (message) => io.err(`${message}\n`) });
    return await work(store, storage);
  } catch (error) {
    if (error instanceof storage.StoreInputError) throw new BadInput(error.message);
    if (error instanceof storage.StoreError) {
      io.err(`${io.lang === 'en' ? 'Error' : 'Errore'}: ${error.message}\n`);
      return EXIT.internal;
    }
    throw error;
  } finally {
    await store?.close();
  }
}
