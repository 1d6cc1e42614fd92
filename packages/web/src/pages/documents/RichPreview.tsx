import { parseRichText, type parseInline } from '@performa/documents/rich-text';
import { useMemo } from 'react';

type Inline = ReturnType<typeof parseInline>[number];

/**
 * A narrative as the documents print it: parsed by the generators' own parser (`parseRichText`, a
 * pure function of @performa/documents), rendered as React elements. Nothing is ever inserted as
 * HTML: whatever the parser does not recognise (tags, links) stays text, escaped by React.
 */
export function RichPreview({ source, empty }: { source: string; empty?: string }) {
  const blocks = useMemo(() => parseRichText(source), [source]);
  if (blocks.length === 0) return <p className="muted fst-italic mb-0">{empty}</p>;
  return (
    <div className="rich-preview">
      {blocks.map((b, i) => {
        switch (b.type) {
          case 'subheading':
            return <p key={i} className="rich-subheading"><Inlines inlines={b.inlines} /></p>;
          case 'list': {
            const items = b.items.map((it, j) => <li key={j}><Inlines inlines={it} /></li>);
            return b.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
          default:
            return <p key={i}><Inlines inlines={b.inlines} /></p>;
        }
      })}
    </div>
  );
}

function Inlines({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((r, i) => {
        let node: React.ReactNode = r.text;
        if (r.italic) node = <em>{node}</em>;
        if (r.bold) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}
