/** Plain text of the outputs, for assertions: HTML, PDF (pdftotext) and DOCX (word/document.xml). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { ReportModel } from '../src/model/types.js';
import { asCell } from '../src/model/blocks.js';

const tmp = mkdtempSync(join(tmpdir(), 'performa-documents-'));

export function pdfText(pdf: Uint8Array, layout = true): string {
  const file = join(tmp, `doc-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const r = spawnSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
  );
}

export async function docxParts(docx: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) out[name] = await zip.file(name)!.async('string');
  return out;
}

/** The text of word/document.xml: paragraphs on lines, table cells separated by tabs. */
export function docxText(documentXml: string): string {
  return unescapeXml(
    documentXml
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<\/w:tc>/g, '\t')
      .replace(/<w:instrText[^>]*>[\s\S]*?<\/w:instrText>/g, '')
      .replace(/<[^>]+>/g, ''),
  );
}

/**
 * Splits a document's text into objective cards: "Obiettivo operativo OP.02.01.01 - …" up to the
 * next card or section heading.
 */
export function cardsOf(text: string): Map<string, string> {
  const re = /Obiettivo (strategico|operativo|individuale)\s+(\S+) - /g;
  const starts: { key: string; at: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push({ key: `${m[1]}:${m[2]}`, at: m.index });
  const cards = new Map<string, string>();
  starts.forEach((s, i) => {
    const end = starts[i + 1]?.at ?? text.length;
    const chunk = text.slice(s.at, end);
    const cut = chunk.search(/\n\s*\d(\.\d)? – /);
    cards.set(s.key, cut > 0 ? chunk.slice(0, cut) : chunk);
  });
  return cards;
}

/** Every cell text of a model (for assertions on the pure model). */
export function modelText(model: ReportModel): string {
  const out: string[] = [model.cover.entity, model.cover.title, model.cover.subtitle ?? '', ...model.cover.lines];
  for (const b of model.blocks) {
    if (b.type === 'heading') out.push(b.text);
    if (b.type === 'rich') for (const r of b.blocks) out.push(r.type === 'list' ? r.items.map((i) => i.map((x) => x.text).join('')).join('\n') : r.inlines.map((x) => x.text).join(''));
    const tables = b.type === 'table' ? [b.table] : b.type === 'card' ? [b.card.table] : [];
    if (b.type === 'card') out.push(`${b.card.kindLabel} ${b.card.code} - ${b.card.name}`, ...b.card.fields.map((f) => `${f.label}\t${asCell(f.value).text}`));
    for (const t of tables) {
      if (!t) continue;
      if (t.title) out.push(t.title);
      out.push(t.columns.map((c) => c.header).join('\t'));
      for (const r of t.rows) out.push(r.cells.map((c) => { const x = asCell(c); return x.note ? `${x.text} ${x.note}` : x.text; }).join('\t'));
    }
    if (b.type === 'tree') for (const p of b.tree.paths) out.push(p.map((n) => `${n.label} ${n.score ?? ''}`).join('\t'));
  }
  return out.join('\n');
}
