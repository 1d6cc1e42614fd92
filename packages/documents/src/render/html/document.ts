/** A report model as one self-contained HTML document (no scripts, no external resources). */
import type { ReportModel } from '../../model/types.js';
import { blockHtml } from './blocks.js';
import { documentCss } from './css.js';
import { escapeHtml } from './escape.js';

export interface HtmlOptions {
  /** @font-face rules (data URLs) for Titillium Web, from `loadFontCss()`; empty for system fonts. */
  fontCss?: string;
}

function coverHtml(model: ReportModel): string {
  const c = model.cover;
  const lines = c.lines.map((l) => `<p class="line">${escapeHtml(l)}</p>`).join('');
  const subtitle = c.subtitle ? `<p class="subtitle">${escapeHtml(c.subtitle)}</p>` : '';
  if (c.compact) {
    return `<header class="title-block"><p class="entity">${escapeHtml(c.entity)}</p><p class="title">${escapeHtml(c.title)}</p>${subtitle}${lines}</header>`;
  }
  return (
    `<section class="cover"><div><p class="entity">${escapeHtml(c.entity)}</p>` +
    `<p class="title">${escapeHtml(c.title)}</p>${subtitle}${lines}</div>` +
    `<p class="generated">Documento generato con Performa dai dati del ciclo della performance.</p></section>`
  );
}

export function renderHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const parts: string[] = [];
  let mainOpen = false;
  for (const block of model.blocks) {
    if (block.type === 'toc') {
      parts.push(blockHtml(block, model));
      continue;
    }
    if (!mainOpen) {
      parts.push('<main>');
      mainOpen = true;
    }
    parts.push(blockHtml(block, model));
  }
  if (mainOpen) parts.push('</main>');
  return (
    '<!doctype html>\n<html lang="it"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta name="generator" content="Performa"><title>${escapeHtml(`${model.entity} – ${model.title}`)}</title>` +
    `<style>${documentCss(options.fontCss ?? '')}</style></head><body class="kind-${model.kind}${model.cover.compact ? ' compact' : ''}">` +
    coverHtml(model) +
    parts.join('\n') +
    '</body></html>\n'
  );
}
