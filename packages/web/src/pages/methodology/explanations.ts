/** The options of spec §3 explained in Italian, for the Metodologia screen. */
export const EXPLAIN = {
  interimTargets: {
    title: 'Target dei periodi infrannuali',
    text: "Quando un indicatore non ha un target proprio per il semestre o il trimestre, si usa quello annuale. Per gli indicatori cumulativi si può riproporzionarlo ai giorni trascorsi dall'inizio dell'anno.",
    annual: 'Target annuale così com\'è (predefinito)',
    prorata: 'Target annuale in proporzione ai giorni trascorsi (solo indicatori cumulativi, forme ≥ > ≤ <)',
  },
  atLeast: {
    title: 'Target «almeno» (≥, >)',
    text: 'Più alto è meglio: il grado di raggiungimento è consuntivo / target (94 su 100 = 94 %). È l\'unica forma prevista oggi.',
    linear: 'Lineare: consuntivo / target',
  },
  atMost: {
    title: 'Target «al massimo» (≤, <)',
    text: 'Più basso è meglio. Lineare: 1 − (consuntivo − target) / target, così 42,88 contro ≤ 40 dà 92,80 %. Rapporto: target / consuntivo, così dà 93,28 %.',
    linear: 'Lineare: 1 − (consuntivo − target) / |target| (predefinito)',
    ratio: 'Rapporto: target / consuntivo',
  },
  equals: {
    title: 'Target «uguale a» (=)',
    text: 'Il valore deve coincidere con il target. Esatto: o 100 % o 0 %. Proporzionale: si perde in proporzione alla distanza dal target.',
    exact: 'Esatto: 100 % se uguale, altrimenti 0 % (predefinito)',
    proportional: 'Proporzionale: 1 − |consuntivo − target| / |target|',
  },
  lateDeadline: {
    title: 'Scadenze mancate (target «entro il»)',
    text: 'Un\'attività completata entro la data vale 100 %. Se completata in ritardo vale zero, oppure perde una quota per ogni giorno di ritardo.',
    zero: 'In ritardo vale 0 % (predefinito)',
    perDay: 'Penalità per giorno di ritardo',
  },
  bounds: {
    title: 'Limiti del grado di raggiungimento',
    text: 'Il grado di un indicatore è contenuto tra un minimo e un massimo. Con massimo 1 ogni target raggiunto vale 100 %; con 1,2 il superamento conta fino al 120 %.',
  },
  missing: {
    title: 'Dati mancanti (ND)',
    text: 'Un indicatore senza valore (non disponibile) può contare zero mantenendo il suo peso, oppure essere escluso ripartendo il peso sugli altri.',
    zero: 'Conta 0 e mantiene il peso (predefinito)',
    exclude: 'Escluso: il peso si ripartisce sugli altri',
  },
  mix: {
    title: 'Composizione: indicatori propri e obiettivi collegati',
    text: 'Un obiettivo con indicatori propri e obiettivi figli combina i due blocchi con queste quote (divise per la loro somma). A Foggia: 30 % indicatori, 70 % obiettivi operativi.',
  },
  tolerance: {
    title: 'Tolleranza',
    text: 'Da una soglia (es. 90 %) un obiettivo riceve il giudizio massimo; con «anche il punteggio» vale anche 100 % prima di entrare nella media del livello superiore.',
    none: 'Nessuna tolleranza (predefinito)',
    label: 'Solo il giudizio',
    score: 'Giudizio e punteggio (100 %)',
  },
  entity: {
    title: "Performance organizzativa dell'ente",
    text: "La performance dell'ente è la media ponderata degli ambiti strategici (radici dell'albero) oppure delle prospettive della Balanced Scorecard.",
    areas: 'Media degli ambiti strategici (predefinito)',
    perspectives: 'Media delle prospettive BSC',
  },
  units: {
    title: 'Performance delle unità organizzative',
    text: "Un'unità vale la media semplice degli obiettivi che la indicano: solo gli operativi, oppure tutti. Un'unità con unità figlie vale la media delle figlie.",
    operational: 'Media degli obiettivi operativi (predefinito)',
    all: 'Media di tutti gli obiettivi che la indicano',
  },
  verdicts: {
    title: 'Fasce di giudizio',
    text: 'Il giudizio è la prima fascia, dalla più alta, la cui soglia è raggiunta dal punteggio (soglie come frazioni: 0,9 = 90 %).',
  },
  decimals: {
    title: 'Decimali',
    text: 'Quanti decimali hanno le percentuali stampate (arrotondamento per eccesso dal 5). I calcoli usano sempre i valori non arrotondati.',
  },
} as const;
