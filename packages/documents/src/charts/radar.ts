/** Radar of the BSC perspectives (0–100 % scale); with fewer than 3 axes callers use bars instead. */
import type { ChartModel } from '../model/types.js';
import { GRID, INK, MUTED, fitLines, r1, svgDocument, xml } from './svg.js';

export interface RadarAxis {
  label: string;
  value: number | null;
  valueText: string;
}

export function radarChart(id: string, title: string, axes: RadarAxis[], color: string): ChartModel {
  const width = 640;
  const height = 420;
  const cx = width / 2;
  const cy = height / 2 + 12;
  const radius = 130;
  const n = axes.length;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const point = (i: number, f: number) => [cx + Math.cos(angle(i)) * radius * f, cy + Math.sin(angle(i)) * radius * f] as const;
  let body = `<text x="0" y="14" font-size="12" font-weight="bold" fill="${INK}">${xml(title)}</text>`;
  for (const ring of [0.25, 0.5, 0.75, 1]) {
    const pts = axes.map((_, i) => point(i, ring).map(r1).join(',')).join(' ');
    body += `<polygon points="${pts}" fill="none" stroke="${GRID}" stroke-width="1"/>`;
    // Ring labels along the bisector of the first two axes, away from the data points.
    const a = -Math.PI / 2 + Math.PI / n;
    body += `<text x="${r1(cx + Math.cos(a) * radius * ring + 3)}" y="${r1(cy + Math.sin(a) * radius * ring - 3)}" font-size="9" fill="${MUTED}">${ring * 100} %</text>`;
  }
  axes.forEach((_, i) => {
    const [x, y] = point(i, 1);
    body += `<line x1="${cx}" y1="${cy}" x2="${r1(x)}" y2="${r1(y)}" stroke="${GRID}" stroke-width="1"/>`;
  });
  const shape = axes.map((a, i) => point(i, Math.min(Math.max(a.value ?? 0, 0), 1.2)).map(r1).join(',')).join(' ');
  body += `<polygon points="${shape}" fill="${xml(color)}" fill-opacity="0.25" stroke="${xml(color)}" stroke-width="2"/>`;
  axes.forEach((a, i) => {
    const [px, py] = point(i, Math.min(Math.max(a.value ?? 0, 0), 1.2));
    body += `<circle cx="${r1(px)}" cy="${r1(py)}" r="3.5" fill="${xml(color)}"/>`;
    const [lx, ly] = point(i, 1.16);
    const cos = Math.cos(angle(i));
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const lines = fitLines(a.label, 170, 11, 2);
    const baseY = ly + (Math.sin(angle(i)) < -0.5 ? -(lines.length) * 13 : Math.sin(angle(i)) > 0.5 ? 8 : -4);
    body += `<text x="${r1(lx)}" y="${r1(baseY)}" font-size="11" fill="${INK}" text-anchor="${anchor}">`;
    lines.forEach((line, k) => {
      body += `<tspan x="${r1(lx)}" dy="${k === 0 ? 0 : 13}">${xml(line)}</tspan>`;
    });
    body += `<tspan x="${r1(lx)}" dy="13" font-weight="bold">${xml(a.valueText)}</tspan></text>`;
  });
  const alt = `${title}: ${axes.map((a) => `${a.label} ${a.valueText}`).join('; ')}.`;
  return { id, title, svg: svgDocument(width, height, title, body), alt, width, height };
}
