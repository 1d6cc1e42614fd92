import { z } from 'zod';

let installed = false;

/** Zod's messages in Italian (its own `it` locale), for every schema of the API. Idempotent. */
export function useItalianZodMessages(): void {
  if (installed) return;
  z.config(z.locales.it());
  installed = true;
}
