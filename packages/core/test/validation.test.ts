/**
 * `validateDocument`: every input error the spec names (§1, §2, §3.2) is reported with its JSON
 * Pointer (RFC 6901), a stable code and a message, Italian by default.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '@performa/core';
import type { PlanDocument } from '@performa/core';
import { PlanBuilder, by, ge, le, yes } from './helpers/builder.js';

type Problem = { pointer: string; code: string; message: string };

/**
 * A valid document touching every kind of reference:
 *   periods: 0 2021, 1 2021-S1 (year 2021), 2 2021-Q1, 3 2022, 4 2024, 5 2024-Q1
 *   units: 0 U1, 1 U2 (parent U1)
 *   perspectives: 0 P1 (members A), 1 P2
 *   objectives: 0 A (area, P1, U1), 1 S (strategic under A, P2, U2), 2 O (operational under S)
 *   indicators: 0 I1 N., 1 I2 date, 2 I3 yes/no, 3 I4 %, 4 I5 (individual)
 *   assignments: 0 S/I1 (>= 10, S1 >= 5, revision), 1 O/I2 (by), 2 O/I3 (yes), 3 O/I4 (<= 40)
 *   measurements: 0 I1 2021 12, 1 I2 date, 2 I3 true, 3 I4 1/4, 4 I1 S1 ND, 5 I5 2021 3
 *   overrides: 0 O/I4 2021; scorecards: 0 sg; incentives: 0 inc; monitoring: 0
 */
function valid(): PlanDocument {
  const b = new PlanBuilder({ missing: 'zero' });
  b.unit('U1').unit('U2', 'U1');
  b.perspective({ id: 'P1', members: [{ objective: 'A', weight: 1 }] }).perspective({ id: 'P2' });
  b.objective('A', { perspective: 'P1', units: ['U1'] });
  b.objective('S', { parent: 'A', level: 'strategic', perspective: 'P2', units: ['U2'] });
  b.objective('O', { parent: 'S' });
  b.indicator('I1', { unit: 'N.' }).indicator('I2', { unit: 'date' }).indicator('I3', { unit: 'yes/no' });
  b.indicator('I4', { unit: '%' }).indicator('I5', { unit: 'N.' });
  b.assign('S', 'I1', { '2021': ge(10), '2021-S1': ge(5) });
  b.doc.assignments![0]!.revisions = [{ period: '2021', previous: ge(12), reason: 'rimodulazione', act: 'Delibera n. 1' }];
  b.assign('O', 'I2', { '2021': by('2021-06-30') });
  b.assign('O', 'I3', { '2021': yes() });
  b.assign('O', 'I4', { '2021': le(40) });
  b.measure('I1', 12).measure('I2', '2021-06-01').measure('I3', true).measure('I4', { numerator: 1, denominator: 4 });
  b.measure('I1', 'ND', '2021-S1').measure('I5', 3);
  b.override({ objective: 'O', indicator: 'I4', score: 1 });
  b.scorecard({
    id: 'sg', holder: 'Segretario Generale',
    items: [
      { name: 'Priorità', weight: 60, items: [{ objective: 'A', weight: 1 }, { objective: 'O', indicator: 'I4', weight: 1 }] },
      { indicator: 'I5', targets: { '2021': ge(5) }, weight: 40 },
    ],
  });
  b.incentive({ id: 'inc', amount: 1000, rule: 'proportional', basis: ['A', 'S'] });
  b.doc.monitoring = [{ period: '2021-S1', objective: 'O', indicator: 'I1', by: 'OIV', proposal: ge(3) }];
  return b.build();
}

function problemsOf(doc: unknown, lang?: 'it' | 'en'): Problem[] {
  const r = lang ? validateDocument(doc, lang) : validateDocument(doc);
  expect(r.ok, 'the document is refused').toBe(false);
  if (r.ok) return [];
  expect(r.problems.length).toBeGreaterThan(0);
  for (const p of r.problems) {
    expect(typeof p.pointer).toBe('string');
    expect(p.pointer === '' || p.pointer.startsWith('/'), `pointer ${p.pointer}`).toBe(true);
    expect(typeof p.code).toBe('string');
    expect(p.code.length).toBeGreaterThan(0);
    expect(typeof p.message).toBe('string');
    expect(p.message.trim().length).toBeGreaterThan(0);
  }
  return r.problems;
}

