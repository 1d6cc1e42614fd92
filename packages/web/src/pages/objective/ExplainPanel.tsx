import type { Explanation } from '@performa/core';

/** The engine's explanation: its Italian sentences, in order, as the engine wrote them. */
export function ExplainPanel({ title, explain }: { title: string; explain: Explanation | undefined }) {
  if (!explain) return null;
  return (
    <section className="mt-3" aria-label={title} data-testid="explain">
      <h2 className="h5">{title}</h2>
      <div className="explain-text">{explain.text.join('\n')}</div>
    </section>
  );
}
