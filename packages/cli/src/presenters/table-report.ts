import {
  formatDate,
  formatMoney,
  formatPercent,
  formatSigned,
  resolveMethodology,
  type AssignmentResult,
  type Objective,
  type PlanDocument,
  type Results,
  type ScoreEntry,
  term,
} from '@performa/core';

const WIDTH = 58;
const fit = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
const STATUS_WORDS: Record<string, string> = { ND: term('nonDisponibile'), NC: term('nonCalcolabile'), NS: term('nonValutato') };

function scoreCell(e: ScoreEntry, decimals: number): string {
  if (e.score === null) return (e.status ?? '–').padStart(10);
  return formatPercent(e.score, decimals).padStart(10);
}

function deviationText(row: AssignmentResult, unit: string | null | undefined): string {
  if (row.deviation === null) return '';
  if (row.target?.op === 'by') return `${term('scostamento').toLowerCase()} ${formatSigned(row.deviation, 2)} gg`;
  return `${term('scostamento').toLowerCase()} ${formatSigned(row.deviation, 2)}${unit && unit !== 'N.' ? ` ${unit}` : ''}`;
}

/** A readable Italian report of the results, for the terminal (`performa score --format table`). */
export function renderTable(doc: PlanDocument, results: Results, explain: boolean): string {
  const method = resolveMethodology(doc.methodology);
  const d = method.decimals;
  const out: string[] = [];
  const period = doc.periods.find((p) => p.id === results.period)!;
  out.push(`${doc.entity.name}${doc.plan?.title ? ` — ${doc.plan.title}` : ''}`);
  out.push(`Risultati del periodo ${period.id} (${formatDate(period.start)} – ${formatDate(period.end)})`);
  out.push('');
  out.push(`${term('performanceEnte')}: ${formatPercent(results.entity.score, d)}${results.entity.verdict ? `  ${results.entity.verdict}` : ''}`);
  if (explain) for (const line of results.entity.explain?.text ?? []) out.push(`    ${line}`);
  out.push('');
  out.push(term('albero').toUpperCase());
  out.push(`${fit('Codice', 16)} ${fit('Obiettivo / indicatore', WIDTH)} ${'Risultato'.padStart(10)}  Giudizio`);
  const indicators = new Map((doc.indicators ?? []).map((i) => [i.id, i]));
  const rowsOf = new Map<string, AssignmentResult[]>();
  for (const row of results.assignments) (rowsOf.get(row.objective) ?? rowsOf.set(row.objective, []).get(row.objective)!).push(row);
  const children = new Map<string, Objective[]>();
  for (const o of doc.objectives) (children.get(o.parent ?? '') ?? children.set(o.parent ?? '', []).get(o.parent ?? '')!).push(o);
  const stack: { o: Objective; depth: number }[] = (children.get('') ?? []).map((o) => ({ o, depth: 0 })).reverse();
  while (stack.length > 0) {
    const { o, depth } = stack.pop()!;
    const r = results.objectives[o.id]!;
    const pad = '  '.repeat(depth);
    out.push(`${fit(pad + o.id, 16)} ${fit(o.name, WIDTH)} ${scoreCell(r, d)}  ${r.verdict ?? ''}`);
    for (const row of rowsOf.get(o.id) ?? []) {
      const ind = indicators.get(row.indicator);
      const name = `${pad}  · ${ind?.name ?? row.indicator}`;
      out.push(`${fit('', 16)} ${fit(name, WIDTH)} ${scoreCell(row, d)}  ${deviationText(row, ind?.unit)}`);
    }
    if (explain) for (const line of r.explain?.text ?? []) out.push(`${' '.repeat(17)}${pad}  ${line}`);
    for (const c of [...(children.get(o.id) ?? [])].reverse()) stack.push({ o: c, depth: depth + 1 });
  }
  const section = (title: string, entries: [string, string, ScoreEntry][]) => {
    if (entries.length === 0) return;
    out.push('', title);
    for (const [id, name, e] of entries) {
      out.push(`${fit(id, 16)} ${fit(name, WIDTH)} ${scoreCell(e, d)}  ${e.verdict ?? ''}`);
      if (explain) for (const line of e.explain?.text ?? []) out.push(`${' '.repeat(19)}${line}`);
    }
  };
  section(term('prospettiva').toUpperCase(), (doc.perspectives ?? []).map((p) => [p.id, p.name, results.perspectives[p.id]!]));
  section(term('performanceUnita').toUpperCase(), (doc.units ?? []).map((u) => [u.id, u.name, results.units[u.id]!]));
  for (const card of doc.scorecards ?? []) {
    const r = results.scorecards[card.id]!;
    section(`${term('schedaIndividuale').toUpperCase()}: ${card.holder}`, [
      [card.id, 'Totale della scheda', r],
      ...Object.entries(r.items).map(([path, e]): [string, string, ScoreEntry] => ['', path, e]),
    ]);
  }
  const pools = doc.incentives ?? [];
  if (pools.length > 0) {
    out.push('', `${term('fondoIncentivante').toUpperCase()}`);
    for (const p of pools) {
      const r = results.incentives[p.id]!;
      out.push(`${fit(p.id, 16)} ${fit(p.name ?? '', WIDTH)} ${formatMoney(r.released).padStart(16)} su ${formatMoney(p.amount)}`);
    }
  }
  out.push('', `Legenda: ${Object.entries(STATUS_WORDS).map(([k, v]) => `${k} = ${v}`).join(' · ')}.`, '');
  return out.join('\n');
}
