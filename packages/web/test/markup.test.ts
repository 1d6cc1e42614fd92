// The toolbar of the narrative editor: the syntax it inserts is the one the generators parse.
import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../documents/src/model/rich-text.js';
import { prefixLines, wrap } from '../src/pages/documents/markup.js';

describe('narrative toolbar', () => {
  it('wraps the selection in bold or italic marks, spaces outside, and keeps it selected', () => {
    const text = 'Il risultato complessivo è buono.';
    const at = text.indexOf('complessivo');
    const e = wrap(text, at - 1, at + 'complessivo '.length, '**', 'testo');
    expect(e.text).toBe('Il risultato **complessivo** è buono.');
    expect(e.text.slice(e.start, e.end)).toBe('complessivo');
    expect(parseRichText(e.text)).toEqual([{ type: 'paragraph', inlines: [{ text: 'Il risultato ' }, { text: 'complessivo', bold: true }, { text: ' è buono.' }] }]);
    const i = wrap('abc', 3, 3, '*', 'testo');
    expect(i.text).toBe('abc*testo*');
    expect(i.text.slice(i.start, i.end)).toBe('testo');
  });

  it('turns the selected lines into a list, a numbered list or a subheading, and back', () => {
    const text = 'Premessa\nprimo\nsecondo\n\nfine';
    const start = text.indexOf('primo');
    const end = text.indexOf('secondo') + 3;
    const bullets = prefixLines(text, start, end, 'bullet');
    expect(bullets.text).toBe('Premessa\n- primo\n- secondo\n\nfine');
    expect(parseRichText(bullets.text)[1]).toEqual({ type: 'list', ordered: false, items: [[{ text: 'primo' }], [{ text: 'secondo' }]] });
    expect(prefixLines(bullets.text, start, end + 2, 'bullet').text).toBe(text);
    expect(prefixLines(text, start, end, 'numbered').text).toBe('Premessa\n1. primo\n2. secondo\n\nfine');
    expect(prefixLines(bullets.text, start, end + 2, 'numbered').text).toBe('Premessa\n1. primo\n2. secondo\n\nfine');
    expect(prefixLines(text, 0, 0, 'heading').text).toBe('### Premessa\nprimo\nsecondo\n\nfine');
    expect(prefixLines('', 0, 0, 'bullet')).toEqual({ text: '- ', start: 2, end: 2 });
  });
});
