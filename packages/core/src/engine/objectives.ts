import type { Objective } from '../model/document.js';
import type { Explanation, ExplainMember } from '../model/results.js';
import { scoreIndicator, type IndicatorScore } from './assignment.js';
import { assignmentKey, type ScoringContext } from './context.js';
import { weightedMean, type MeanMember, type MeanResult } from './mean.js';
import { Mean } from './mean.js';
import { mixBlocks } from './mix.js';
import { geq, scored, type Outcome } from './outcome.js';
import { topVerdict, verdictOf } from './verdict.js';
import { num, pct, pctFine, targetWords, valueWords } from './words.js';

export interface ObjectiveScore {
  /** The final outcome: what the parent, the entity, units and scorecards see. */
  outcome: Outcome;
  /** The computed score when a tolerance or an override replaced it. */
  computed?: number | null;
  verdict?: string;
  blocks?: { indicators: number | null; children: number | null };
  explain?: Explanation;
}

export interface TreeScores {
  /** Assignment scores, by document index. */
  assignments: IndicatorScore[];
  objectives: Map<string, ObjectiveScore>;
}

/** Objectives, children before parents (reverse breadth-first order from the roots): no recursion. */
function bottomUp(ctx: ScoringContext): Objective[] {
  const order: Objective[] = [...(ctx.children.get('') ?? [])];
  for (let i = 0; i < order.length; i++) order.push(...(ctx.children.get(order[i]!.id) ?? []));
  return order.reverse();
}

/** §3.1 for every assignment, then §3.2 for every objective, bottom-up. */
export function scoreTree(ctx: ScoringContext): TreeScores {
  const overrides = ctx.assignmentOverrides;
  const assignments = (ctx.doc.assignments ?? []).map((a) =>
    scoreIndicator(a.indicator, a.targets, overrides.size > 0 ? overrides.get(assignmentKey(a.objective, a.indicator)) : undefined, ctx),
  );
  const objectives = new Map<string, ObjectiveScore>();
  for (const o of bottomUp(ctx)) objectives.set(o.id, scoreObjective(o, assignments, objectives, ctx));
  return { assignments, objectives };
}

function assignmentMembers(o: Objective, assignments: IndicatorScore[], ctx: ScoringContext): MeanMember[] {
  const list = ctx.doc.assignments ?? [];
  return (ctx.assignmentsOf.get(o.id) ?? []).map((index) => {
    const assignment = list[index]!;
    const s = assignments[index]!;
    const indicator = ctx.indicators.get(assignment.indicator);
    const member: MeanMember = {
      kind: 'assignment',
      id: `${assignment.objective}:${assignment.indicator}`,
      name: indicator?.name,
      weight: assignment.weight,
      outcome: s.outcome,
    };
    if (ctx.explain) {
      member.detail = { target: s.resolved?.target ?? null, value: s.value };
      if (s.formula) member.detail.formula = s.formula;
    }
    return member;
  });
}

function childMembers(o: Objective, objectives: Map<string, ObjectiveScore>, ctx: ScoringContext): MeanMember[] {
  return (ctx.children.get(o.id) ?? []).map((c) => ({
    kind: 'objective' as const,
    id: c.id,
    name: c.name,
    weight: c.weight,
    outcome: objectives.get(c.id)!.outcome,
  }));
}

function scoreObjective(
  o: Objective,
  assignments: IndicatorScore[],
  objectives: Map<string, ObjectiveScore>,
  ctx: ScoringContext,
): ObjectiveScore {
  const { method, explain } = ctx;
  if (!explain) return fastScore(o, assignments, objectives, ctx);
  const own = assignmentMembers(o, assignments, ctx);
  const kids = childMembers(o, objectives, ctx);
  const text: string[] = [];
  const members: ExplainMember[] = [];
  let outcome: Outcome;
  let blocks: ObjectiveScore['blocks'];
  let mixExplain: Explanation['blocks'];
  let rule = 'mean';
  if (own.length > 0 && kids.length > 0) {
    rule = 'mix';
    const ind = weightedMean(own, method.missing, explain);
    const ch = weightedMean(kids, method.missing, explain);
    const mix = o.mix ?? method.mix;
    const total = mix.indicators + mix.children;
    const m = mixBlocks(ind.outcome, ch.outcome, mix, method.missing);
    outcome = m.outcome;
    blocks = m.blocks;
    const { applied } = m;
    const { indicators: bi, children: bc } = m.blocks;
    if (explain) {
      mixExplain = { indicators: bi, children: bc, mix, applied };
      members.push(...(ind.members ?? []), ...(ch.members ?? []));
      text.push(
        `Obiettivo con indicatori propri e obiettivi collegati: quote ${num(applied.indicators || mix.indicators / total)} (indicatori) e ${num(applied.children || mix.children / total)} (obiettivi).`,
      );
      text.push(`Blocco indicatori: ${blockLine(ind, own, bi)}`);
      describeMembers(text, ind, own, ctx);
      text.push(`Blocco obiettivi collegati: ${blockLine(ch, kids, bc)}`);
      describeMembers(text, ch, kids, ctx);
      if (outcome.state === 'scored') {
        text.push(
          bi !== null && bc !== null
            ? `${num(applied.indicators)} × ${pctFine(bi)} + ${num(applied.children)} × ${pctFine(bc)} = ${pct(outcome.score)}.`
            : `Un blocco è vuoto: l'altro conta per intero (100 %) → ${pct(outcome.score)}.`,
        );
      }
    }
  } else {
    const list = own.length > 0 ? own : kids;
    const r = weightedMean(list, method.missing, explain);
    outcome = r.outcome;
    if (explain) {
      members.push(...(r.members ?? []));
      const what = own.length > 0 ? 'indicatori' : 'obiettivi collegati';
      text.push(
        list.length === 0
          ? 'Nessun indicatore né obiettivo collegato: non valutato.'
          : `Media ponderata di ${list.length} ${what}${list.every((m) => m.weight == null) ? ' (pesi uguali)' : ''}:`,
      );
      describeMembers(text, r, list, ctx);
      if (r.arithmetic) text.push(`${r.arithmetic}.`);
    }
  }
  return finish(o, outcome, { text, members, rule, blocks, mixExplain }, ctx);
}

