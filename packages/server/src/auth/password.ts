import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id (the library's default algorithm) with the OWASP parameters: 19 MiB of memory, two
 * passes, one lane. The encoded hash carries its own parameters, so raising them later keeps old
 * hashes verifiable.
 */
const PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Enforced where people choose passwords (the CLI); the demo accounts use "demo". */
export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

/** A hash of nothing anyone knows: verified against when the account does not exist, so timing tells nothing. */
let decoy: Promise<string> | null = null;

export async function verifyPassword(encoded: string | null, password: string): Promise<boolean> {
  if (!encoded) {
    await verify(await (decoy ??= hashPassword('performa-decoy-password')), password).catch(() => false);
    return false;
  }
  try {
    return await verify(encoded, password);
  } catch {
    return false;
  }
}
