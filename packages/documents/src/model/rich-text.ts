/**
 * The narrative syntax: a small, safe Markdown subset (docs/documents.md).
 *
 *   paragraphs separated by a blank line      **bold**   *italic*   \* a literal asterisk
 *   - item / * item   bullet list              1. item   numbered list
 *   ### Title         a sub-heading inside the section
 *
 * Nothing else is interpreted: HTML, links, images and code are plain text. The parser never fails:
 * whatever it does not recognise stays as text, and renderers escape it for their format.
 */
import type { Inline, RichBlock } from './types.js';

const ESCAPED_STAR = '\u0000';
const BULLET = /^\s{0,3}[-*]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,3}[.)]\s+(.*)$/;
const SUBHEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;

/** Inline emphasis: `**bold**` and `*italic*` (not nested across each other). */
export function parseInline(source: string): Inline[] {
  const text = source.replace(/\\\*/g, ESCAPED_STAR);
  const out: Inline[] = [];
  const push = (t: string, bold: boolean, italic: boolean) => {
    if (!t) return;
    const inline: Inline = { text: t.replaceAll(ESCAPED_STAR, '*') };
    if (bold) inline.bold = true;
    if (italic) inline.italic = true;
    out.push(inline);
  };
  const italics = (segment: string, bold: boolean) => {
    const re = /\*(?=\S)([^*]*?\S)\*/g;
    let last = 0;
    for (let m = re.exec(segment); m; m = re.exec(segment)) {
      push(segment.slice(last, m.index), bold, false);
      push(m[1] ?? '', bold, true);
      last = m.index + m[0].length;
    }
    push(segment.slice(last), bold, false);
  };
  const re = /\*\*(?=\S)([\s\S]*?\S)\*\*/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    italics(text.slice(last, m.index), false);
    italics(m[1] ?? '', true);
    last = m.index + m[0].length;
  }
  italics(text.slice(last), false);
  return merge(out);
}

/** Joins adjacent runs with the same emphasis. */
function merge(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const i of inlines) {
    const prev = out[out.length - 1];
    if (prev && !!prev.bold === !!i.bold && !!prev.italic === !!i.italic) prev.text += i.text;
    else out.push({ ...i });
  }
  return out;
}

/** Parses a narrative into blocks. Control characters (except newlines and tabs) are dropped. */
export function parseRichText(source: string): RichBlock[] {
  // eslint-disable-next-line no-control-regex
  const clean = source.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  const blocks: RichBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', inlines: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    list = null;
  };

  for (const raw of clean.split('\n')) {
    const line = raw.replace(/\t/g, ' ');
    if (!line.trim()) {
      flushParagraph();
      flushList();
      continue;
    }
    const heading = SUBHEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      blocks.push({ type: 'subheading', inlines: parseInline(heading[1] ?? '') });
    } else if (bullet || numbered) {
      flushParagraph();
      const ordered = !bullet;
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push(((bullet ?? numbered)![1] ?? '').trim());
    } else if (list && /^\s{2,}\S/.test(line)) {
      // A continuation line of the last list item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

/** A paragraph from plain text (generated prose: no markup interpreted). */
export function para(text: string): RichBlock {
  return { type: 'paragraph', inlines: [{ text }] };
}

/** A paragraph from runs. */
export function runs(...inlines: Inline[]): RichBlock {
  return { type: 'paragraph', inlines };
}

export function bullets(items: string[]): RichBlock {
  return { type: 'list', ordered: false, items: items.map((text) => [{ text }]) };
}