const EMPTY_DRAFT: Draft = { text: [], members: [], rule: 'mean', blocks: undefined, mixExplain: undefined };

/** The same rules as the explained path, accumulated without building member lists. */
function fastScore(o: Objective, assignments: IndicatorScore[], objectives: Map<string, ObjectiveScore>, ctx: ScoringContext): ObjectiveScore {
  const { missing } = ctx.method;
  const own = ctx.assignmentsOf.get(o.id);
  const kids = ctx.children.get(o.id);
  let ind: Mean | undefined;
  if (own) {
    ind = new Mean(missing);
    const list = ctx.doc.assignments!;
    for (const index of own) ind.add(list[index]!.weight, assignments[index]!.outcome);
  }
  let ch: Mean | undefined;
  if (kids) {
    ch = new Mean(missing);
    for (const c of kids) ch.add(c.weight, objectives.get(c.id)!.outcome);
  }
  if (ind && ch) {
    const m = mixBlocks(ind.outcome(), ch.outcome(), o.mix ?? ctx.method.mix, missing);
    return finish(o, m.outcome, { ...EMPTY_DRAFT, blocks: m.blocks }, ctx);
  }
  return finish(o, (ind ?? ch ?? new Mean(missing)).outcome(), EMPTY_DRAFT, ctx);
}

function blockLine(r: MeanResult, list: MeanMember[], score: number | null): string {
  if (score === null) return `vuoto (${list.length} membri, nessuno conteggiato).`;
  if (r.outcome.state === 'missing') return 'tutti i membri non disponibili: vale 0.';
  return `${r.arithmetic}.`;
}

function describeMembers(text: string[], r: MeanResult, list: MeanMember[], ctx: ScoringContext): void {
  (r.members ?? []).forEach((m, i) => {
    const src = list[i]!;
    const label = `${src.kind === 'assignment' ? src.id.split(':').slice(1).join(':') : src.id}${m.name ? ` "${m.name}"` : ''}`;
    let line = `  • ${label}`;
    if (m.target) {
      const unit = ctx.indicators.get(src.id.split(':').slice(1).join(':'))?.unit;
      line += `, target ${targetWords(m.target, unit)}`;
      if (m.value !== null && m.value !== undefined) line += `, rilevato ${valueWords(m.value, unit)}`;
      if (m.formula) line += `: ${m.formula}`;
    }
    line += ` → ${m.status && m.status !== 'ND' ? m.status : pct(m.score)}`;
    line += m.counted ? `, peso ${m.weight ?? 1} (quota ${pct(m.share)})` : '';
    if (m.note) line += ` — ${m.note}`;
    text.push(`${line}.`);
  });
}

interface Draft {
  text: string[];
  members: ExplainMember[];
  rule: string;
  blocks: ObjectiveScore['blocks'];
  mixExplain: Explanation['blocks'];
}

/** Tolerance (§3.2), then an override (§2.8), then the verdict. */
function finish(o: Objective, computedOutcome: Outcome, d: Draft, ctx: ScoringContext): ObjectiveScore {
  const { method, explain } = ctx;
  let outcome = computedOutcome;
  let computed: number | null | undefined;
  const tol = method.tolerance;
  const inTolerance = (s: number | null) => tol !== null && s !== null && geq(s, tol.from) && s < 1;
  if (tol && tol.appliesTo === 'score' && inTolerance(outcome.score)) {
    computed = outcome.score;
    outcome = scored(1);
    if (explain) d.text.push(`Tolleranza: da ${pct(tol.from)} il punteggio vale 100 % (calcolato ${pct(computed)}).`);
  }
  const override = ctx.objectiveOverrides.get(o.id);
  if (override) {
    computed = computed ?? computedOutcome.score;
    outcome = scored(override.score);
    if (explain)
      d.text.push(
        `Punteggio sostituito da ${override.by ?? 'valutatore'}: ${pct(override.score)} (calcolato ${pct(computed)}). Motivo: ${override.reason}.`,
      );
  }
  let verdict = verdictOf(outcome.score, method);
  if (tol && inTolerance(outcome.score)) {
    verdict = topVerdict(method);
    if (explain) d.text.push(`Tolleranza: da ${pct(tol.from)} l'obiettivo ha il giudizio "${verdict}".`);
  }
  const result: ObjectiveScore = { outcome };
  if (computed !== undefined) result.computed = computed;
  if (verdict !== undefined) result.verdict = verdict;
  if (d.blocks) result.blocks = d.blocks;
  if (explain) {
    result.explain = { text: d.text, rule: override ? 'override' : d.rule, members: d.members };
    if (d.mixExplain) result.explain.blocks = d.mixExplain;
    if (override)
      result.explain.override = { score: override.score, reason: override.reason, by: override.by ?? null, computed: computed ?? null };
    if (tol) result.explain.tolerance = tol;
  }
  return result;
}
