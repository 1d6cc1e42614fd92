/** Documents and helpers shared by the storage tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlanDocument } from '@performa/core';

export const FIXTURES_DIR = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
export const FIXTURES = ['foggia-2021.json', 'bergamo-2022-plan.json', 'riviere-2023-plan.json'];

export const loadFixture = (name: string): PlanDocument =>
  JSON.parse(readFileSync(`${FIXTURES_DIR}${name}`, 'utf8')) as PlanDocument;

/**
 * null and absent mean the same (spec §1): drops null-valued properties, except inside extension
 * values (`x-…`), which must come back exactly as given.
 */
export function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key.startsWith('x-')) out[key] = v;
    else if (v !== null && v !== undefined) out[key] = normalise(v);
  }
  return out;
}

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every table of the store (to check that a failed import left each one as it was). */
export const ALL_TABLES = [
  'entities', 'plans', 'periods', 'units', 'perspectives', 'perspective_members', 'objectives', 'indicators',
  'assignments', 'targets', 'revisions', 'measurements', 'overrides', 'scorecards', 'incentives', 'monitoring_notes',
  'audit_events',
];

/**
 * A small plan that uses every part and property of performa/1, with extension properties (and one
 * unknown plain property) at every level, awkward numbers (binary noise, 1e21, 1e-7, negatives),
 * dates, booleans, money with cents, and empty-but-present arrays.
 */
