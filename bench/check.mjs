#!/usr/bin/env node
// Independent reference checks of a performa/1 document (used to test the bench generator without
// the engine): the JSON Schema (Ajv, draft 2020-12) plus the validity rules of spec §1–§3 that a
// schema cannot express, and a coverage summary of what the document exercises.
//
//   node bench/check.mjs FILE...          → prints problems and coverage; exit 0 ok, 2 problems
//   import { checkPlan } from './check.mjs' → { problems: string[], coverage: object }

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = new URL('../', import.meta.url);
let validateSchema;
function schemaValidator() {
  if (!validateSchema) {
    const require = createRequire(new URL('package.json', root));
    const Ajv2020 = require('ajv/dist/2020.js').default ?? require('ajv/dist/2020.js');
    // The schema has lived in more than one place; take the first that exists.
    const candidates = ['docs/interchange-v1.schema.json', 'packages/core/src/interchange-v1.schema.json', 'packages/core/dist/interchange-v1.schema.json']
      .map((p) => new URL(p, root));
    const file = candidates.find((u) => existsSync(u));
    if (!file) throw new Error('interchange-v1.schema.json not found (docs/ or packages/core/src/)');
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    validateSchema = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  }
  return validateSchema;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s) => typeof s === 'string' && DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const kindOfTarget = (t) => (t.op === 'by' ? 'date' : t.op === 'yes' ? 'boolean' : 'number');
const kindOfValue = (v) => (typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? 'number' : isDate(v) ? 'date' : typeof v);

