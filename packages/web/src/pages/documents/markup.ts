/**
 * The toolbar of the narrative editor: inserts the syntax of the safe Markdown subset
 * (docs/documents.md) around the selection or at the start of the selected lines. Pure functions:
 * text and selection in, text and selection out.
 */
export interface Edit {
  text: string;
  start: number;
  end: number;
}

/** `**bold**` / `*italic*` around the selection (or around a placeholder word, selected). */
export function wrap(text: string, start: number, end: number, mark: string, placeholder: string): Edit {
  let s = start;
  let e = end;
  // Spaces stay outside the marks (`** testo**` would not be bold).
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  const inner = s < e ? text.slice(s, e) : placeholder;
  const out = text.slice(0, s) + mark + inner + mark + text.slice(e);
  return { text: out, start: s + mark.length, end: s + mark.length + inner.length };
}

/** A prefix at the start of every selected line (`- `, `1. `, `### `); again on the same lines removes it. */
export function prefixLines(text: string, start: number, end: number, kind: 'bullet' | 'numbered' | 'heading'): Edit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const last = end > start && text[end - 1] === '\n' ? end - 1 : end;
  const nl = text.indexOf('\n', last);
  const lineEnd = nl === -1 ? text.length : nl;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const pattern = kind === 'bullet' ? /^- / : kind === 'numbered' ? /^\d+\. / : /^### /;
  const remove = lines.every((l) => !l.trim() || pattern.test(l)) && lines.some((l) => pattern.test(l));
  let n = 0;
  const changed = lines.map((l) => {
    if (remove) return l.replace(pattern, '');
    if (!l.trim() && lines.length > 1) return l;
    n++;
    const bare = l.replace(/^(- |\* |\d+\. |#{1,6} )/, '');
    return (kind === 'bullet' ? '- ' : kind === 'numbered' ? `${n}. ` : '### ') + bare;
  });
  const block = changed.join('\n');
  const out = text.slice(0, lineStart) + block + text.slice(lineEnd);
  return { text: out, start: lineStart + block.length, end: lineStart + block.length };
}
