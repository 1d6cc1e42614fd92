import type { ErrorObject } from 'ajv';
import { message } from './messages.js';
import type { Problem } from './problem.js';
import validateSchema from './generated/schema-validator.js';

/** The schema's validator, generated ahead of time (scripts/generate-schema-validator.mjs). */
const validator = validateSchema as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

const TYPE_WORDS: Record<string, [string, string]> = {
  string: ['un testo', 'a string'],
  number: ['un numero', 'a number'],
  integer: ['un numero intero', 'an integer'],
  boolean: ['vero o falso', 'a boolean'],
  object: ['un oggetto', 'an object'],
  array: ['un elenco (array)', 'an array'],
  null: ['null', 'null'],
};

function typeWords(types: string | string[], lang: 0 | 1): string {
  const list = Array.isArray(types) ? types : String(types).split(',');
  return list.map((t) => TYPE_WORDS[t]?.[lang] ?? t).join(lang === 0 ? ' o ' : ' or ');
}

function translate(e: ErrorObject, lang: 'it' | 'en'): Problem {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { pointer: `${e.instancePath}/${String(p.missingProperty)}`, code: 'schema.required', message: message('schema.required', {}, lang) };
    case 'type':
      return {
        pointer: e.instancePath,
        code: 'schema.type',
        message: message('schema.type', { type: typeWords(p.type as string, 0), typeEn: typeWords(p.type as string, 1) }, lang),
      };
    case 'const':
      return { pointer: e.instancePath, code: 'schema.const', message: message('schema.const', { value: JSON.stringify(p.allowedValue) }, lang) };
    case 'enum':
      return {
        pointer: e.instancePath,
        code: 'schema.enum',
        message: message('schema.enum', { actual: JSON.stringify(e.data), allowed: (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ') }, lang),
      };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'minItems':
      return { pointer: e.instancePath, code: `schema.${e.keyword}`, message: message(`schema.${e.keyword}`, { limit: String(p.limit) }, lang) };
    case 'minLength':
    case 'pattern':
    case 'oneOf':
      return { pointer: e.instancePath, code: `schema.${e.keyword}`, message: message(`schema.${e.keyword}`, {}, lang) };
    default:
      return { pointer: e.instancePath, code: 'schema.other', message: message('schema.other', { detail: `${e.keyword}: ${e.message ?? ''}` }, lang) };
  }
}

/**
 * Checks the document against the JSON Schema of performa/1. Returns every problem, once per
 * location: the branches of a failed `oneOf` and the `if` wrappers are folded into one message.
 */
export function checkSchema(input: unknown, lang: 'it' | 'en'): Problem[] {
  if (validator(input)) return [];
  const errors = validator.errors ?? [];
  const oneOfAt = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    // The null branch added by allowOptionalNulls says nothing useful: keep the real branch's errors.
    if (e.keyword === 'anyOf' || (e.keyword === 'type' && (e.params as { type?: unknown }).type === 'null')) continue;
    if (e.keyword !== 'oneOf' && oneOfAt.has(e.instancePath)) continue;
    const problem = translate(e, lang);
    const key = `${problem.pointer}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
