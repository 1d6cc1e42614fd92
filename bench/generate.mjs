#!/usr/bin/env node
// Deterministic generator of synthetic, VALID `performa/1` plans for the benchmark.
//
//   import { generatePlan } from './generate.mjs';
//   const doc = generatePlan({ assignments: 10_000, seed: 1 });
//
//   node bench/generate.mjs 1000 out.json [--seed 1] [--pretty]   (no file: stdout)
//
// The plan: a year "2025" and its four quarters; areas → strategic → operational → project
// objectives with units and BSC perspectives; indicators of every unit (N., %, gg, €, date, yes/no),
// some cumulative, some shared by two objectives; assignments with annual targets and some
// per-quarter targets in every target form; measurements for the year and the quarters (values,
// numerator/denominator, ND, NC, absent); overrides, scorecards, incentives, monitoring notes.
// Same (assignments, seed) → byte-identical document.
//
// Validity rules kept (spec §1–§3): unique ids; every reference resolves; the weights of the
// siblings of one block are all numbers or all null (a 0 may stand beside nulls); for every
// (indicator, period) all assignments have a target of the same kind (date for `by`, boolean for
// `yes`, number otherwise) and the measurement has that kind; one measurement per indicator and
// period; no zero denominator.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const YEAR = '2025';
export const QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
export const PERIOD_IDS = [YEAR, ...QUARTERS];
const QUARTER_END = { '2025-Q1': '2025-03-31', '2025-Q2': '2025-06-30', '2025-Q3': '2025-09-30', '2025-Q4': '2025-12-31' };
const QUARTER_INDEX = { '2025-Q1': 1, '2025-Q2': 2, '2025-Q3': 3, '2025-Q4': 4 };

// ---------------------------------------------------------------------------------------------
// PRNG: mulberry32 seeded through a string hash (any number or string seed).

