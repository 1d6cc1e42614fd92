/** One input problem, located by a JSON Pointer (RFC 6901) into the document. */
export interface Problem {
  /** e.g. `/assignments/4000/indicator`; `` for the whole document. */
  pointer: string;
  /** Stable machine code, e.g. `ref.indicator`, `schema.required`. */
  code: string;
  /** Human message in the requested language. */
  message: string;
}

export type ValidationResult<T> = { ok: true; document: T } | { ok: false; problems: Problem[] };
