import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module without types
import { schemaValidatorSource } from '../scripts/schema-validator-source.mjs';
import { allowOptionalNulls } from '../src/validation/nullable.js';
import { interchangeSchema } from '../src/validation/schema.js';

const here = (p: string) => new URL(p, import.meta.url);

describe('the JSON Schema the validator enforces', () => {
  it('is the published schema of performa/1, unchanged', () => {
    const published = JSON.parse(readFileSync(here('../../../docs/interchange-v1.schema.json'), 'utf8'));
    expect(interchangeSchema).toEqual(published);
  });

  it('the generated validator is up to date (else: npm run build && node packages/core/scripts/generate-schema-validator.mjs)', () => {
    const current = readFileSync(here('../src/validation/generated/schema-validator.ts'), 'utf8');
    expect(schemaValidatorSource(allowOptionalNulls(interchangeSchema))).toBe(current);
  });
});
