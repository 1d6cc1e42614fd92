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
 * §3.2 weighted mean of one block, accumulated member by member (no allocation per member, so the
 * tree of a 100k-assignment plan scores fast). Members with weight > 0 count (null = equal shares).
 * Missing members score 0 and keep their weight under `zero`, are dropped under `exclude`;
 * excluded and not-scored members are always dropped. All counted members missing → missing;
 * nothing counted and one excluded → excluded; otherwise nothing to score → not scored.
 */
export class Mean {
  sumWeights = 0;
  sumProducts = 0;
  counted = 0;
  missingCount = 0;
  anyExcluded = false;
  constructor(
    readonly missing: 'zero' | 'exclude',
    readonly terms?: string[],
  ) {}

  add(weight: number | null | undefined, outcome: Outcome): void {
    const w = weight ?? 1;
    if (!(w > 0)) return;
    const state = outcome.state;
    if (state === 'scored') {
      this.counted += 1;
      this.sumWeights += w;
      this.sumProducts += w * (outcome.score as number);
      if (this.terms) this.terms.push(`${pctFine(outcome.score)} × ${w}`);
    } else if (state === 'missing') {
      this.counted += 1;
      this.missingCount += 1;
      if (this.missing === 'zero') {
        this.sumWeights += w;
        if (this.terms) this.terms.push(`0 (ND) × ${w}`);
      }
    } else if (state === 'excluded') {
      this.anyExcluded = true;
    }
  }

  outcome(): Outcome {
    if (this.counted === 0) return this.anyExcluded ? EXCLUDED : NOT_SCORED;
    if (this.missingCount === this.counted) return MISSING;
    return scored(this.sumProducts / this.sumWeights);
  }
}

/** The weighted mean of listed members, with their explanation when asked. */
export function weightedMean(members: MeanMember[], missing: 'zero' | 'exclude', explain: boolean): MeanResult {
  const terms: string[] | undefined = explain ? [] : undefined;
  const mean = new Mean(missing, terms);
  for (const m of members) mean.add(m.weight, m.outcome);
  const outcome = mean.outcome();
  const sumWeights = mean.sumWeights;
  if (!explain) return { outcome };
  const result: MeanResult = {
    outcome,
    members: members.map((m) => describe(m, outcome.state === 'scored' ? sumWeights : 0, missing)),
  };
  if (outcome.state === 'scored') result.arithmetic = `(${terms!.join(' + ')}) / ${formatWeight(sumWeights)} = ${pct(outcome.score)}`;
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
