import { describe, expect, it } from 'vitest';
import { parseInline, parseRichText } from '../src/model/rich-text.js';
import { narrativeBlocks, PLACEHOLDER } from '../src/model/narratives.js';

describe('narrative syntax (safe Markdown subset)', () => {
  it('parses paragraphs, bold, italic, bullet and numbered lists, sub-headings', () => {
    const blocks = parseRichText('Primo **grassetto** e *corsivo*\ncontinua.\n\n- uno\n- due\n  segue\n\n1. a\n2. b\n\n### Titolo');
    expect(blocks).toEqual([
      { type: 'paragraph', inlines: [{ text: 'Primo ' }, { text: 'grassetto', bold: true }, { text: ' e ' }, { text: 'corsivo', italic: true }, { text: ' continua.' }] },
      { type: 'list', ordered: false, items: [[{ text: 'uno' }], [{ text: 'due segue' }]] },
      { type: 'list', ordered: true, items: [[{ text: 'a' }], [{ text: 'b' }]] },
      { type: 'subheading', inlines: [{ text: 'Titolo' }] },
    ]);
  });

  it('keeps HTML, links and unmatched markers as plain text', () => {
    expect(parseInline('<b>x</b> [l](http://x) 2 * 3 = 6 \\*a\\*')).toEqual([{ text: '<b>x</b> [l](http://x) 2 * 3 = 6 *a*' }]);
    expect(parseInline('**a *b* c**')).toEqual([{ text: 'a ', bold: true }, { text: 'b', bold: true, italic: true }, { text: ' c', bold: true }]);
  });

  it('drops control characters', () => {
    expect(parseRichText('a\u0000b\u0007c')).toEqual([{ type: 'paragraph', inlines: [{ text: 'abc' }] }]);
  });

  it('marks a missing narrative with the placeholder, and leaves optional commentary out', () => {
    const [block] = narrativeBlocks({}, 'premessa', 'finalità');
    expect(block).toMatchObject({ type: 'rich', placeholder: true });
    expect(JSON.stringify(block)).toContain(PLACEHOLDER.slice(0, -1));
    expect(narrativeBlocks({ premessa: '   ' }, 'premessa')).toHaveLength(1);
    expect(narrativeBlocks({}, 'albero')).toEqual([]);
  });
});