function hashSeed(seed) {
  const s = String(seed);
  let h = 1779033703 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

export function makeRng(seed) {
  let a = hashSeed(seed);
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const chance = (p) => next() < p;
  /** entries: [[value, weight], ...] */
  const weighted = (entries) => {
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = next() * total;
    for (const [v, w] of entries) {
      r -= w;
      if (r < 0) return v;
    }
    return entries[entries.length - 1][0];
  };
  return { next, int, pick, chance, weighted };
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

const pad = (n, w) => String(n).padStart(w, '0');
const round = (x, d) => {
  const f = 10 ** d;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
};
const DAY = 86_400_000;
const toDate = (ms) => new Date(ms).toISOString().slice(0, 10);
const fromDate = (s) => Date.parse(`${s}T00:00:00Z`);
const addDays = (s, n) => toDate(fromDate(s) + n * DAY);

// ---------------------------------------------------------------------------------------------
// Vocabulary (Italian, the way plans are written).

const AREA_NAMES = [
  'Competitività e sviluppo del sistema economico locale',
  'Semplificazione, trasparenza e regolazione del mercato',
  'Transizione digitale dell\'ente e delle imprese',
  'Sostenibilità economico-finanziaria dell\'ente',
  'Capitale umano, organizzazione e benessere',
  'Territorio, ambiente e transizione ecologica',
  'Legalità e tutela del consumatore',
  'Internazionalizzazione e promozione',
  'Turismo, cultura e attrattività',
  'Orientamento al lavoro e alle professioni',
  'Infrastrutture e servizi di rete',
  'Innovazione sociale e inclusione',
];
const VERBS = [
  'Potenziare', 'Migliorare', 'Semplificare', 'Digitalizzare', 'Rafforzare', 'Sviluppare',
  'Ridurre i tempi de', 'Garantire', 'Promuovere', 'Razionalizzare', 'Consolidare', 'Monitorare',
];
const OBJECTS = [
  'i servizi anagrafici', 'l\'assistenza alle imprese', 'la riscossione del diritto annuale',
  'i procedimenti sanzionatori', 'la comunicazione istituzionale', 'il ciclo degli acquisti',
  'la gestione documentale', 'la formazione del personale', 'i controlli sugli strumenti metrici',
  'la mediazione e l\'arbitrato', 'i servizi di orientamento al lavoro', 'la tutela della proprietà industriale',
  'il registro delle imprese', 'lo sportello unico per le attività produttive', 'la vigilanza sul mercato',
  'il supporto all\'export', 'i servizi di pagamento', 'la prevenzione della corruzione',
  'il patrimonio immobiliare', 'la qualità dei dati pubblicati', 'i rapporti con le aziende speciali',
  'l\'informazione economica', 'il fascicolo d\'impresa', 'il lavoro agile',
];
const QUALIFIERS = [
  '', '', ' per le PMI', ' sul territorio provinciale', ' in ottica di trasparenza',
  ' attraverso canali digitali', ' in collaborazione con il sistema camerale', ' nel rispetto dei tempi di legge',
  ' a favore delle nuove imprese', ' con risorse interne',
];
const PROJECT_NAMES = [
  'Progetto', 'Azione', 'Intervento', 'Iniziativa',
];
const INDICATOR_NAMES = {
  count: [
    ['N. pratiche evase', 'Numero di pratiche evase nel periodo'],
    ['N. imprese assistite', 'Numero di imprese assistite'],
    ['N. eventi organizzati', 'Numero di eventi realizzati'],
    ['N. controlli effettuati', 'Numero di controlli effettuati'],
    ['N. verifiche metriche', 'Numero di verifiche sugli strumenti di misura'],
    ['N. ore di formazione erogate', 'Ore di formazione erogate al personale'],
    ['N. voucher concessi', 'Numero di voucher concessi alle imprese'],
  ],
  countDown: [
    ['N. reclami ricevuti', 'Numero di reclami pervenuti'],
    ['N. ricorsi accolti', 'Numero di ricorsi accolti'],
    ['N. pratiche sospese oltre 30 giorni', 'Pratiche sospese da più di 30 giorni'],
  ],
  pct: [
    ['Pratiche evase entro 5 giorni', 'N. pratiche evase entro 5 gg / N. pratiche ricevute'],
    ['Tasso di riscossione del diritto annuale', 'Importo riscosso / importo dovuto'],
    ['Grado di soddisfazione degli utenti', 'N. giudizi positivi / N. questionari'],
    ['Diffusione del cassetto digitale', 'N. cassetti digitali / N. imprese attive'],
    ['Fatture pagate nei termini', 'N. fatture pagate nei termini / N. fatture ricevute'],
    ['Dipendenti formati', 'N. dipendenti formati / N. dipendenti'],
  ],
  pctNeg: [
    ['Variazione % dei costi di funzionamento', '(Costi anno - costi anno precedente) / costi anno precedente'],
    ['Variazione % delle imprese attive', '(Imprese attive 31/12 - imprese attive 1/1) / imprese attive 1/1'],
  ],
  days: [
    ['Tempo medio di evasione delle pratiche', 'Somma dei giorni di lavorazione / N. pratiche'],
    ['Tempi medi di pagamento delle fatture', 'Somma dei giorni di pagamento / N. fatture'],
    ['Tempo medio di risposta alle istanze', 'Somma dei giorni di risposta / N. istanze'],
  ],
  money: [
    ['Proventi da servizi', 'Importo dei proventi da servizi accertati'],
    ['Contributi erogati alle imprese', 'Importo dei contributi liquidati'],
    ['Risorse esterne acquisite', 'Importo dei finanziamenti esterni ottenuti'],
  ],
  moneyDown: [
    ['Spesa per consumi intermedi', 'Importo impegnato per consumi intermedi'],
    ['Costi di funzionamento', 'Importo degli oneri di funzionamento'],
  ],
  date: [
    ['Approvazione del regolamento', 'Data di approvazione'],
    ['Avvio del nuovo sportello', 'Data di avvio del servizio'],
    ['Pubblicazione del bando', 'Data di pubblicazione'],
    ['Adozione del piano di formazione', 'Data di adozione'],
  ],
  bool: [
    ['Pubblicazione della relazione annuale', 'Relazione pubblicata sì/no'],
    ['Adozione della carta dei servizi', 'Carta adottata sì/no'],
    ['Attivazione del servizio online', 'Servizio attivato sì/no'],
  ],
  switch: [
    ['Realizzazione del nuovo portale', 'Data di messa in linea; nei trimestri: stato di avanzamento rispettato sì/no'],
  ],
};
const INDICATOR_TYPES = { count: 'Volume', countDown: 'Qualità', pct: 'Efficacia', pctNeg: 'Efficienza', days: 'Efficienza', money: 'Economico', moneyDown: 'Efficienza', date: 'Temporale', bool: 'Efficacia', switch: 'Temporale' };
const SOURCES = ['Registro imprese - Priamo', 'Contabilità (XAC)', 'Gestione documentale (Gedoc)', 'Rilevazione interna', 'Cruscotto di ente', 'Indagine di customer satisfaction'];

// Indicator profiles: printed unit, kind of value, target forms with their odds.
const PROFILES = {
  count: { unit: 'N.', kind: 'number', ops: [['>=', 62], ['>', 10], ['=', 8], ['between', 8], ['monitor', 6], ['<', 3], ['<=', 3]], cumulative: 0.6 },
  countDown: { unit: 'N.', kind: 'number', ops: [['<=', 70], ['<', 20], ['monitor', 10]], cumulative: 0.5 },
  pct: { unit: '%', kind: 'number', ops: [['>=', 50], ['>', 8], ['<=', 8], ['<', 6], ['between', 12], ['=', 10], ['monitor', 6]], cumulative: 0 },
  pctNeg: { unit: '%', kind: 'number', ops: [['>=', 80], ['monitor', 20]], cumulative: 0 },
  days: { unit: 'gg', kind: 'number', ops: [['<=', 60], ['<', 18], ['between', 12], ['monitor', 10]], cumulative: 0 },
  money: { unit: '€', kind: 'number', ops: [['>=', 80], ['>', 10], ['monitor', 10]], cumulative: 0.7 },
  moneyDown: { unit: '€', kind: 'number', ops: [['<=', 85], ['monitor', 15]], cumulative: 0.7 },
  date: { unit: 'date', kind: 'date', ops: [['by', 1]], cumulative: 0 },
  bool: { unit: 'yes/no', kind: 'boolean', ops: [['yes', 1]], cumulative: 0 },
  // A deadline for the year, a yes/no milestone in every quarter (spec §2.7: the kind may change
  // with the period). Never shared, every assignment carries all four quarter targets.
  switch: { unit: 'date', kind: 'date', ops: [['by', 1]], cumulative: 0 },
};
const PROFILE_ODDS = [
  ['count', 24], ['countDown', 5], ['pct', 22], ['pctNeg', 2], ['days', 10], ['money', 8],
  ['moneyDown', 4], ['date', 11], ['bool', 11], ['switch', 0.4],
];
// The first indicators cover every target form and profile at any size.
const FORCED = [
  ['count', '>=', true], ['count', '>', false], ['countDown', '<=', false], ['pct', '<', false],
  ['count', '=', false], ['pct', 'between', false], ['date', 'by', false], ['bool', 'yes', false],
  ['count', 'monitor', false], ['switch', 'by', false], ['money', '>=', true], ['moneyDown', '<=', true],
  ['pctNeg', '>=', false], ['days', '<=', false], ['countDown', '<=', false, 0], ['pct', '>=', false],
];

// ---------------------------------------------------------------------------------------------

/**
 * @param {{ assignments?: number, seed?: number|string }} [options]
 * @returns {object} a performa/1 document with exactly `assignments` assignments
 */
export function generatePlan({ assignments = 1000, seed = 1 } = {}) {
  const N = Math.max(1, Math.floor(Number(assignments)));
  const R = makeRng(`${seed}`);

  // --- periods ---
  const periods = [
    { id: YEAR, start: '2025-01-01', end: '2025-12-31' },
    { id: '2025-Q1', start: '2025-01-01', end: '2025-03-31', year: YEAR },
    { id: '2025-Q2', start: '2025-04-01', end: '2025-06-30', year: YEAR },
    { id: '2025-Q3', start: '2025-07-01', end: '2025-09-30', year: YEAR },
    { id: '2025-Q4', start: '2025-10-01', end: '2025-12-31', year: YEAR },
  ];

  // --- units: aree dirigenziali → servizi → uffici ---
  const units = [];
  const nUnitAreas = Math.min(8, Math.max(3, Math.round(Math.log10(N) * 2) - 2));
  const nServizi = Math.max(nUnitAreas * 2, Math.ceil(N / 250));
  const unitAreas = [];
  const leafUnitsByArea = [];
  const servicesByArea = [];
  for (let i = 0; i < nUnitAreas; i++) {
    const id = `ua-${pad(i + 1, 2)}`;
    unitAreas.push(id);
    leafUnitsByArea.push([]);
    servicesByArea.push([]);
    units.push({ id, name: `Area dirigenziale ${i + 1} - ${AREA_NAMES[i % AREA_NAMES.length]}`, parent: null, kind: 'area dirigenziale' });
  }
  for (let s = 0; s < nServizi; s++) {
    const a = s % nUnitAreas;
    const id = `svc-${pad(s + 1, 4)}`;
    units.push({ id, name: `Servizio ${R.pick(OBJECTS)} (${s + 1})`, parent: unitAreas[a], kind: 'servizio' });
    servicesByArea[a].push(id);
    if (R.chance(0.45)) {
      const k = R.int(1, 3);
      for (let u = 1; u <= k; u++) {
        const uid = `${id}-uff-${u}`;
        units.push({ id: uid, name: `Ufficio ${u} del servizio ${s + 1}`, parent: id, kind: 'ufficio' });
        leafUnitsByArea[a].push(uid);
      }
    } else {
      leafUnitsByArea[a].push(id);
    }
  }
  // An azienda speciale outside the hierarchy, with no objective listed: a unit with no score.
  units.push({ id: 'az-speciale', name: 'Azienda speciale per la promozione', parent: null, kind: 'azienda speciale' });

  // --- perspectives ---
  const perspectives = [
    { id: 'bsc-utenti', name: 'Utenti-imprese-territorio', weight: 30 },
    { id: 'bsc-processi', name: 'Processi interni', weight: 30 },
    { id: 'bsc-crescita', name: 'Innovazione e crescita', weight: 20 },
    { id: 'bsc-economico', name: 'Economico-finanziaria', weight: 20, members: [] },
  ];

  // --- objectives, indicators, assignments ---
  const objectives = [];
  const indicators = [];
  const assignmentList = [];
  const meta = new Map(); // indicator id → generation metadata (not exported)
  const shareable = []; // indicators with exactly one assignment that may get a second one
  let budget = N;
  let nextIndicator = 1;
  let forcedIndex = 0;

  const newIndicator = (forced) => {
    const [profileName, forcedOp, forcedCumulative, forcedBase] = forced ?? [R.weighted(PROFILE_ODDS)];
    const profile = PROFILES[profileName];
    const id = `I-${pad(nextIndicator++, 6)}`;
    const cumulative = forced ? !!forcedCumulative : R.chance(profile.cumulative);
    const [name, algorithm] = R.pick(INDICATOR_NAMES[profileName]);
    const ind = { id, name: `${name} (${id})`, algorithm, unit: profile.unit, type: INDICATOR_TYPES[profileName], source: R.pick(SOURCES) };
    if (cumulative) ind.cumulative = true;
    else if (R.chance(0.2)) ind.cumulative = false;
    if (R.chance(0.3)) ind.code = `IND_${pad(nextIndicator - 1, 6)}`;
    indicators.push(ind);
    const m = { profileName, profile, cumulative, base: baseFor(profileName, forcedBase), forcedOp, perf: perfFactor(), assignments: [] };
    meta.set(id, m);
    return ind;
  };

  function baseFor(profileName, forced) {
    if (forced !== undefined) return forced;
    switch (profileName) {
      case 'count': return R.pick([4, 6, 10, 12, 20, 24, 50, 100, 150, 250, 500, 1200, 3000]);
      case 'countDown': return R.chance(0.2) ? 0 : R.pick([2, 3, 5, 10, 20]);
      case 'pct': {
        const b = R.weighted([['low', 3], ['high', 2], ['full', 1]]);
        return b === 'full' ? 100 : b === 'high' ? R.int(90, 99) : R.int(40, 89) + (R.chance(0.3) ? R.int(1, 9) / 10 : 0);
      }
      case 'pctNeg': return -R.int(1, 8);
      case 'days': return R.pick([3, 5, 10, 15, 20, 30, 45, 60]);
      case 'money': return R.int(5, 2000) * 1000;
      case 'moneyDown': return R.int(20, 3000) * 1000;
      case 'date':
      case 'switch': return addDays('2025-03-01', R.int(0, 300));
      default: return 0;
    }
  }
  function perfFactor() {
    // Achievement relative to the target: mostly met, some short, a few far off.
    return R.weighted([[0.95 + R.next() * 0.4, 65], [0.6 + R.next() * 0.35, 28], [0.1 + R.next() * 0.5, 7]]);
  }

  // A target of form `op` around base b (quarter q ∈ 1..4 scales cumulative indicators).
  function makeTarget(m, op, q) {
    const { profileName, profile } = m;
    let b = m.base;
    const scale = q && m.cumulative ? q / 4 : 1;
    if (op === '<' && b === 0) op = '<='; // "< 0" makes no sense for a count
    const num = (x) => (profile.unit === 'N.' ? Math.round(x) : profile.unit === '€' ? round(x, 2) : round(x, 1));
    let t;
    switch (op) {
      case '>=': case '>': case '<=': case '<': case '=':
        if (profileName === 'pct' && op === '=') b = 100;
        t = { op, value: num(b * scale) };
        break;
      case 'between': {
        const lo = profileName === 'pct' ? Math.min(b, 95) * 0.9 : b * 0.85 * scale;
        const hi = profileName === 'pct' ? Math.min(100, Math.min(b, 95) * 1.05) : b * 1.15 * scale + 1;
        t = { op, min: num(lo), max: num(hi) };
        if (t.max <= t.min) t.max = t.min + 1;
        break;
      }
      case 'by': t = { op, date: q ? QUARTER_END[QUARTERS[q - 1]] : b }; break;
      case 'yes': t = { op }; break;
      case 'monitor': t = { op }; break;
      default: throw new Error(`unknown op ${op}`);
    }
    if (R.chance(0.15)) t.text = targetText(t, profile.unit);
    return t;
  }
  function targetText(t, unit) {
    const u = unit === 'date' || unit === 'yes/no' ? '' : ` ${unit}`;
    const it = (x) => String(x).replace('.', ',');
    switch (t.op) {
      case '>=': return `>= ${it(t.value)}${u}`;
      case '>': return `> ${it(t.value)}${u}`;
      case '<=': return `<= ${it(t.value)}${u}`;
      case '<': return `< ${it(t.value)}${u}`;
      case '=': return `= ${it(t.value)}${u}`;
      case 'between': return `tra ${it(t.min)} e ${it(t.max)}${u}`;
      case 'by': return `entro il ${t.date.split('-').reverse().join('/')}`;
      case 'yes': return 'Sì';
      default: return 'Monitoraggio';
    }
  }

  const addAssignment = (obj) => {
    budget--;
    let ind;
    let m;
    // ~8 % reuse an indicator already assigned once to another objective (shared indicator).
    if (forcedIndex >= FORCED.length && shareable.length && R.chance(0.08)) {
      const from = Math.max(0, shareable.length - 400);
      const i = from + Math.floor(R.next() * (shareable.length - from));
      const candidate = shareable[i];
      const cm = meta.get(candidate.id);
      if (cm.assignments[0].objective !== obj.id) {
        shareable.splice(i, 1);
        ind = candidate;
        m = cm;
      }
    }
    if (!ind) {
      const forced = forcedIndex < FORCED.length ? FORCED[forcedIndex++] : undefined;
      ind = newIndicator(forced);
      m = meta.get(ind.id);
      if (m.profileName !== 'switch') shareable.push(ind);
    }
    const a = { objective: obj.id, indicator: ind.id, weight: null };
    const op = m.assignments.length === 0 && m.forcedOp ? m.forcedOp : R.weighted(m.profile.ops);
    const targets = {};
    const noTarget = !m.forcedOp && R.chance(0.006);
    if (!noTarget) {
      targets[YEAR] = makeTarget(m, op, 0);
      if (m.profileName === 'switch') {
        for (let q = 1; q <= 4; q++) targets[QUARTERS[q - 1]] = R.chance(0.15) ? { op: 'yes', text: 'Stato di avanzamento rispettato' } : { op: 'yes' };
      } else if (m.profile.kind === 'number' && op !== 'monitor' && (R.chance(0.25) || (m.forcedOp && m.cumulative && op === '>='))) {
        // Per-quarter targets (a cumulative '>=' forced indicator keeps them for Q1/Q3 only, so that
        // Q2 falls back to the pro-rated annual target).
        const onlyOdd = m.forcedOp && m.cumulative;
        const semesters = !onlyOdd && R.chance(0.3);
        for (let q = 1; q <= 4; q++) {
          if (onlyOdd && q % 2 === 0) continue;
          if (semesters && q % 2 === 1) continue;
          targets[QUARTERS[q - 1]] = q === 1 && R.chance(0.1) ? { op: 'monitor' } : makeTarget(m, op, q);
        }
      }
      a.targets = targets;
    } else if (R.chance(0.5)) {
      a.targets = {};
    }
    if (!noTarget && targets[YEAR].op !== 'monitor' && m.profile.kind === 'number' && targets[YEAR].value !== undefined && R.chance(0.01)) {
      const prev = { ...targets[YEAR] };
      delete prev.text;
      prev.value = m.profile.unit === 'N.' ? Math.round(prev.value * 1.2) + 1 : round(prev.value * 1.2 + 1, 2);
      a.revisions = [{ period: YEAR, previous: prev, reason: 'Rimodulazione per riduzione delle risorse assegnate', act: `Delibera di Giunta n. ${R.int(10, 120)}/2025` }];
    }
    m.assignments.push(a);
    assignmentList.push(a);
    return a;
  };

  const nAreas = Math.min(AREA_NAMES.length, Math.max(3, Math.round(3 * Math.log10(N) - 5)));
  const areaObjs = [];
  for (let i = 0; i < nAreas; i++) {
    const o = { id: `AS.${pad(i + 1, 2)}`, level: 'area', name: AREA_NAMES[i], parent: null, weight: null, units: [unitAreas[i % nUnitAreas]] };
    objectives.push(o);
    areaObjs.push({ o, unitArea: i % nUnitAreas, strategic: 0 });
  }
  const ARTICLES = { "l'": "dell'", 'la ': 'della ', 'il ': 'del ', 'i ': 'dei ', 'lo ': 'dello ' };
  const objName = () => `${R.pick(VERBS)} ${R.pick(OBJECTS)}${R.pick(QUALIFIERS)}`
    .replace(/\bde (l'|la |il |i |lo )/, (_, art) => ARTICLES[art]);
  const leafUnits = (ua) => {
    const list = leafUnitsByArea[ua];
    const k = R.chance(0.2) ? 2 : 1;
    const out = new Set();
    for (let i = 0; i < k; i++) out.add(R.pick(list));
    // Now and then an objective of another area's unit (transversal objectives).
    if (R.chance(0.05)) out.add(R.pick(leafUnitsByArea[R.int(0, nUnitAreas - 1)]));
    return [...out];
  };
  const perspectiveIds = perspectives.map((p) => p.id);

  let areaCursor = 0;
  let strategicCount = 0;
  while (budget > 0) {
    const area = areaObjs[areaCursor];
    areaCursor = (areaCursor + 1) % areaObjs.length;
    area.strategic++;
    strategicCount++;
    const sid = `OS.${area.o.id.slice(3)}.${pad(area.strategic, 2)}`;
    const strategic = {
      id: sid, level: 'strategic', name: objName(), parent: area.o.id, weight: null,
      perspective: R.pick(perspectiveIds), programme: `0${R.int(11, 32)}-00${R.int(1, 5)}`,
      units: [unitAreas[area.unitArea]],
    };
    if (R.chance(0.05)) strategic.mix = R.pick([{ indicators: 1, children: 1 }, { indicators: 0.4, children: 0.6 }, { indicators: 20, children: 80 }]);
    if (R.chance(0.3)) strategic.description = `Obiettivo strategico triennale: ${strategic.name.toLowerCase()}, in coerenza con il programma pluriennale.`;
    objectives.push(strategic);
    // Own indicators of the strategic objective (about half of them: two blocks mixed).
    if (R.chance(0.5)) {
      const k = R.int(1, 3);
      for (let i = 0; i < k && budget > 0; i++) addAssignment(strategic);
    }
    const nOp = R.int(2, 6);
    for (let j = 1; j <= nOp && budget > 0; j++) {
      const op = {
        id: `OP.${sid.slice(3)}.${pad(j, 2)}`, level: 'operational', name: objName(), parent: sid, weight: null,
        units: leafUnits(area.unitArea),
      };
      if (R.chance(0.15)) op.description = `Obiettivo operativo annuale del servizio: ${op.name.toLowerCase()}.`;
      objectives.push(op);
      const withProjects = R.chance(0.22);
      const own = withProjects ? (R.chance(0.5) ? 0 : R.int(1, 2)) : R.int(1, 5);
      for (let i = 0; i < own && budget > 0; i++) addAssignment(op);
      if (withProjects) {
        const nPr = R.int(1, 3);
        for (let p = 1; p <= nPr && budget > 0; p++) {
          const pr = {
            id: `PR.${op.id.slice(3)}.${p}`, level: 'project', name: `${R.pick(PROJECT_NAMES)} ${p}: ${objName().toLowerCase()}`,
            parent: op.id, weight: null, units: op.units.slice(0, 1),
          };
          objectives.push(pr);
          const k = R.int(1, 3);
          for (let i = 0; i < k && budget > 0; i++) addAssignment(pr);
        }
      }
    }
  }

  // --- weights: per block, all null / all numbers / nulls with a 0 / numbers with a 0 ---
  const setWeights = (items) => {
    const n = items.length;
    if (n === 0) return;
    const r = R.next();
    if (r < 0.5 || n === 1) {
      const numeric = n === 1 && r >= 0.5;
      for (const it of items) it.weight = numeric ? R.int(1, 10) * 5 : null;
    } else if (r < 0.85) {
      const percent = R.chance(0.5);
      let rest = 100;
      items.forEach((it, i) => {
        if (percent) {
          const w = i === n - 1 ? rest : Math.max(1, Math.min(rest - (n - 1 - i), Math.round(100 / n) + R.int(-3, 3)));
          rest -= w;
          it.weight = w;
        } else {
          it.weight = R.int(1, 10) * 5;
        }
      });
      if (items.some((it) => !(it.weight > 0))) for (const it of items) it.weight = 10; // keep valid
    } else if (r < 0.95) {
      for (const it of items) it.weight = null;
      items[R.int(0, n - 1)].weight = 0;
    } else {
      for (const it of items) it.weight = R.int(1, 10) * 5;
      items[R.int(0, n - 1)].weight = 0;
    }
  };
  {
    const childrenOf = new Map();
    for (const o of objectives) {
      const key = o.parent ?? '';
      if (!childrenOf.has(key)) childrenOf.set(key, []);
      childrenOf.get(key).push(o);
    }
    for (const list of childrenOf.values()) setWeights(list);
    const assignmentsOf = new Map();
    for (const a of assignmentList) {
      if (!assignmentsOf.has(a.objective)) assignmentsOf.set(a.objective, []);
      assignmentsOf.get(a.objective).push(a);
    }
    for (const list of assignmentsOf.values()) setWeights(list);
  }

  // --- perspective members: the economic-financial perspective lists its objectives with weights ---
  {
    const eco = perspectives.find((p) => p.id === 'bsc-economico');
    const strategicEco = objectives.filter((o) => o.perspective === 'bsc-economico');
    eco.members = strategicEco.slice(0, 12).map((o, i) => ({ objective: o.id, weight: [40, 30, 20, 10][i % 4] }));
    if (eco.members.length === 0) delete eco.members;
  }

  // --- scorecards: a few own indicators (not in the tree) ---
  const scorecardIndicators = [];
  const newOwnIndicator = (label) => {
    const id = `I-IND-${pad(scorecardIndicators.length + 1, 2)}`;
    const ind = { id, name: label, algorithm: 'Numero di iniziative realizzate personalmente', unit: 'N.', type: 'Individuale', cumulative: true };
    indicators.push(ind);
    scorecardIndicators.push(ind);
    meta.set(id, { profileName: 'count', profile: PROFILES.count, cumulative: true, base: 4, perf: perfFactor(), assignments: [], own: true });
    return id;
  };

  // --- measurements ---
  const measurements = [];
  const kindOf = (m, period) => (m.profileName === 'switch' ? (period === YEAR ? 'date' : 'boolean') : m.profile.kind);
  const refOp = (m) => {
    const t = m.assignments[0]?.targets?.[YEAR];
    return t ? t.op : m.profile.ops[0][0];
  };
  const measureIndicator = (id) => {
    const m = meta.get(id);
    const completion = m.profile.kind === 'date'
      ? addDays(m.base, m.perf >= 0.95 ? -R.int(0, 40) : R.int(1, 45))
      : null;
    for (const period of PERIOD_IDS) {
      const q = QUARTER_INDEX[period] ?? 0;
      const pMeasured = [0.93, 0.95, 0.93, 0.88, 0.85][q];
      if (!R.chance(pMeasured)) continue; // absent: counts as ND
      const meas = { indicator: id, period };
      const r = R.next();
      if (r < 0.03) {
        meas.status = 'ND';
        if (R.chance(0.5)) meas.note = 'dato non ancora disponibile';
        measurements.push(meas);
        continue;
      }
      if (r < 0.045) {
        meas.status = 'NC';
        meas.note = 'sospeso per cause non imputabili alla struttura';
        measurements.push(meas);
        continue;
      }
      const kind = kindOf(m, period);
      if (kind === 'date') {
        if (q && completion > QUARTER_END[period]) continue; // not yet completed in that quarter
        meas.value = completion;
      } else if (kind === 'boolean') {
        meas.value = m.profileName === 'switch' ? R.chance(0.8) : R.chance(0.85);
      } else {
        numericValue(m, meas, q);
      }
      if (R.chance(0.04)) meas.note = `fonte: ${R.pick(SOURCES)}`;
      measurements.push(meas);
    }
  };
  function numericValue(m, meas, q) {
    const { profileName, profile } = m;
    const b = m.base;
    const f = Math.max(0, m.perf + (R.next() - 0.5) * 0.1);
    const op = refOp(m);
    let v;
    if (profileName === 'pctNeg') v = b + (f - 1) * 10;
    else if (op === '<=' || op === '<') v = b === 0 ? (f >= 0.95 ? 0 : R.int(1, 3)) : b * (2 - f);
    else if (op === '=') v = (profileName === 'pct' ? 100 : b) * (f >= 0.95 ? 1 : f);
    else if (op === 'between') v = b * (0.8 + R.next() * 0.4);
    else v = b * f;
    if (m.cumulative && q) v *= q / 4 + (R.next() - 0.5) * 0.05;
    switch (profile.unit) {
      case 'N.': meas.value = Math.max(0, Math.round(v)); break;
      case '€': meas.value = Math.max(0, round(v, 2)); break;
      case 'gg':
        if (R.chance(0.2)) {
          const den = R.int(10, 2000);
          meas.numerator = Math.max(1, Math.round(Math.max(0.5, v) * den));
          meas.denominator = den;
        } else {
          meas.value = Math.max(0, round(v, 1));
        }
        break;
      case '%': {
        const pv = profileName === 'pctNeg' ? round(v, 2) : Math.min(100, Math.max(0, round(v, 2)));
        if (profileName !== 'pctNeg' && R.chance(0.35)) {
          const den = R.int(20, 20000);
          meas.numerator = Math.round((den * pv) / 100);
          meas.denominator = den;
          if (R.chance(0.15)) meas.value = round((meas.numerator / den) * 100, 4);
        } else {
          meas.value = pv;
        }
        break;
      }
      default: meas.value = round(v, 2);
    }
  }
  for (const ind of indicators) measureIndicator(ind.id);

  // --- overrides ---
  const overrides = [];
  {
    const a1 = assignmentList.find((a) => a.targets?.[YEAR]?.op === '>=' && a.objective.startsWith('OP.'));
    if (a1) overrides.push({ objective: a1.objective, indicator: a1.indicator, period: '2025-Q2', score: 1, reason: 'Dato non imputabile all\'ufficio: banca dati nazionale non disponibile nel trimestre', by: 'OIV' });
    const ops = objectives.filter((o) => o.level === 'operational');
    const o2 = ops[Math.floor(ops.length / 2)];
    if (o2) overrides.push({ objective: o2.id, period: YEAR, score: 0.85, reason: 'Valutazione dell\'OIV a seguito di riorganizzazione del servizio', by: 'OIV' });
    const st = objectives.find((o) => o.level === 'strategic' && o.id !== o2?.parent);
    if (st) overrides.push({ objective: st.id, period: '2025-Q2', score: 0.9, reason: 'Neutralizzazione parziale: evento straordinario (alluvione)', by: 'Giunta' });
  }

  // --- scorecards ---
  const scorecards = [];
  {
    const strategicOf = (areaId) => objectives.filter((o) => o.level === 'strategic' && o.parent === areaId);
    const scoredAssignment = assignmentList.find((a) => a.targets?.[YEAR] && a.targets[YEAR].op !== 'monitor' && a.objective.startsWith('OS.'))
      ?? assignmentList.find((a) => a.targets?.[YEAR] && a.targets[YEAR].op !== 'monitor');
    const firstStrategic = objectives.find((o) => o.level === 'strategic');
    const sgItems = [
      { id: 'ente', name: 'Performance delle aree', weight: 50, items: areaObjs.map(({ o }) => ({ objective: o.id, weight: null })) },
      {
        name: 'Obiettivi individuali', weight: 30, items: [
          { objective: firstStrategic.id, weight: 60, threshold: 0.95 },
          ...(scoredAssignment ? [{ objective: scoredAssignment.objective, indicator: scoredAssignment.indicator, weight: 40 }] : []),
        ],
      },
      { name: 'Comportamenti organizzativi', weight: 20, score: 0.92 },
    ];
    scorecards.push({ id: 'sg', holder: 'Segretario Generale', role: 'segretario generale', items: sgItems });
    areaObjs.slice(0, 4).forEach(({ o }, i) => {
      const st = strategicOf(o.id).slice(0, 3);
      if (st.length === 0) return;
      const ownId = newOwnIndicator(`Iniziative di innovazione promosse dal dirigente dell'area ${i + 1}`);
      const stWeights = st.length === 3 && i % 2 === 0 ? [40, 30, 30] : st.map(() => null);
      scorecards.push({
        id: `dir-${pad(i + 1, 2)}`, holder: `Dirigente dell'area ${i + 1}`, role: 'dirigente',
        items: [
          {
            name: `Obiettivi strategici dell'area ${o.id}`, weight: 60,
            items: st.map((s, k) => ({ objective: s.id, weight: stWeights[k], ...(k === 0 ? { threshold: 0.9 } : {}) })),
          },
          { name: 'Obiettivo individuale', weight: 15, indicator: ownId, targets: { [YEAR]: { op: '>=', value: 4 }, '2025-Q2': { op: '>=', value: 2 } } },
          {
            id: 'comportamenti', name: 'Comportamenti organizzativi', weight: 25, items: [
              { name: 'Capacità di programmazione', weight: 50, score: 0.8 + (i % 3) * 0.05 },
              { name: 'Valutazione dei collaboratori', weight: 50, score: 0.9 },
            ],
          },
        ],
      });
    });
    for (const ind of scorecardIndicators) measureIndicator(ind.id);
  }

  // --- incentives ---
  const incentives = [];
  {
    // (tiny plans may lack operational objectives: fall back to any objective)
    const ops = objectives.some((o) => o.level === 'operational') ? objectives.filter((o) => o.level === 'operational') : objectives;
    const sts = objectives.some((o) => o.level === 'strategic') ? objectives.filter((o) => o.level === 'strategic') : objectives;
    incentives.push({ id: 'piano-miglioramento', name: 'Piano di miglioramento dei servizi', amount: 80129.87, rule: 'proportional', basis: ops.slice(0, 5).map((o) => o.id) });
    incentives.push({ id: 'progetto-digitale', name: 'Progetto transizione digitale', amount: 25000, rule: 'all-or-nothing', threshold: 0.9, basis: sts.slice(0, 2).map((o) => o.id) });
  }

  // --- monitoring notes (not scored) ---
  const monitoring = [];
  {
    const cand = assignmentList.filter((a) => a.targets?.[YEAR]?.op === '>=').slice(0, 3);
    cand.forEach((a, i) => {
      const t = a.targets[YEAR];
      const note = { period: '2025-Q2', objective: a.objective, indicator: a.indicator, by: i === 0 ? 'OIV' : 'Controllo di gestione', cause: 'Ritardo nell\'avvio delle attività', action: 'Rimodulazione del target' };
      if (i !== 1) note.proposal = { op: '>=', value: round(t.value * 0.8, 2) };
      note.flags = i === 2 ? ['attenzione'] : ['target da rimodulare'];
      if (i === 2) delete note.indicator;
      monitoring.push(note);
    });
  }

  return {
    format: 'performa/1',
    entity: { id: 'bench-ente', name: 'Ente sintetico per il benchmark' },
    plan: { id: '2025', title: `Piano della performance 2025-2027 (sintetico, ${N} assegnazioni)`, years: [2025, 2026, 2027], act: 'Delibera di Giunta n. 1 del 31/01/2025', 'x-bench': { assignments: N, seed: String(seed) } },
    methodology: {
      interimTargets: 'prorata',
      atLeast: 'linear',
      atMost: 'linear',
      equals: 'proportional',
      lateDeadline: { perDay: 0.01 },
      floor: 0,
      cap: 1.2,
      missing: 'zero',
      mix: { indicators: 0.3, children: 0.7 },
      tolerance: { from: 0.95, appliesTo: 'label' },
      entity: 'areas',
      units: 'operational',
      verdicts: [
        { from: 0.95, label: 'Pienamente raggiunto' },
        { from: 0.8, label: 'Raggiunto' },
        { from: 0.5, label: 'Parzialmente raggiunto' },
        { from: 0, label: 'Non raggiunto' },
      ],
      decimals: 2,
    },
    periods,
    units,
    perspectives,
    objectives,
    indicators,
    assignments: assignmentList,
    measurements,
    overrides,
    scorecards,
    incentives,
    monitoring,
  };
}

/** JSON text of a generated plan (compact unless pretty). */
export function planText(doc, { pretty = false } = {}) {
  return pretty ? JSON.stringify(doc, null, 1) + '\n' : JSON.stringify(doc) + '\n';
}

// ---------------------------------------------------------------------------------------------
// CLI: node bench/generate.mjs N [OUT] [--seed S] [--pretty]

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const positional = [];
  let seed = 1;
  let pretty = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--seed') seed = args[++i];
    else if (args[i] === '--pretty') pretty = true;
    else if (args[i] === '--help' || args[i] === '-h') {
      process.stdout.write('uso: node bench/generate.mjs N [FILE] [--seed S] [--pretty]\n');
      process.exit(0);
    } else positional.push(args[i]);
  }
  const n = Number(positional[0] ?? 1000);
  if (!Number.isFinite(n) || n < 1) {
    process.stderr.write(`numero di assegnazioni non valido: ${positional[0]}\n`);
    process.exit(2);
  }
  const text = planText(generatePlan({ assignments: n, seed }), { pretty });
  if (positional[1]) writeFileSync(positional[1], text);
  else process.stdout.write(text);
}
