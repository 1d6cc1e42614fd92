/** Test inputs: the repository fixtures and small hand-made documents. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlanDocument } from '@performa/core';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function fixture<T = PlanDocument>(name: string): T {
  return JSON.parse(readFileSync(`${ROOT}fixtures/${name}`, 'utf8')) as T;
}

/**
 * A year with a semester: annual and S1 targets, measurements of S1, monitoring notes.
 * I1: 60 against ≥ 80 in S1 (75 %; against the annual ≥ 200 it would be 30 %).
 * I2: 6 gg against the annual ≤ 5 (no S1 target): 1 − 1/5 = 80 %. O1 = 77,50 %.
 */
export function interimDoc(): PlanDocument {
  return {
    format: 'performa/1',
    entity: { id: 'cciaa-prova', name: 'Camera di commercio di Prova' },
    plan: { title: 'Piano della performance 2024-2026', years: [2024, 2025, 2026], act: 'Delibera di Giunta n. 1 del 15/01/2024' },
    periods: [
      { id: '2024', start: '2024-01-01', end: '2024-12-31' },
      { id: '2024-S1', start: '2024-01-01', end: '2024-06-30', year: '2024' },
    ],
    units: [{ id: 'u-promo', name: 'Servizio Promozione' }],
    objectives: [
      { id: 'A1', level: 'area', name: 'Competitività del territorio' },
      { id: 'S1', level: 'strategic', name: 'Digitalizzazione delle imprese', parent: 'A1' },
      { id: 'O1', level: 'operational', name: 'Assistere le imprese nella transizione digitale', parent: 'S1', units: ['u-promo'] },
    ],
    indicators: [
      { id: 'I1', name: 'Imprese assistite', unit: 'N.', algorithm: 'Numero di imprese assistite', cumulative: true },
      { id: 'I2', name: 'Tempi medi di risposta', unit: 'gg', algorithm: 'Giorni medi tra richiesta e risposta' },
    ],
    assignments: [
      { objective: 'O1', indicator: 'I1', targets: { '2024': { op: '>=', value: 200 }, '2024-S1': { op: '>=', value: 80 } } },
      { objective: 'O1', indicator: 'I2', targets: { '2024': { op: '<=', value: 5 } } },
    ],
    measurements: [
      { indicator: 'I1', period: '2024-S1', value: 60 },
      { indicator: 'I2', period: '2024-S1', value: 6 },
    ],
    scorecards: [
      { id: 'dir', holder: 'Mario Rossi', role: 'dirigente', items: [{ objective: 'O1', weight: 70 }, { name: 'Comportamenti organizzativi', weight: 30, score: 0.9 }] },
    ],
    monitoring: [
      {
        period: '2024-S1',
        objective: 'O1',
        indicator: 'I1',
        by: 'OIV',
        cause: 'Ritardo nella pubblicazione del bando regionale',
        action: 'Campagna straordinaria di contatto nel secondo semestre',
        proposal: { op: '>=', value: 180 },
        flags: ['target da rimodulare'],
      },
    ],
  };
}

/** The interim document with user strings that must stay inert text in every format. */
export const EVIL = {
  script: '<script>alert(1)</script>',
  formula: '=HYPERLINK("http://x","y")',
  cmd: "+cmd|' /C calc'!A0",
  img: '<img src=x onerror=alert(1)>',
  at: '@SUM(1+1)*cmd|',
};

export function evilDoc(): PlanDocument {
  const doc = interimDoc();
  doc.entity.name = 'Camera "di prova" & <b>associati</b>';
  doc.objectives[0]!.name = '</text><script>alert(3)</script>';
  doc.objectives[1]!.name = EVIL.formula;
  doc.objectives[2]!.name = EVIL.script;
  doc.objectives[2]!.description = EVIL.img;
  doc.indicators![0]!.name = EVIL.cmd;
  doc.indicators![1]!.algorithm = EVIL.at;
  doc.units![0]!.name = '-2+3';
  doc.scorecards![0]!.holder = '=1+1';
  doc.monitoring![0]!.cause = EVIL.formula;
  return doc;
}
