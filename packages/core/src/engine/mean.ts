import type { ExplainMember, MemberKind } from '../model/results.js';
import { EXCLUDED, MISSING, NOT_SCORED, scored, statusOf, type Outcome } from './outcome.js';
import { pct, pctFine } from './words.js';

export interface MeanMember {
  kind: MemberKind;
  id: string;
  name?: string | undefined;
  /** As written: null = equal shares, 0 = shown but not counted. */
  weight: number | null | undefined;
  outcome: Outcome;
  /** Extra explanation fields (target, value, formula) for assignments. */
  detail?: Partial<ExplainMember>;
}

export interface MeanResult {
  outcome: Outcome;
  /** The members with their effective shares, when explaining. */
  members?: ExplainMember[];
  /** "(95,62 % × 1 + 100,00 % × 1) / 2 = 97,81 %", when explaining. */
  arithmetic?: string;
}

/**
 * §3.2 weighted mean of one block. Members with weight > 0 count (null weights = equal shares).
 * Missing members score 0 and keep their weight under `zero`, are dropped under `exclude`;
 * excluded and not-scored members are always dropped. All counted members missing → missing;
 * nothing counted and one excluded → excluded; otherwise nothing to score → not scored.
 */
export function weightedMean(members: MeanMember[], missing: 'zero' | 'exclude', explain: boolean): MeanResult {
  let sumWeights = 0;
  let sumProducts = 0;
  let counted = 0;
  let missingCount = 0;
  let anyExcluded = false;
  const terms: string[] = [];
  for (const m of members) {
    const w = m.weight ?? 1;
    if (!(w > 0)) continue;
    const { state, score } = m.outcome;
    if (state === 'scored') {
      counted += 1;
      sumWeights += w;
      sumProducts += w * (score as number);
      if (explain) terms.push(`${pctFine(score)} × ${w}`);
    } else if (state === 'missing') {
      counted += 1;
      missingCount += 1;
      if (missing === 'zero') {
        sumWeights += w;
        if (explain) terms.push(`0 (ND) × ${w}`);
      }
    } else if (state === 'excluded') {
      anyExcluded = true;
    }
  }
  let outcome: Outcome;
  if (counted === 0) outcome = anyExcluded ? EXCLUDED : NOT_SCORED;
  else if (missingCount === counted) outcome = MISSING;
  else outcome = scored(sumProducts / sumWeights);
  if (!explain) return { outcome };
  const result: MeanResult = {
    outcome,
    members: members.map((m) => describe(m, outcome.state === 'scored' ? sumWeights : 0, missing)),
  };
  if (outcome.state === 'scored') result.arithmetic = `(${terms.join(' + ')}) / ${formatWeight(sumWeights)} = ${pct(outcome.score)}`;
  return result;
}

const formatWeight = (w: number) => String(Math.round(w * 1e9) / 1e9).replace('.', ',');

function describe(m: MeanMember, total: number, missing: 'zero' | 'exclude'): ExplainMember {
  const w = m.weight ?? 1;
  const { state, score } = m.outcome;
  let counted = false;
  let note: string | undefined;
  let used: number | null = score;
  if (!(w > 0)) note = 'peso 0: mostrato, non conteggiato';
  else if (state === 'scored') counted = true;
  else if (state === 'missing' && missing === 'zero') {
    counted = true;
    used = 0;
    note = 'non disponibile (ND): conta 0 e mantiene il peso';
  } else if (state === 'missing') note = 'non disponibile (ND): escluso, il suo peso va agli altri';
  else if (state === 'excluded') note = 'non calcolabile (NC): escluso da ogni aggregato';
  else note = 'non valutato (NS): escluso';
  const member: ExplainMember = {
    kind: m.kind,
    id: m.id,
    weight: m.weight ?? null,
    share: counted && total > 0 ? w / total : 0,
    score: used,
    counted,
    ...m.detail,
  };
  if (m.name !== undefined) member.name = m.name;
  const status = statusOf(state);
  if (status) member.status = status;
  if (note) member.note = note;
  return member;
}
