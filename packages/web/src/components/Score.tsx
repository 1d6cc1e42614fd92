import { formatPercent, type ScoreStatus } from '@performa/core';
import { useLang } from '../i18n/lang.js';
import { useBands } from './bands.js';
import { toneOf } from './VerdictBadge.js';

/** A score as a printed percentage ("97,81 %"), or its status (ND/NC/NS) in words. */
export function Score({ score, status, big }: { score: number | null | undefined; status?: ScoreStatus | null; big?: boolean }) {
  const { t, lang } = useLang();
  const { decimals } = useBands();
  if (score === null || score === undefined) {
    return <span className="score muted">{status ? t(`status.${status}`) : '–'}</span>;
  }
  return <span className={big ? 'score score-big' : 'score'}>{formatPercent(score, decimals, lang)}</span>;
}

/** A thin bar under a score; decorative (the number and the verdict carry the meaning). */
export function ScoreBar({ score, verdict }: { score: number | null | undefined; verdict?: string | null }) {
  const { bands } = useBands();
  const width = Math.max(0, Math.min(1, score ?? 0)) * 100;
  return (
    <div className="scorebar" aria-hidden="true">
      <span className={`bg-tone-${toneOf(verdict, bands)}`} style={{ width: `${width}%` }} />
    </div>
  );
}
