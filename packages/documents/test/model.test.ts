import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/api/build.js';
import { DocumentError } from '../src/api/errors.js';
import { inputHash } from '../src/api/hash.js';
import { escapeRe, expectedDeviations, expectedObjectives, foggia } from './expected.js';
import { fixture, interimDoc } from './fixtures.js';
import { cardsOf, modelText } from './text.js';

describe('Relazione model (Foggia 2021)', () => {
  const model = buildReport({ kind: 'relazione', doc: foggia(), period: '2021' });
  const text = modelText(model);
  const cards = cardsOf(text);

  it('follows the sections of the Unioncamere Relazione', () => {
    const headings = model.blocks.flatMap((b) => (b.type === 'heading' && b.toc ? [b.text] : []));
    expect(headings).toEqual([
      'Premessa',
      '1 – Principali risultati raggiunti',
      '2 – Analisi del contesto e delle risorse',
      '3 – Rendicontazione della performance organizzativa',
      '3.0 – Albero della performance',
      '3.1 – Rendicontazione degli obiettivi strategici',
      '3.2 – Rendicontazione degli obiettivi operativi',
      '3.3 – Valutazione complessiva della performance organizzativa',
      '3.4 – Bilancio di genere',
      '4 – Rendicontazione degli obiettivi individuali',
      '5 – Il processo di misurazione e valutazione',
    ]);
    expect(model.cover.lines[0]).toContain('Deliberazione di Giunta n. 14 del 01/02/2021');
    expect(text).toMatch(/Performance organizzativa dell'ente\t98,40 %\t●●● Raggiunto/);
  });

  it('has one card per strategic and operational objective, with the expected result and verdict', () => {
    for (const o of expectedObjectives()) {
      if (o.id.startsWith('AS.')) {
        expect(text).toMatch(new RegExp(`${escapeRe(o.id)} - [^\\t]*\\t${escapeRe(o.percent)}`));
        continue;
      }
      const kind = o.id.startsWith('OS.') ? 'strategico' : 'operativo';
      const card = cards.get(`${kind}:${o.id}`);
      expect(card, o.id).toBeDefined();
      expect(card).toContain(`Risultato misurato obiettivo\t${o.percent}`);
      expect(card).toContain(`Valutazione obiettivo\t●●● ${o.verdict}`);
    }
    expect(cards.get('operativo:OP.02.01.01')).toContain('97,81 %');
  });

  it('prints every deviation in its card, Italian style (-116,00 gg, -0,84 %)', () => {
    for (const d of expectedDeviations()) {
      const kind = d.objective.startsWith('OS.') ? 'strategico' : 'operativo';
      expect(cards.get(`${kind}:${d.objective}`), `${d.objective} ${d.indicator}`).toContain(d.text);
    }
    expect(cards.get('operativo:OP.01.04.01')).toContain('-116,00 gg');
    expect(cards.get('operativo:OP.02.01.02')).toContain('-0,84 %');
  });

  it('describes the methodology from the SMVP settings', () => {
    expect(text).toContain('30 % indicatori propri e 70 % obiettivi collegati');
    expect(text).toContain('1 − (valore − target) / target');
    expect(text).toContain('compreso tra 0 % e 100 %');
    expect(text).toContain('conta zero e conserva il suo peso');
  });

  it('marks missing narratives and uses the given ones', () => {
    expect(text).toContain("[Testo da completare a cura dell'amministrazione: bilancio di genere]");
    const withText = modelText(buildReport({ kind: 'relazione', doc: foggia(), period: '2021', narratives: { genere: 'Il **piano** delle azioni positive.' } }));
    expect(withText).toContain('Il piano delle azioni positive.');
    expect(withText).not.toContain('bilancio di genere]');
  });
});

describe('Relazione model: optional data', () => {
  it('prints the staff and economic tables carried as x-resources, and the process records', () => {
    const doc = interimDoc();
    doc['x-resources'] = [
      { title: 'Personale al 31/12 per categoria e genere', columns: ['Categoria', 'Donne', 'Uomini'], rows: [['D', 11, 4], ['C', 26, 9]], note: 'Fonte: ufficio personale' },
      { title: 'malformata', columns: 'x', rows: [] },
    ];
    const model = buildReport({
      kind: 'relazione',
      doc,
      period: '2024-S1',
      process: {
        phases: [{ name: 'Monitoraggio semestrale', start: '2024-07-01', end: '2024-07-31', actor: 'Unità di rilevazione' }],
        audit: [{ at: '2024-08-05T10:30:00Z', actor: 'OIV', action: 'validazione', detail: 'verbale n. 3' }],
      },
    });
    const text = modelText(model);
    expect(model.title).toBe('Relazione sulla performance - periodo 2024-S1');
    expect(text).toContain('2.1 – Le risorse');
    expect(text).toContain('Personale al 31/12 per categoria e genere');
    expect(text).toContain('D\t11\t4');
    expect(text).not.toContain('malformata');
    expect(text).toContain('Monitoraggio semestrale\t01/07/2024\t31/07/2024\tUnità di rilevazione');
    expect(text).toContain('05/08/2024 10:30\tOIV\tvalidazione\tverbale n. 3');
  });
});

describe('Piano model', () => {
  it('Bergamo: cruscotto per perspective with baseline, targets of 2022–2024 and source', () => {
    const text = modelText(buildReport({ kind: 'piano', doc: fixture('bergamo-2022-plan.json') }));
    expect(text).toContain('Target 2022\tTarget 2023\tTarget 2024\tFonte del dato');
    expect(text).toContain('3.1 – Prospettiva: Sviluppo economico delle imprese e del territorio');
    // "N. di B2B meetings": 14 in 2021, target 3 every year (seed line ~340).
    expect(text).toMatch(/N\. di B2B meetings, visite aziendali, workshop\t14 N\. \(2021\)\t≥ 3 N\.\t≥ 3 N\.\t≥ 3 N\.\tBalanced scorecard/);
    expect(text).toContain('4.1 – Servizio Affari generali');
    expect(text).toContain('Obiettivi individuali: Segretario Generale');
    expect(text).not.toContain('Rimodulazioni dei target');
  });

  it('Riviere 2023 update: every revised target with its previous value and reason', () => {
    const doc = fixture('riviere-2023-plan.json');
    const model = buildReport({ kind: 'piano', doc, period: '2023' });
    const text = modelText(model);
    expect(model.cover.subtitle).toBe('Aggiornamento 2023');
    expect(text).toContain('6 – Rimodulazioni dei target');
    const revised = (doc.assignments ?? []).flatMap((a) => (a.revisions ?? []).map((r) => ({ a, r })));
    expect(revised.length).toBeGreaterThan(5);
    const table = model.blocks.find((b) => b.type === 'table' && b.table.id === 'tab-rimodulazioni');
    expect(table?.type === 'table' && table.table.rows).toHaveLength(revised.length);
    expect(text).toMatch(/OS\.02\tGrado di adesione al cassetto digitale\t2023\t≥ 15 % → ≥ 20 %\tIl target per il 2023 e 2024 viene aggiornato/);
    expect(text).toMatch(/Indice equilibrio strutturale\t2024\t≥ -6,2 % → ≥ -3 %\tSull'indice di equilibrio strutturale/);
    // In the dashboard too, old → new.
    expect(text).toContain('≥ 15 % → ≥ 20 % target rimodulato');
  });
});

describe('Monitoraggio OIV model', () => {
  const text = modelText(buildReport({ kind: 'monitoraggio', doc: interimDoc(), period: '2024-S1' }));

  it('shows the annual and the period targets and scores against the period', () => {
    expect(text).toContain('Target annuale 2024\tTarget 2024-S1\tValore 2024-S1');
    expect(text).toMatch(/Imprese assistite\t50,00 %\t≥ 200,00 N\.\t≥ 80,00 N\.\t60,00 N\.\t75,00 %/);
    expect(text).toMatch(/Tempi medi di risposta\t50,00 %\t≤ 5,00 gg\t≤ 5,00 gg dal target annuale\t6,00 gg\t80,00 %/);
    expect(text).toMatch(/S1 - Digitalizzazione delle imprese\t100,00 %\t77,50 %\t●●○ Parzialmente raggiunto/);
  });

  it('lists causes, corrective actions and target proposals, and the unexplained shortfalls', () => {
    expect(text).toMatch(/O1\tImprese assistite\t75,00 %\tRitardo nella pubblicazione del bando regionale\tCampagna straordinaria[^\t]*\t≥ 180,00 N\.\ttarget da rimodulare · rilevato da: OIV/);
    expect(text).toMatch(/O1\tTempi medi di risposta\t80,00 %\tnessuna osservazione registrata/);
    expect(text).toContain("4 – Conclusioni dell'OIV");
  });
});

describe('Scheda individuale model', () => {
  it('lists objectives, weights, results and the total', () => {
    const text = modelText(buildReport({ kind: 'scheda', doc: interimDoc(), period: '2024-S1' }));
    expect(text).toMatch(/O1 - Assistere le imprese nella transizione digitale\t70,00 %\t\t\t77,50 %/);
    expect(text).toMatch(/Comportamenti organizzativi\t30,00 %\t\t\t90,00 %\t●●● Raggiunto/);
    // 0,7 × 77,5 + 0,3 × 90 = 81,25
    expect(text).toMatch(/Risultato complessivo della scheda\t100,00 %\t\t\t81,25 %/);
  });
});

describe('requests', () => {
  it('refuses an unknown period, scorecard or kind with an Italian message', () => {
    expect(() => buildReport({ kind: 'relazione', doc: foggia(), period: '2030' })).toThrow(/Periodo "2030" sconosciuto/);
    expect(() => buildReport({ kind: 'scheda', doc: foggia(), period: '2021', scorecard: 'x' })).toThrow(DocumentError);
    expect(() => buildReport({ kind: 'nota' as never, doc: foggia(), period: '2021' })).toThrow(/Documento "nota" sconosciuto/);
    expect(() => buildReport({ kind: 'relazione', doc: foggia() })).toThrow(/Indicare il periodo/);
  });

  it('hashes the inputs independently of key order, and changes with the data', () => {
    const doc = foggia();
    const a = inputHash({ kind: 'relazione', period: '2021', doc });
    const reordered = Object.fromEntries(Object.entries(doc).reverse());
    expect(inputHash({ kind: 'relazione', period: '2021', doc: reordered })).toBe(a);
    const changed = foggia();
    changed.measurements![0]!.value = 10;
    expect(inputHash({ kind: 'relazione', period: '2021', doc: changed })).not.toBe(a);
    expect(inputHash({ kind: 'relazione', period: '2021', doc, narratives: { premessa: 'x' } })).not.toBe(a);
  });
});
