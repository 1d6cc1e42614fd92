/** Horizontal bars (e.g. the achievement of each strategic area), one per item, 0–100 % scale. */
import type { ChartModel } from '../model/types.js';
import { GRID, INK, MUTED, fitLines, r1, svgDocument, xml } from './svg.js';

export interface BarItem {
  label: string;
  /** Fraction (0.9781); null = no score (no bar, the value text says why). */
  value: number | null;
  valueText: string;
  color: string;
  /** Non-colour cue printed before the value (the verdict symbol). */
  symbol?: string;
}

export function barChart(id: string, title: string, items: BarItem[], options: { max?: number } = {}): ChartModel {
  const width = 640;
  const labelWidth = 250;
  const valueWidth = 110;
  const top = 28;
  const rowHeight = 34;
  const plotX = labelWidth + 10;
  const plotWidth = width - plotX - valueWidth;
  const max = Math.max(1, options.max ?? 1, ...items.map((i) => i.value ?? 0));
  const height = top + Math.max(1, items.length) * rowHeight + 26;
  const x = (v: number) => plotX + (Math.max(0, v) / max) * plotWidth;
  let body = '';
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const tx = r1(x(tick));
    body += `<line x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${height - 22}" stroke="${GRID}" stroke-width="1"/>`;
    body += `<text x="${tx}" y="${height - 8}" font-size="10" fill="${MUTED}" text-anchor="middle">${tick * 100} %</text>`;
  }
  items.forEach((item, i) => {
    const y = top + i * rowHeight;
    const lines = fitLines(item.label, labelWidth, 11, 2);
    const ly = y + rowHeight / 2 - (lines.length - 1) * 6.5 + 4;
    body += `<text x="${labelWidth}" y="${r1(ly)}" font-size="11" fill="${INK}" text-anchor="end">`;
    lines.forEach((line, k) => {
      body += `<tspan x="${labelWidth}" dy="${k === 0 ? 0 : 13}">${xml(line)}</tspan>`;
    });
    body += '</text>';
    if (item.value !== null) {
      const w = r1(x(item.value) - plotX);
      body += `<rect x="${plotX}" y="${y + 7}" width="${Math.max(w, 1)}" height="${rowHeight - 14}" fill="${xml(item.color)}" rx="2"/>`;
    }
    const vx = item.value !== null ? x(item.value) + 6 : plotX + 6;
    const text = `${item.symbol ? `${item.symbol} ` : ''}${item.valueText}`;
    body += `<text x="${r1(vx)}" y="${y + rowHeight / 2 + 4}" font-size="11" font-weight="bold" fill="${INK}">${xml(text)}</text>`;
  });
  body += `<text x="0" y="14" font-size="12" font-weight="bold" fill="${INK}">${xml(title)}</text>`;
  const alt = `${title}: ${items.map((i) => `${i.label} ${i.valueText}`).join('; ')}.`;
  return { id, title, svg: svgDocument(width, height, title, body), alt, width, height };
}
