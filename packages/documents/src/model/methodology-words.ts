/**
 * The SMVP settings (spec §3) described in Italian sentences, generated from the methodology
 * actually used to score, so the text can never disagree with the numbers.
 */
import { formatNumber, formatPercent, type ResolvedMethodology } from '@performa/core';

const pct = (x: number) => formatPercent(x, 0);
const pctFine = (x: number) => formatPercent(x, 2);

export function methodologySentences(m: ResolvedMethodology): string[] {
  const out: string[] = [];
  out.push(
    'Per ogni indicatore il grado di raggiungimento confronta il valore rilevato con il target del periodo: ' +
      'per i target «almeno» (≥) è il rapporto tra valore rilevato e target.',
  );
  out.push(
    m.atMost === 'ratio'
      ? 'Per i target «al massimo» (≤) è il rapporto tra target e valore rilevato.'
      : 'Per i target «al massimo» (≤) il grado si riduce dello scarto relativo: 1 − (valore − target) / target.',
  );
  out.push(
    m.equals === 'proportional'
      ? 'Per i target «uguale a» (=) il grado si riduce in proporzione alla distanza dal target.'
      : 'Per i target «uguale a» (=) il grado è pieno solo se il valore coincide con il target, altrimenti è nullo.',
  );
  out.push(
    typeof m.lateDeadline === 'object'
      ? `Per le scadenze («entro il»), ogni giorno di ritardo riduce il grado di ${formatNumber(m.lateDeadline.perDay * 100, 2, { fixed: false })} punti percentuali.`
      : 'Per le scadenze («entro il») il grado è pieno se l’attività è conclusa entro la data, nullo in caso di ritardo.',
  );
  out.push('Per gli indicatori SI/NO il grado è pieno se l’attività è stata realizzata, nullo altrimenti.');
  out.push(
    m.cap <= 1
      ? `Il grado di raggiungimento di ogni indicatore è compreso tra ${pct(m.floor)} e ${pct(m.cap)}: il superamento del target non compensa altri indicatori.`
      : `Il grado di raggiungimento di ogni indicatore è compreso tra ${pct(m.floor)} e ${pct(m.cap)}: il superamento del target è riconosciuto fino a ${pct(m.cap)}.`,
  );
  out.push(
    m.interimTargets === 'prorata'
      ? 'Nei periodi infrannuali senza target propri, per gli indicatori cumulativi il target annuale è riproporzionato ai giorni trascorsi.'
      : 'Nei periodi infrannuali senza target propri si usa il target annuale.',
  );
  out.push(
    m.missing === 'exclude'
      ? 'Un indicatore non rilevato (ND) è escluso dal calcolo e il suo peso è ripartito tra gli altri; gli indicatori neutralizzati (NC) sono sempre esclusi.'
      : 'Un indicatore non rilevato (ND) conta zero e conserva il suo peso; gli indicatori neutralizzati (NC) sono esclusi dal calcolo.',
  );
  out.push(
    'Il risultato di un obiettivo è la media ponderata dei suoi indicatori e degli obiettivi collegati (a pesi non indicati corrispondono quote uguali).',
  );
  const mixTotal = m.mix.indicators + m.mix.children || 1;
  out.push(
    `Un obiettivo che ha sia indicatori propri sia obiettivi collegati combina i due blocchi: ${pct(m.mix.indicators / mixTotal)} indicatori propri e ${pct(m.mix.children / mixTotal)} obiettivi collegati (salvo diversa composizione indicata per il singolo obiettivo).`,
  );
  if (m.tolerance) {
    out.push(
      m.tolerance.appliesTo === 'score'
        ? `È prevista una tolleranza: un obiettivo che raggiunge almeno ${pctFine(m.tolerance.from)} è considerato pienamente raggiunto (100 %).`
        : `È prevista una tolleranza: un obiettivo che raggiunge almeno ${pctFine(m.tolerance.from)} ottiene il giudizio massimo, conservando il punteggio calcolato.`,
    );
  }
  out.push(
    m.entity === 'perspectives'
      ? "La performance organizzativa dell'ente è la media ponderata delle prospettive della Balanced Scorecard."
      : "La performance organizzativa dell'ente è la media ponderata degli ambiti strategici.",
  );
  out.push(
    m.units === 'all'
      ? 'La performance di ciascuna unità organizzativa è la media semplice degli obiettivi che la indicano; quella di un’unità con unità sottostanti è la media di queste.'
      : 'La performance di ciascuna unità organizzativa è la media semplice degli obiettivi operativi che la indicano; quella di un’unità con unità sottostanti è la media di queste.',
  );
  out.push(`I risultati sono riportati in percentuale con ${m.decimals} decimali, arrotondati per eccesso dal 5 (half-up).`);
  return out;
}