export function checkPlan(doc) {
  const problems = [];
  const P = (msg) => { if (problems.length < 200) problems.push(msg); };
  const schemaOk = schemaValidator()(doc);
  if (!schemaOk) for (const e of validateSchema.errors.slice(0, 50)) P(`schema ${e.instancePath || '/'} ${e.message}`);

  const ids = (arr, name) => {
    const map = new Map();
    (arr ?? []).forEach((x, i) => {
      if (map.has(x.id)) P(`/${name}/${i}: duplicate id ${x.id}`);
      map.set(x.id, x);
    });
    return map;
  };
  const periods = ids(doc.periods, 'periods');
  const units = ids(doc.units, 'units');
  const perspectives = ids(doc.perspectives, 'perspectives');
  const objectives = ids(doc.objectives, 'objectives');
  const indicators = ids(doc.indicators, 'indicators');
  ids(doc.scorecards, 'scorecards');
  ids(doc.incentives, 'incentives');

  // periods
  for (const [id, p] of periods) {
    if (!isDate(p.start) || !isDate(p.end) || p.start > p.end) P(`period ${id}: bad dates`);
    if (p.year != null) {
      const y = periods.get(p.year);
      if (!y) P(`period ${id}: year ${p.year} does not resolve`);
      else if (y.year != null) P(`period ${id}: year ${p.year} is not annual`);
      else if (p.start < y.start || p.end > y.end) P(`period ${id}: outside ${p.year}`);
    }
  }
  // units: parents resolve, no cycle
  for (const [id, u] of units) if (u.parent != null && !units.has(u.parent)) P(`unit ${id}: parent ${u.parent} does not resolve`);
  const acyclic = (map, label) => {
    for (const [id] of map) {
      let cur = map.get(id);
      let steps = 0;
      while (cur && cur.parent != null) {
        cur = map.get(cur.parent);
        if (++steps > map.size) { P(`${label} ${id}: cycle in parents`); break; }
      }
    }
  };
  acyclic(units, 'unit');
  // objectives
  for (const [id, o] of objectives) {
    if (o.parent != null && !objectives.has(o.parent)) P(`objective ${id}: parent ${o.parent} does not resolve`);
    if (o.perspective != null && !perspectives.has(o.perspective)) P(`objective ${id}: perspective does not resolve`);
    for (const u of o.units ?? []) if (!units.has(u)) P(`objective ${id}: unit ${u} does not resolve`);
    if (o.parent == null && o.level !== 'area') P(`objective ${id}: root but level ${o.level}`);
  }
  acyclic(objectives, 'objective');
  for (const [id, p] of perspectives) for (const m of p.members ?? []) if (!objectives.has(m.objective)) P(`perspective ${id}: member ${m.objective} does not resolve`);

  // weights per block
  const block = (items, label) => {
    const nums = items.filter((x) => x.weight != null && x.weight !== 0).length;
    const nulls = items.filter((x) => x.weight == null).length;
    if (nums > 0 && nulls > 0) P(`${label}: null weights mixed with positive numbers`);
    if (items.some((x) => typeof x.weight === 'number' && !(x.weight >= 0))) P(`${label}: negative weight`);
  };
  const childrenOf = new Map();
  for (const o of doc.objectives) {
    const k = o.parent ?? '';
    if (!childrenOf.has(k)) childrenOf.set(k, []);
    childrenOf.get(k).push(o);
  }
  for (const [k, list] of childrenOf) block(list, k ? `children of ${k}` : 'root objectives');
  const assignmentsOf = new Map();
  const pairs = new Set();
  (doc.assignments ?? []).forEach((a, i) => {
    if (!objectives.has(a.objective)) P(`/assignments/${i}: objective ${a.objective} does not resolve`);
    if (!indicators.has(a.indicator)) P(`/assignments/${i}: indicator ${a.indicator} does not resolve`);
    const key = `${a.objective}\u0000${a.indicator}`;
    if (pairs.has(key)) P(`/assignments/${i}: duplicate assignment ${a.objective} × ${a.indicator}`);
    pairs.add(key);
    if (!assignmentsOf.has(a.objective)) assignmentsOf.set(a.objective, []);
    assignmentsOf.get(a.objective).push(a);
    for (const p of Object.keys(a.targets ?? {})) if (!periods.has(p)) P(`/assignments/${i}: target period ${p} does not resolve`);
    for (const r of a.revisions ?? []) if (!periods.has(r.period)) P(`/assignments/${i}: revision period ${r.period} does not resolve`);
  });
  for (const [k, list] of assignmentsOf) block(list, `assignments of ${k}`);
  block(doc.perspectives ?? [], 'perspectives');
  for (const p of doc.perspectives ?? []) if (p.members) block(p.members, `members of ${p.id}`);

  // target kinds per (indicator, period) — every assignment and every scorecard own indicator
  const kinds = new Map(); // `${ind}\0${period}` → Set(kind)
  const addKind = (ind, period, kind) => {
    const k = `${ind}\u0000${period}`;
    if (!kinds.has(k)) kinds.set(k, new Set());
    kinds.get(k).add(kind);
  };
  const effectiveTargets = (targets, ind) => {
    for (const [pid, p] of periods) {
      const t = targets?.[pid] ?? (p.year != null ? targets?.[p.year] : undefined);
      if (t) addKind(ind, pid, kindOfTarget(t));
    }
  };
  for (const a of doc.assignments ?? []) effectiveTargets(a.targets, a.indicator);
  const itemPaths = (items, prefix, card) => {
    const seen = new Set();
    block(items, `scorecard ${card} ${prefix || '/'}`);
    for (const it of items) {
      const seg = it.id ?? it.name ?? (it.objective != null ? (it.indicator != null ? `${it.objective}:${it.indicator}` : it.objective) : it.indicator);
      if (seg == null) P(`scorecard ${card}: item without path segment`);
      if (seen.has(seg)) P(`scorecard ${card}: duplicate path ${prefix}${seg}`);
      seen.add(seg);
      if (it.objective != null && !objectives.has(it.objective)) P(`scorecard ${card}: objective ${it.objective} does not resolve`);
      if (it.indicator != null && !indicators.has(it.indicator)) P(`scorecard ${card}: indicator ${it.indicator} does not resolve`);
      if (it.objective != null && it.indicator != null && !pairs.has(`${it.objective}\u0000${it.indicator}`)) P(`scorecard ${card}: assignment ${it.objective}:${it.indicator} does not exist`);
      if (it.objective == null && it.indicator != null) effectiveTargets(it.targets, it.indicator);
      if (it.items) itemPaths(it.items, `${prefix}${seg}/`, card);
    }
  };
  for (const c of doc.scorecards ?? []) itemPaths(c.items, '', c.id);
  for (const [k, set] of kinds) if (set.size > 1) P(`indicator ${k.split('\u0000')[0]} in ${k.split('\u0000')[1]}: targets of different kinds (${[...set].join(', ')})`);

  // measurements
  const measured = new Set();
  (doc.measurements ?? []).forEach((m, i) => {
    if (!indicators.has(m.indicator)) P(`/measurements/${i}: indicator ${m.indicator} does not resolve`);
    if (!periods.has(m.period)) P(`/measurements/${i}: period ${m.period} does not resolve`);
    const key = `${m.indicator}\u0000${m.period}`;
    if (measured.has(key)) P(`/measurements/${i}: second measurement of ${m.indicator} in ${m.period}`);
    measured.add(key);
    if (m.denominator === 0) P(`/measurements/${i}: zero denominator`);
    if (m.status != null) return;
    let v = m.value;
    if (v == null && m.numerator != null && m.denominator != null) v = m.numerator / m.denominator;
    if (v == null) return;
    const set = kinds.get(key);
    if (set && set.size === 1) {
      const want = [...set][0];
      if (kindOfValue(v) !== want) P(`/measurements/${i}: value ${JSON.stringify(v)} is not a ${want} (target of ${m.indicator} in ${m.period})`);
    }
    if (typeof v === 'string' && !isDate(v)) P(`/measurements/${i}: not a date ${v}`);
  });
  // overrides
  const overrideKeys = new Set();
  (doc.overrides ?? []).forEach((o, i) => {
    if (!objectives.has(o.objective)) P(`/overrides/${i}: objective does not resolve`);
    if (!periods.has(o.period)) P(`/overrides/${i}: period does not resolve`);
    if (o.indicator != null && !pairs.has(`${o.objective}\u0000${o.indicator}`)) P(`/overrides/${i}: assignment does not exist`);
    const k = `${o.objective}\u0000${o.indicator ?? ''}\u0000${o.period}`;
    if (overrideKeys.has(k)) P(`/overrides/${i}: duplicate override`);
    overrideKeys.add(k);
  });
  for (const inc of doc.incentives ?? []) for (const b of inc.basis) if (!objectives.has(b)) P(`incentive ${inc.id}: basis ${b} does not resolve`);
  (doc.monitoring ?? []).forEach((m, i) => {
    if (!periods.has(m.period)) P(`/monitoring/${i}: period does not resolve`);
    if (m.objective != null && !objectives.has(m.objective)) P(`/monitoring/${i}: objective does not resolve`);
    if (m.indicator != null && !indicators.has(m.indicator)) P(`/monitoring/${i}: indicator does not resolve`);
  });

  // coverage
  const count = (arr, f) => { const c = {}; for (const x of arr) { const k = f(x); if (k != null) c[k] = (c[k] ?? 0) + 1; } return c; };
  const allTargets = (doc.assignments ?? []).flatMap((a) => Object.entries(a.targets ?? {}));
  const useCount = count(doc.assignments ?? [], (a) => a.indicator);
  const coverage = {
    assignments: doc.assignments?.length ?? 0,
    objectives: count(doc.objectives, (o) => o.level),
    indicators: doc.indicators?.length ?? 0,
    units: count(doc.indicators ?? [], (x) => x.unit),
    cumulative: (doc.indicators ?? []).filter((x) => x.cumulative).length,
    sharedIndicators: Object.values(useCount).filter((n) => n > 1).length,
    targetOpsAnnual: count(allTargets.filter(([p]) => p === '2025'), ([, t]) => t.op),
    targetOpsQuarter: count(allTargets.filter(([p]) => p !== '2025'), ([, t]) => t.op),
    assignmentsWithQuarterTargets: (doc.assignments ?? []).filter((a) => Object.keys(a.targets ?? {}).some((p) => p !== '2025')).length,
    assignmentsWithoutTarget: (doc.assignments ?? []).filter((a) => !a.targets || Object.keys(a.targets).length === 0).length,
    measurements: count(doc.measurements ?? [], (m) => `${m.period}:${m.status ?? (m.value === undefined ? 'num/den' : kindOfValue(m.value))}`),
    objectivesWithMix: (doc.objectives ?? []).filter((o) => o.mix).length,
    mixedBlocks: [...assignmentsOf.keys()].filter((k) => childrenOf.has(k)).length,
    zeroWeights: (doc.objectives ?? []).filter((o) => o.weight === 0).length + (doc.assignments ?? []).filter((a) => a.weight === 0).length,
    overrides: doc.overrides?.length ?? 0,
    scorecards: doc.scorecards?.length ?? 0,
    incentives: doc.incentives?.length ?? 0,
    revisions: (doc.assignments ?? []).filter((a) => a.revisions).length,
  };
  return { problems, coverage };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
  let bad = 0;
  for (const file of process.argv.slice(2)) {
    const { problems, coverage } = checkPlan(JSON.parse(readFileSync(file, 'utf8')));
    process.stdout.write(`${file}: ${problems.length ? `${problems.length} problem(s)` : 'ok'}\n`);
    for (const p of problems) process.stdout.write(`  - ${p}\n`);
    process.stdout.write(`${JSON.stringify(coverage)}\n`);
    if (problems.length) bad++;
  }
  process.exitCode = bad ? 2 : 0;
}
