// Rewrites src/validation/generated/schema-validator.ts from the schema (run after `npm run build`
// whenever docs/interchange-v1.schema.json or validation/nullable.ts change).
import { writeFileSync } from 'node:fs';
import { allowOptionalNulls } from '../dist/validation/nullable.js';
import { interchangeSchema } from '../dist/validation/schema.js';
import { schemaValidatorSource } from './schema-validator-source.mjs';

const target = new URL('../src/validation/generated/schema-validator.ts', import.meta.url);
writeFileSync(target, schemaValidatorSource(allowOptionalNulls(interchangeSchema)));
console.log(`scritto ${target.pathname}`);
