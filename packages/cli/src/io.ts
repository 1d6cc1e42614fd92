/** What a command may touch of the outside world: its streams and the chosen language. */
export type Lang = 'it' | 'en';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  lang: Lang;
}

export const EXIT = Object.freeze({ ok: 0, internal: 1, badInput: 2 });

/** A user error: printed as is on stderr, exit 2. */
export class BadInput extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadInput';
  }
}

export function processIo(lang: Lang): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    lang,
  };
}