export function everythingDocument(): PlanDocument {
  return clone({
    format: 'performa/1',
    'x-doc': { nested: [1, 2, { deep: null }], flag: false },
    entity: { id: 'ente-prova', name: 'Ente di prova', 'x-ipa': 'c_x000' },
    plan: { id: 'piano-2024', title: 'Piano 2024-2026', years: [2024, 2025, 2026], act: 'Delibera n. 1/2024', 'x-plan': 1 },
    methodology: {
      interimTargets: 'prorata', atLeast: 'linear', atMost: 'ratio', equals: 'proportional',
      lateDeadline: { perDay: 0.01 }, floor: 0, cap: 1.2, missing: 'exclude',
      mix: { indicators: 0.3, children: 0.7 }, tolerance: { from: 0.9, appliesTo: 'score' }, entity: 'perspectives',
      units: 'all', verdicts: [{ from: 0.95, label: 'Pieno', color: '#007a33' }, { from: 0, label: 'Parziale' }],
      decimals: 1, 'x-smvp': { act: 'Delibera n. 2/2023', pages: [3, 4] },
    },
    periods: [
      { id: '2024', start: '2024-01-01', end: '2024-12-31', 'x-label': 'anno' },
      { id: '2024-S1', start: '2024-01-01', end: '2024-06-30', year: '2024' },
    ],
    units: [
      { id: 'area-1', name: 'Area 1', parent: null, kind: 'area', 'x-code': 'A' },
      { id: 'svc-1', name: 'Servizio 1', parent: 'area-1', kind: 'servizio' },
    ],
    perspectives: [
      { id: 'p1', name: 'Utenti', weight: 1, members: [{ objective: 'A1', weight: 2, 'x-m': true }], 'x-p': 'p' },
      { id: 'p2', name: 'Processi', weight: 1 },
    ],
    objectives: [
      { id: 'A1', level: 'area', name: 'Area strategica', parent: null, weight: null, perspective: 'p1', 'x-o': { n: 1 } },
      {
        id: 'S1', level: 'strategic', name: 'Strategico', parent: 'A1', weight: null, perspective: 'p2',
        programme: '011-005', units: ['svc-1', 'area-1'], mix: { indicators: 0.4, children: 0.6 },
        description: 'Descrizione', comment: 'a plain unknown property',
      },
      { id: 'O1', level: 'operational', name: 'Operativo 1', parent: 'S1', weight: 2, units: [] },
      { id: 'O2', level: 'operational', name: 'Operativo 2', parent: 'S1', weight: 1.5, units: ['svc-1'] },
    ],
    indicators: [
      { id: 'I1', name: 'Quota', algorithm: 'a / b', unit: '%', type: 'Efficacia', source: 'Fonte', cumulative: false, code: 'C1', 'x-i': [] },
      { id: 'I2', name: 'Relazione', unit: 'date' },
      { id: 'I3', name: 'Sito', unit: 'yes/no' },
      { id: 'I4', name: 'Pratiche', unit: 'N.', cumulative: true },
      { id: 'I5', name: 'Costo', unit: '€' },
    ],
    assignments: [
      {
        objective: 'S1', indicator: 'I1', weight: null, 'x-a': 'a',
        targets: {
          '2024': { op: '>=', value: 21.66, text: 'almeno 21,66 %', 'x-t': true },
          '2024-S1': { op: 'between', min: 10, max: 12.5 },
        },
        revisions: [{ period: '2024', previous: { op: '>=', value: 25, 'x-prev': 1 }, reason: 'Risorse', act: 'Delibera n. 9', 'x-r': 'r' }],
      },
      { objective: 'O1', indicator: 'I2', weight: 2, targets: { '2024': { op: 'by', date: '2024-06-30' } } },
      { objective: 'O1', indicator: 'I3', weight: 1, targets: { '2024': { op: 'yes' } } },
      { objective: 'O2', indicator: 'I4', weight: null, targets: { '2024': { op: '<=', value: -3.5 }, '2024-S1': { op: 'monitor' } } },
      { objective: 'O2', indicator: 'I5', weight: null, targets: { '2024': { op: '=', value: 1e-7 } }, revisions: [] },
    ],
    measurements: [
      { indicator: 'I1', period: '2024', value: 21.660000000000004, numerator: 2166, denominator: 10000, note: 'nota', 'x-m': 1 },
      { indicator: 'I1', period: '2024-S1', value: 0.30000000000000004 },
      { indicator: 'I2', period: '2024', value: '2024-06-15' },
      { indicator: 'I3', period: '2024', value: true },
      { indicator: 'I4', period: '2024', status: 'NC', note: 'sospeso' },
      { indicator: 'I4', period: '2024-S1', status: 'ND' },
      { indicator: 'I5', period: '2024', value: 1e21 },
    ],
    overrides: [
      { objective: 'O2', indicator: 'I4', period: '2024', score: 1, reason: 'Neutralizzato', by: 'OIV', 'x-ov': 'o' },
      { objective: 'O1', period: '2024', score: 0.95, reason: 'Correzione' },
    ],
    scorecards: [
      {
        id: 'sg', holder: 'Segretario generale', role: 'segretario generale', 'x-s': 's',
        items: [
          {
            id: 'g1', name: 'Priorità', weight: 60, 'x-it': { deep: [1, null] },
            items: [
              { objective: 'A1', weight: 1, threshold: 0.95 },
              { objective: 'S1', indicator: 'I1', weight: 1 },
            ],
          },
          { name: 'Comportamenti', weight: 20, score: 0.9 },
          { indicator: 'I4', weight: 20, targets: { '2024': { op: '>=', value: 2, 'x-tt': 1 } } },
        ],
      },
    ],
    incentives: [
      { id: 'fondo', name: 'Fondo', amount: 80129.87, rule: 'proportional', basis: ['O1', 'O2'], 'x-f': 'f' },
      { id: 'premio', amount: 1234.5, rule: 'all-or-nothing', basis: ['A1'], threshold: 0.9 },
    ],
    monitoring: [
      {
        period: '2024-S1', objective: 'O1', indicator: 'I2', by: 'OIV', cause: 'Ritardo', action: 'Rimodulazione',
        proposal: { op: 'by', date: '2024-09-30', 'x-pp': 1 }, flags: ['target da rimodulare'], 'x-mn': 'n',
      },
      { period: '2024-S1', objective: 'O2' },
    ],
  } as unknown as PlanDocument);
}
