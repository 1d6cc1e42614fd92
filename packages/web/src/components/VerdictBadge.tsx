import type { ScoreStatus } from '@performa/core';
import { useLang } from '../i18n/lang.js';
import { useBands, type Band } from './bands.js';

export type Tone = 'success' | 'warning' | 'danger' | 'neutral';

/** The tone of a verdict: the top band is success, the lowest danger, any band between warning. */
export function toneOf(verdict: string | undefined | null, bands: readonly Band[]): Tone {
  if (!verdict) return 'neutral';
  const i = bands.findIndex((b) => b.label === verdict);
  if (i < 0) return 'neutral';
  if (i === 0) return 'success';
  if (i === bands.length - 1) return 'danger';
  return 'warning';
}

/** Is a score below target (under 100 %: the target was not fully reached)? */
export function isBelow(score: number | null | undefined): boolean {
  if (score === null || score === undefined) return false;
  return score < 1 - 1e-9;
}

const PATHS: Record<Tone, string> = {
  success: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  warning: 'M12 2 1 21h22L12 2zm1 15h-2v2h2v-2zm0-7h-2v5h2v-5z',
  danger: 'M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z',
  neutral: 'M5 11h14v2H5z',
};

/** A small inline icon for a tone (inline SVG: no async loading, fast in long lists). */
export function ToneIcon({ tone, size = 16 }: { tone: Tone; size?: number }) {
  return (
    <svg className={`tone-icon tone-${tone}`} width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[tone]} fill="currentColor" />
    </svg>
  );
}

/** Verdict shown with text and icon, the colour only reinforcing them. */
export function VerdictBadge({ verdict, status, small }: { verdict?: string | null; status?: ScoreStatus | null; small?: boolean }) {
  const { t } = useLang();
  const { bands } = useBands();
  const tone = toneOf(verdict, bands);
  const text = verdict ?? (status ? t(`status.${status}`) : t('verdict.none'));
  return (
    <span className={`verdict verdict-${tone}${small ? ' verdict-sm' : ''}`}>
      <ToneIcon tone={tone} size={small ? 14 : 16} />
      <span>{text}</span>
    </span>
  );
}
