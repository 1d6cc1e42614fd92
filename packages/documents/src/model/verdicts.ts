/**
 * Verdict marks: each band of the methodology gets a tone, a colour and a dot symbol, so the
 * verdict reads without colour (symbol + label) and in grey-scale print.
 */
import { formatPercent, term, type ResolvedMethodology, type ScoreEntry } from '@performa/core';
import type { CellObject, LegendItem, Tone, VerdictMark } from './types.js';

export const TONE_COLORS: Record<Tone, string> = {
  ok: '#1e7b34',
  partial: '#b35c00',
  ko: '#b3261e',
  none: '#5c6f82',
};

/** Tint used as a cell background behind dark text (contrast ≥ 7:1 with #1a1a1a). */
export const TONE_TINTS: Record<Tone, string> = {
  ok: '#e3f2e6',
  partial: '#fdf0e1',
  ko: '#fbe6e4',
  none: '#eef1f4',
};

const NOT_SCORED = 'Non valutato';

function toneAt(index: number, count: number): Tone {
  if (index === 0) return 'ok';
  if (index === count - 1) return 'ko';
  return 'partial';
}

function dots(filled: number, total: number): string {
  return '●'.repeat(Math.max(0, filled)) + '○'.repeat(Math.max(0, total - filled));
}

function safeColor(color: string | null | undefined, fallback: string): string {
  return color && /^#[0-9a-fA-F]{6}$/.test(color) ? color : fallback;
}

/** The mark of a band label; unknown or absent labels get the neutral "no verdict" mark. */
export function markOf(label: string | undefined, method: ResolvedMethodology): VerdictMark {
  const bands = method.verdicts;
  const total = Math.max(bands.length, 1);
  const index = label === undefined ? -1 : bands.findIndex((b) => b.label === label);
  if (index < 0) {
    return { label: label ?? NOT_SCORED, tone: 'none', symbol: dots(0, total), color: TONE_COLORS.none };
  }
  const tone = toneAt(index, bands.length);
  return { label: bands[index]!.label, tone, symbol: dots(total - index, total), color: safeColor(bands[index]!.color, TONE_COLORS[tone]) };
}

/** The mark of a score entry: its verdict, or a status label (ND, NC, NS). */
export function markOfEntry(entry: ScoreEntry | undefined, method: ResolvedMethodology): VerdictMark {
  if (entry?.verdict) return markOf(entry.verdict, method);
  const label =
    entry?.status === 'ND' ? term('nonDisponibile') : entry?.status === 'NC' ? term('nonCalcolabile') : NOT_SCORED;
  return { ...markOf(undefined, method), label };
}

/** A verdict as a table cell or card value: "●●● Raggiunto", with its mark for colour. */
export function verdictCell(mark: VerdictMark): CellObject {
  return { text: `${mark.symbol} ${mark.label}`, verdict: mark };
}

/** The legend of the bands: symbol, label, colour and range ("da 90,00 %"). */
export function legendItems(method: ResolvedMethodology): LegendItem[] {
  const items: LegendItem[] = method.verdicts.map((band, i) => {
    const upper = i > 0 ? method.verdicts[i - 1]!.from : null;
    const range =
      upper === null
        ? `da ${formatPercent(band.from, method.decimals)}`
        : `da ${formatPercent(band.from, method.decimals)} a meno di ${formatPercent(upper, method.decimals)}`;
    return { mark: markOf(band.label, method), range };
  });
  items.push({ mark: markOf(undefined, method), range: 'dato non disponibile, neutralizzato o non valutato' });
  return items;
}
