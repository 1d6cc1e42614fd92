/** Verdict distribution: one bar per verdict band with its count, symbol and label. */
import type { ChartModel, VerdictMark } from '../model/types.js';
import { GRID, INK, MUTED, r1, svgDocument, xml } from './svg.js';

export interface DistributionItem {
  mark: VerdictMark;
  count: number;
}

export function distributionChart(id: string, title: string, items: DistributionItem[]): ChartModel {
  const width = 640;
  const labelWidth = 250;
  const top = 28;
  const rowHeight = 30;
  const plotX = labelWidth + 10;
  const plotWidth = width - plotX - 60;
  const total = items.reduce((a, b) => a + b.count, 0);
  const max = Math.max(1, ...items.map((i) => i.count));
  const height = top + items.length * rowHeight + 10;
  let body = `<text x="0" y="14" font-size="12" font-weight="bold" fill="${INK}">${xml(title)}</text>`;
  body += `<line x1="${plotX}" y1="${top - 2}" x2="${plotX}" y2="${height - 8}" stroke="${GRID}"/>`;
  items.forEach((item, i) => {
    const y = top + i * rowHeight;
    body += `<text x="${labelWidth}" y="${y + rowHeight / 2 + 4}" font-size="11" fill="${INK}" text-anchor="end">${xml(`${item.mark.symbol} ${item.mark.label}`)}</text>`;
    const w = r1((item.count / max) * plotWidth);
    if (item.count > 0) body += `<rect x="${plotX}" y="${y + 6}" width="${w}" height="${rowHeight - 12}" fill="${xml(item.mark.color)}" rx="2"/>`;
    const share = total ? ` (${Math.round((item.count / total) * 100)} %)` : '';
    body += `<text x="${r1(plotX + w + 6)}" y="${y + rowHeight / 2 + 4}" font-size="11" font-weight="bold" fill="${item.count ? INK : MUTED}">${item.count}${xml(share)}</text>`;
  });
  const alt = `${title}: ${items.map((i) => `${i.mark.label} ${i.count}`).join('; ')} (totale ${total}).`;
  return { id, title, svg: svgDocument(width, height, title, body), alt, width, height };
}
