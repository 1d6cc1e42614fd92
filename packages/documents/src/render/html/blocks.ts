/** Model blocks as HTML. */
import type { Block, CardModel, ChartModel, LegendItem, ReportModel, RichBlock, TreeModel } from '../../model/types.js';
import { cellHtml, inlinesHtml, tableHtml, verdictHtml } from './cells.js';
import { base64, escapeHtml, safeColor } from './escape.js';

function richHtml(blocks: RichBlock[]): string {
  return blocks
    .map((b) => {
      if (b.type === 'paragraph') return `<p>${inlinesHtml(b.inlines)}</p>`;
      if (b.type === 'subheading') return `<p class="subheading">${inlinesHtml(b.inlines)}</p>`;
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${inlinesHtml(i)}</li>`).join('')}</${tag}>`;
    })
    .join('');
}

function cardHtml(card: CardModel): string {
  const fields = card.fields.map((f) => `<tr><th scope="row">${escapeHtml(f.label)}</th>${cellHtml(f.value, undefined)}</tr>`).join('');
  const title =
    `<tr class="title"><th scope="row">${escapeHtml(card.kindLabel)}</th>` +
    `<td><strong>${escapeHtml(card.code)}</strong> - ${escapeHtml(card.name)}</td></tr>`;
  const head = `<table class="grid head"><colgroup><col style="width:30%"><col style="width:70%"></colgroup><tbody>${title}${fields}</tbody></table>`;
  const ind = card.table ? tableHtml(card.table, 'ind') : '';
  return `<section class="card" id="${escapeHtml(card.anchor)}">${head}${ind}</section>`;
}

function chartHtml(chart: ChartModel): string {
  return (
    `<figure class="chart" id="${escapeHtml(chart.id)}"><img src="data:image/svg+xml;base64,${base64(chart.svg)}" ` +
    `width="${chart.width}" height="${chart.height}" alt="${escapeHtml(chart.alt)}"></figure>`
  );
}

function treeHtml(tree: TreeModel): string {
  const levels = tree.levels.length;
  const rows = tree.paths;
  // rowspan of the node at (row, col): how many following paths share the same ancestor chain.
  const spans = rows.map((path, r) =>
    path.map((node, c) => {
      const same = (k: number) => rows[k]?.[c]?.id === node.id && rows[k]?.slice(0, c).every((n, j) => n.id === path[j]?.id);
      if (r > 0 && same(r - 1)) return 0;
      let span = 1;
      while (same(r + span)) span++;
      return span;
    }),
  );
  const head = tree.levels.map((l) => `<th scope="col">${escapeHtml(l)}</th>`).join('');
  const body = rows
    .map((path, r) => {
      const cells = path
        .map((node, c) => {
          const span = spans[r]![c]!;
          if (span === 0) return '';
          const colspan = c === path.length - 1 && path.length < levels ? levels - c : 1;
          const style = node.verdict ? ` style="--c:${safeColor(node.verdict.color)}"` : '';
          const cls = node.verdict ? ` class="tone-${node.verdict.tone}"` : '';
          const score = node.verdict
            ? `<span class="score"><span class="sym" aria-hidden="true">${escapeHtml(node.verdict.symbol)}</span> ${escapeHtml(node.verdict.label)}${node.score ? ` · ${escapeHtml(node.score)}` : ''}</span>`
            : '';
          return `<td${cls}${style}${span > 1 ? ` rowspan="${span}"` : ''}${colspan > 1 ? ` colspan="${colspan}"` : ''}>${escapeHtml(node.label)}${score}</td>`;
        })
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('');
  return `<table class="grid tree" id="${escapeHtml(tree.id)}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function legendHtml(title: string, items: LegendItem[]): string {
  const list = items
    .map((i) => `<span class="item">${verdictHtml(i.mark)} <span>${escapeHtml(i.range)}</span></span>`)
    .join('');
  return `<div class="legend" role="note"><span class="legend-title">${escapeHtml(title)}</span>${list}</div>`;
}

export function tocHtml(model: ReportModel): string {
  const items = model.blocks
    .filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && b.toc)
    .map((h) => `<li class="l${h.level}"><a href="#${escapeHtml(h.anchor)}">${escapeHtml(h.text)}</a></li>`)
    .join('');
  return `<nav class="toc" aria-label="Indice"><p class="toc-title">Indice</p><ol>${items}</ol></nav>`;
}

export function blockHtml(block: Block, model: ReportModel): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level} id="${escapeHtml(block.anchor)}">${escapeHtml(block.text)}</h${block.level}>`;
    case 'rich':
      return block.placeholder ? `<div class="placeholder">${richHtml(block.blocks)}</div>` : richHtml(block.blocks);
    case 'table':
      return tableHtml(block.table);
    case 'card':
      return cardHtml(block.card);
    case 'chart':
      return `<div class="charts">${chartHtml(block.chart)}</div>`;
    case 'charts':
      return `<div class="charts">${block.charts.map(chartHtml).join('')}</div>`;
    case 'tree':
      return treeHtml(block.tree);
    case 'legend':
      return legendHtml(block.title, block.items);
    case 'signatures':
      return `<div class="signatures">${block.labels.map((l) => `<div>${escapeHtml(l)}</div>`).join('')}</div>`;
    case 'pageBreak':
      return '<div style="break-after:page"></div>';
    case 'toc':
      return tocHtml(model);
  }
}
