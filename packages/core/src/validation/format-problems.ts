import type { Problem } from './problem.js';

/** ONE report listing every problem with its location, for stderr. */
export function formatProblems(problems: Problem[], lang: 'it' | 'en' = 'it', source?: string): string {
  const n = problems.length;
  const head =
    lang === 'en'
      ? `${source ? `${source}: ` : ''}the document is not valid performa/1: ${n} problem${n === 1 ? '' : 's'}. Nothing was written.`
      : `${source ? `${source}: ` : ''}il documento non è un performa/1 valido: ${n} ${n === 1 ? 'problema' : 'problemi'}. Nulla è stato scritto.`;
  const lines = problems.map((p) => `  ${p.pointer || '/'}: ${p.message}`);
  return `${head}\n${lines.join('\n')}\n`;
}
