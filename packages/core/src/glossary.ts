/**
 * Glossario: the one place that maps the Italian terms of the performance cycle to the names used
 * in code, with the label shown to users (Italian first, English second). Code uses the `code`
 * names; screens, documents and the CLI take their words from `it` / `en`.
 */
export interface Term {
  /** The name in code (types, fields, functions). */
  code: string;
  it: string;
  en: string;
  /** What it means, for a developer new to the domain. */
  note: string;
}

export const GLOSSARY = {
  ente: { code: 'entity', it: 'Ente', en: 'Entity', note: "L'amministrazione (es. una Camera di Commercio)." },
  piano: { code: 'plan', it: 'Piano della performance', en: 'Performance plan', note: 'Il piano triennale, oggi sezione Performance del PIAO.' },
  smvp: { code: 'methodology', it: 'Sistema di misurazione e valutazione (SMVP)', en: 'Measurement system (SMVP)', note: 'Le regole di calcolo, come dati (spec §3).' },
  periodo: { code: 'period', it: 'Periodo', en: 'Period', note: 'Un anno o un periodo infrannuale (semestre, quadrimestre, trimestre).' },
  unita: { code: 'unit', it: 'Unità organizzativa', en: 'Organisational unit', note: 'Area dirigenziale, servizio, ufficio, azienda speciale.' },
  prospettiva: { code: 'perspective', it: 'Prospettiva BSC', en: 'BSC perspective', note: 'Prospettiva della Balanced Scorecard.' },
  ambito: { code: "objective (level 'area')", it: 'Ambito / area strategica', en: 'Strategic area', note: "Radice dell'albero della performance." },
  obiettivoStrategico: { code: "objective (level 'strategic')", it: 'Obiettivo strategico', en: 'Strategic objective', note: 'Triennale.' },
  obiettivoOperativo: { code: "objective (level 'operational')", it: 'Obiettivo operativo', en: 'Operational objective', note: 'Annuale.' },
  progetto: { code: "objective (level 'project' | 'action')", it: 'Progetto / azione', en: 'Project / action', note: 'Livelli più profondi.' },
  albero: { code: 'objective tree (parent)', it: 'Albero della performance', en: 'Performance tree', note: 'Ambiti → obiettivi strategici → operativi → progetti.' },
  indicatore: { code: 'indicator', it: 'Indicatore', en: 'Indicator', note: 'Algoritmo, unità di misura, fonte.' },
  assegnazione: { code: 'assignment', it: 'Indicatore dell\'obiettivo', en: 'Assignment', note: 'Indicatore × obiettivo: peso e target per periodo.' },
  target: { code: 'target', it: 'Target (valore atteso)', en: 'Target', note: 'Forma: ≥, ≤, =, tra, entro una data, SI/NO, solo monitoraggio.' },
  peso: { code: 'weight', it: 'Peso', en: 'Weight', note: 'null = quote uguali; 0 = mostrato, non conteggiato.' },
  rilevazione: { code: 'measurement', it: 'Rilevazione', en: 'Measurement', note: 'Il valore misurato di un indicatore in un periodo.' },
  consuntivo: { code: 'measurement.value', it: 'Consuntivo (valore rilevato)', en: 'Actual value', note: 'Il valore a consuntivo; numeratore/denominatore se rapporto.' },
  nonDisponibile: { code: "status 'ND' / state 'missing'", it: 'Non disponibile (ND)', en: 'Not available (ND)', note: 'Dato mancante: conta 0 o è escluso secondo lo SMVP.' },
  nonCalcolabile: { code: "status 'NC' / state 'excluded'", it: 'Non calcolabile / neutralizzato (NC)', en: 'Neutralised (NC)', note: 'Escluso da ogni aggregato.' },
  nonValutato: { code: "status 'NS' / state 'notScored'", it: 'Non valutato (NS)', en: 'Not scored (NS)', note: 'Solo monitoraggio o senza target.' },
  gradoRaggiungimento: { code: 'score', it: 'Grado di raggiungimento', en: 'Achievement', note: 'Frazione non arrotondata (0,9781 = 97,81 %).' },
  scostamento: { code: 'deviation', it: 'Scostamento', en: 'Deviation', note: 'Valore − target, nell\'unità dell\'indicatore (giorni per le scadenze).' },
  giudizio: { code: 'verdict', it: 'Giudizio', en: 'Verdict', note: 'Fascia di valutazione: Raggiunto, Parzialmente raggiunto, Non raggiunto.' },
  tolleranza: { code: 'tolerance', it: 'Tolleranza', en: 'Tolerance', note: 'Da una soglia, giudizio massimo (ed eventualmente punteggio 100 %).' },
  mix: { code: 'mix', it: 'Composizione (indicatori / obiettivi collegati)', en: 'Mix', note: 'Quote dei due blocchi di un obiettivo.' },
  neutralizzazione: { code: 'override', it: 'Neutralizzazione / correzione', en: 'Override', note: 'Punteggio sostituito dal valutatore, con motivazione.' },
  rimodulazione: { code: 'revision', it: 'Rimodulazione del target', en: 'Target revision', note: 'Target rivisto con atto formale; si conserva il precedente.' },
  monitoraggio: { code: 'monitoring', it: 'Monitoraggio', en: 'Monitoring', note: 'Osservazioni infrannuali (OIV, controllo di gestione), non calcolate.' },
  performanceEnte: { code: 'entity score', it: "Performance organizzativa dell'ente", en: 'Entity performance', note: 'Media degli ambiti o delle prospettive.' },
  performanceUnita: { code: 'unit score', it: 'Performance organizzativa di unità', en: 'Unit performance', note: 'Media degli obiettivi che indicano l\'unità.' },
  schedaIndividuale: { code: 'scorecard', it: 'Scheda individuale', en: 'Individual scorecard', note: 'Obiettivi individuali di dirigenti e PO.' },
  fondoIncentivante: { code: 'incentive', it: 'Fondo incentivante', en: 'Incentive pool', note: 'Risorse erogate in base ai risultati.' },
  relazione: { code: 'report', it: 'Relazione sulla performance', en: 'Performance report', note: 'Validata dall\'OIV.' },
  oiv: { code: 'oiv', it: 'Organismo indipendente di valutazione (OIV)', en: 'Independent evaluation body', note: 'Valida la Relazione.' },
} as const satisfies Record<string, Term>;

export type GlossaryKey = keyof typeof GLOSSARY;

/** The user-facing label of a term. */
export function term(key: GlossaryKey, lang: 'it' | 'en' = 'it'): string {
  return GLOSSARY[key][lang];
}