/** Asserts some problem sits at a pointer matching `want` (exact string, or a RegExp when the spec leaves the spot open). */
function expectAt(problems: Problem[], want: string | RegExp): void {
  const hit = problems.some((p) => (typeof want === 'string' ? p.pointer === want : want.test(p.pointer)));
  expect(hit, `a problem at ${want}; got ${JSON.stringify(problems.map((p) => p.pointer))}`).toBe(true);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutations deliberately break the types
function refused(mutate: (d: any) => void, ...want: (string | RegExp)[]): Problem[] {
  const d = valid();
  mutate(d);
  const problems = problemsOf(d);
  for (const w of want) expectAt(problems, w);
  return problems;
}

describe('validateDocument: valid documents', () => {
  it('the reference document is valid', () => {
    const r = validateDocument(valid());
    expect(r.ok ? [] : r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });
  it('the three public fixtures are valid', () => {
    for (const f of ['foggia-2021.json', 'bergamo-2022-plan.json', 'riviere-2023-plan.json']) {
      const doc = JSON.parse(readFileSync(new URL(`../../../fixtures/${f}`, import.meta.url), 'utf8'));
      const r = validateDocument(doc);
      expect(r.ok ? [] : r.problems, f).toEqual([]);
    }
  });
  it('a 0 weight beside nulls is fine', () => {
    const d = valid();
    d.assignments![2]!.weight = 0;
    d.objectives[0]!.weight = 0;
    expect(validateDocument(d).ok).toBe(true);
  });
  it('an indicator may be a count one year and a deadline the next', () => {
    const d = valid();
    d.assignments![0]!.targets!['2022'] = by('2022-06-30');
    d.measurements!.push({ indicator: 'I1', period: '2022', value: '2022-05-01' });
    expect(validateDocument(d).ok).toBe(true);
  });
  it('null and an absent property mean the same (spec §1)', () => {
    const d = valid() as any;
    d.assignments[1].targets = null; // an assignment without targets: not scored
    d.objectives[2].perspective = null;
    d.objectives[2].units = null;
    d.objectives[2].mix = null;
    d.measurements[0].note = null;
    d.overrides[0].by = null;
    d.incentives[0].threshold = null;
    d.plan = null;
    d.monitoring = null;
    const r = validateDocument(d);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });
  it('null sections and a null methodology mean absent ones (spec §1)', () => {
    const d = { format: 'performa/1', entity: { id: 'e', name: 'Ente' }, periods: [{ id: '2021', start: '2021-01-01', end: '2021-12-31' }],
      objectives: [], methodology: null, units: null, perspectives: null, indicators: null, assignments: null,
      measurements: null, overrides: null, scorecards: null, incentives: null };
    const r = validateDocument(d);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });
  it('x- extensions are allowed anywhere', () => {
    const d = valid() as PlanDocument & Record<string, unknown>;
    d['x-source'] = { line: 1 };
    (d.objectives[0] as unknown as Record<string, unknown>)['x-number'] = 'I';
    expect(validateDocument(d).ok).toBe(true);
  });
});

describe('validateDocument: dangling references', () => {
  it('objective parent', () => { refused((d) => { d.objectives[1].parent = 'NOPE'; }, '/objectives/1/parent'); });
  it('objective perspective', () => { refused((d) => { d.objectives[0].perspective = 'NOPE'; }, '/objectives/0/perspective'); });
  it('objective units', () => { refused((d) => { d.objectives[0].units = ['U1', 'NOPE']; }, '/objectives/0/units/1'); });
  it('unit parent', () => { refused((d) => { d.units[1].parent = 'NOPE'; }, '/units/1/parent'); });
  it('period year', () => { refused((d) => { d.periods[1].year = 'NOPE'; }, '/periods/1/year'); });
  it('perspective member', () => { refused((d) => { d.perspectives[0].members[0].objective = 'NOPE'; }, '/perspectives/0/members/0/objective'); });
  it('assignment objective and indicator', () => {
    refused((d) => { d.assignments[3].objective = 'NOPE'; d.assignments[2].indicator = 'NOPE'; }, '/assignments/3/objective', '/assignments/2/indicator');
  });
  it('a dangling indicator deep in the document', () => {
    refused((d) => {
      for (let i = 0; i < 4000; i++) d.assignments.push({ objective: 'O', indicator: 'I1', weight: null, targets: { '2021': ge(1) } });
      d.assignments[4000].indicator = 'NOPE';
    }, '/assignments/4000/indicator');
  });
  it('unknown period keys in targets', () => { refused((d) => { d.assignments[0].targets['2099'] = ge(1); }, '/assignments/0/targets/2099'); });
  it('revision period', () => { refused((d) => { d.assignments[0].revisions[0].period = 'NOPE'; }, '/assignments/0/revisions/0/period'); });
  it('measurement indicator and period', () => {
    refused((d) => { d.measurements[0].indicator = 'NOPE'; d.measurements[1].period = 'NOPE'; }, '/measurements/0/indicator', '/measurements/1/period');
  });
  it('override objective, indicator and period', () => {
    refused((d) => { d.overrides[0].objective = 'NOPE'; }, '/overrides/0/objective');
    refused((d) => { d.overrides[0].indicator = 'NOPE'; }, '/overrides/0/indicator');
    refused((d) => { d.overrides[0].period = 'NOPE'; }, '/overrides/0/period');
  });
  it('scorecard leaves', () => {
    refused((d) => { d.scorecards[0].items[0].items[0].objective = 'NOPE'; }, '/scorecards/0/items/0/items/0/objective');
    refused((d) => { d.scorecards[0].items[0].items[1].indicator = 'NOPE'; }, '/scorecards/0/items/0/items/1/indicator');
    refused((d) => { d.scorecards[0].items[1].indicator = 'NOPE'; }, '/scorecards/0/items/1/indicator');
    refused((d) => { d.scorecards[0].items[1].targets['2099'] = ge(1); }, '/scorecards/0/items/1/targets/2099');
  });
  it('incentive basis', () => { refused((d) => { d.incentives[0].basis[1] = 'NOPE'; }, '/incentives/0/basis/1'); });
  it('monitoring references', () => {
    refused((d) => { d.monitoring[0].objective = 'NOPE'; }, '/monitoring/0/objective');
    refused((d) => { d.monitoring[0].indicator = 'NOPE'; }, '/monitoring/0/indicator');
    refused((d) => { d.monitoring[0].period = 'NOPE'; }, '/monitoring/0/period');
  });
});

describe('validateDocument: duplicates and cycles', () => {
  const dup = (section: string, index: number) => (d: Record<string, any>) => { d[section].push(structuredClone(d[section][index])); };
  const cases: [string, number][] = [
    ['periods', 0], ['units', 0], ['perspectives', 1], ['objectives', 2], ['indicators', 1], ['scorecards', 0], ['incentives', 0],
  ];
  for (const [section, index] of cases) {
    it(`duplicate id in ${section}`, () => {
      const n = (valid() as unknown as Record<string, unknown[]>)[section]!.length;
      // either occurrence may be the one reported (the spec does not say which)
      refused(dup(section, index), new RegExp(`^/${section}/(${index}|${n})(/id)?$`));
    });
  }
  it('a cycle in the objective tree', () => {
    refused((d) => { d.objectives[0].parent = 'O'; }, /^\/objectives\/[012]\/parent$/); // A -> O -> S -> A
  });
  it('an objective that is its own parent', () => {
    refused((d) => { d.objectives[2].parent = 'O'; }, '/objectives/2/parent');
  });
  it('a cycle in the unit tree', () => {
    refused((d) => { d.units[0].parent = 'U2'; }, /^\/units\/[01]\/parent$/);
  });
  it('two measurements of the same indicator and period', () => {
    refused((d) => { d.measurements.push({ indicator: 'I1', period: '2021', value: 13 }); }, /^\/measurements\/(0|6)(\/.*)?$/);
  });
  it('two scorecard siblings with the same path segment', () => {
    refused((d) => { d.scorecards[0].items.push({ name: 'Priorità', score: 0.5, weight: 10 }); }, /^\/scorecards\/0\/items\/(0|2)(\/.*)?$/);
    // objective A and an item named A are the same segment
    refused((d) => { d.scorecards[0].items[0].items.push({ name: 'A', score: 0.5, weight: 1 }); }, /^\/scorecards\/0\/items\/0\/items\/(0|2)(\/.*)?$/);
    // an id equal to a sibling's objective:indicator
    refused((d) => { d.scorecards[0].items[0].items.push({ id: 'O:I4', score: 0.5, weight: 1 }); }, /^\/scorecards\/0\/items\/0\/items\/(1|2)(\/.*)?$/);
  });
});

describe('validateDocument: weights (§3.2)', () => {
  it('null mixed with positive weights among root objectives', () => {
    refused((d) => { d.objectives.push({ id: 'B', level: 'area', name: 'B', parent: null, weight: 2 }); }, /^\/objectives\/(0|3)\/weight$/);
  });
  it('null mixed with positive weights among child objectives', () => {
    refused((d) => {
      d.objectives.push({ id: 'O2', level: 'operational', name: 'O2', parent: 'S', weight: 3 });
    }, /^\/objectives\/(2|3)\/weight$/);
  });
  it('null mixed with positive weights among the assignments of an objective', () => {
    refused((d) => { d.assignments[2].weight = 1; }, /^\/assignments\/[123]\/weight$/);
  });
  it('null mixed with positive weights among scorecard siblings', () => {
    refused((d) => { d.scorecards[0].items[0].items[0].weight = null; }, /^\/scorecards\/0\/items\/0\/items\/[01]\/weight$/);
  });
  it('a negative weight (schema)', () => {
    refused((d) => { d.objectives[0].weight = -1; }, '/objectives/0/weight');
    refused((d) => { d.assignments[0].weight = -0.5; }, '/assignments/0/weight');
  });
});

describe('validateDocument: measurements (§2.7)', () => {
  it('a by target measured by a non-date', () => {
    refused((d) => { d.measurements[1].value = 5; }, '/measurements/1/value');
    refused((d) => { d.measurements[1].value = 'domani'; }, '/measurements/1/value');
    refused((d) => { d.measurements[1].value = '01/06/2021'; }, '/measurements/1/value');
    refused((d) => { d.measurements[1].value = true; }, '/measurements/1/value');
  });
  it('a yes target measured by a non-boolean', () => {
    refused((d) => { d.measurements[2].value = 1; }, '/measurements/2/value');
    refused((d) => { d.measurements[2].value = 'true'; }, '/measurements/2/value');
  });
  it('a number target measured by a string or a boolean', () => {
    refused((d) => { d.measurements[0].value = '12'; }, '/measurements/0/value');
    refused((d) => { d.measurements[0].value = '2021-06-01'; }, '/measurements/0/value');
    refused((d) => { d.measurements[0].value = false; }, '/measurements/0/value');
  });
  it('the kind is checked against the target of that period', () => {
    // I1 is >= in 2021-S1 too: a date there is wrong
    refused((d) => { d.measurements[4] = { indicator: 'I1', period: '2021-S1', value: '2021-06-01' }; }, '/measurements/4/value');
  });
  it('a zero denominator', () => {
    refused((d) => { d.measurements[3].denominator = 0; }, /^\/measurements\/3(\/denominator)?$/);
  });
});

describe('validateDocument: schema errors', () => {
  it('wrong format', () => { refused((d) => { d.format = 'performa/2'; }, '/format'); });
  it('a required property missing', () => { refused((d) => { delete d.objectives[1].name; }, /^\/objectives\/1(\/name)?$/); });
  it('an unknown level', () => { refused((d) => { d.objectives[1].level = 'mission'; }, '/objectives/1/level'); });
  it('an unknown target op', () => { refused((d) => { d.assignments[0].targets['2021'].op = '>>'; }, /^\/assignments\/0\/targets\/2021(\/op)?$/); });
  it('a >= target without value', () => { refused((d) => { delete d.assignments[0].targets['2021'].value; }, /^\/assignments\/0\/targets\/2021(\/value)?$/); });
  it('a malformed date', () => { refused((d) => { d.periods[0].start = '01/01/2021'; }, '/periods/0/start'); });
  it('an unknown status', () => { refused((d) => { d.measurements[0].status = 'XX'; }, '/measurements/0/status'); });
  it('a negative amount', () => { refused((d) => { d.incentives[0].amount = -1; }, '/incentives/0/amount'); });
  it('a non-array section', () => { refused((d) => { d.objectives = {}; }, '/objectives'); });
  it('not a document at all', () => {
    for (const x of [42, null, 'performa', []]) expectAt(problemsOf(x), /^(\/format)?$/);
  });
});

describe('validateDocument: the report', () => {
  it('lists every reference and value problem at once', () => {
    const problems = refused(
      (d) => { d.objectives[1].parent = 'NOPE'; d.measurements[2].value = 1; d.incentives[0].basis[0] = 'NOPE'; d.measurements[3].denominator = 0; },
      '/objectives/1/parent', '/measurements/2/value', '/incentives/0/basis/0', /^\/measurements\/3(\/denominator)?$/,
    );
    expect(problems.length).toBeGreaterThanOrEqual(4);
  });
  it('lists schema problems together with reference problems (one report, every problem)', () => {
    const problems = refused(
      (d) => { d.objectives[1].parent = 'NOPE'; d.measurements[2].value = 1; d.incentives[0].amount = -5; },
      '/objectives/1/parent', '/measurements/2/value', '/incentives/0/amount',
    );
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
  it('messages are Italian by default, English on request, same pointers and codes', () => {
    const d = valid() as any;
    d.assignments[0].indicator = 'NOPE';
    d.measurements[1].value = 5;
    const def = problemsOf(d);
    const it_ = problemsOf(d, 'it');
    const en = problemsOf(d, 'en');
    expect(def).toEqual(it_);
    expect(en.map((p) => [p.pointer, p.code])).toEqual(it_.map((p) => [p.pointer, p.code]));
    const italian = /[àèéìòù]|\b(non|il|lo|la|le|gli|di|del|della|dell|deve|manca|esiste|riferimento|obiettivo|indicatore|periodo|valore|rilevazione|data)\b/i;
    for (const p of it_) {
      expect(p.message, `Italian: ${p.message}`).toMatch(italian);
      const other = en.find((q) => q.pointer === p.pointer && q.code === p.code)!;
      expect(other.message, 'the English message differs').not.toBe(p.message);
    }
  });
});
