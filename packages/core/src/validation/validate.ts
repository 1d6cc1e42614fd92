import type { PlanDocument } from '../model/document.js';
import type { ValidationResult } from './problem.js';
import { Report } from './report.js';
import { checkSchema } from './schema-check.js';
import { checkScorecards } from './scorecards-check.js';
import { checkStructure } from './structure.js';
import { checkValues } from './values.js';

function checkReferences(doc: PlanDocument, report: Report): void {
  const idx = checkStructure(doc, report);
  const pairs = checkValues(doc, idx, report);
  checkScorecards(doc, idx, pairs, report);
}

/**
 * Validates a parsed performa/1 document: first the JSON Schema, then every reference, tree and
 * input rule of the spec. Returns every problem found, each with its JSON Pointer.
 */
export function validateDocument(input: unknown, lang: 'it' | 'en' = 'it'): ValidationResult<PlanDocument> {
  const report = new Report(lang);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    report.add('', 'document.notObject');
    return { ok: false, problems: report.problems };
  }
  const schemaProblems = checkSchema(input, lang);
  const doc = input as PlanDocument;
  if (schemaProblems.length === 0) {
    checkReferences(doc, report);
    return report.problems.length > 0 ? { ok: false, problems: report.problems } : { ok: true, document: doc };
  }
  // One report with every problem: the reference checks also run on a document of the wrong
  // shape, as far as its shape lets them; what lies at or under a schema problem is not repeated.
  try {
    checkReferences(doc, report);
  } catch {
    return { ok: false, problems: schemaProblems };
  }
  const covered = (pointer: string) =>
    schemaProblems.some((s) => pointer === s.pointer || pointer.startsWith(`${s.pointer}/`) || s.pointer.startsWith(`${pointer}/`));
  return { ok: false, problems: [...schemaProblems, ...report.problems.filter((p) => !covered(p.pointer))] };
}
