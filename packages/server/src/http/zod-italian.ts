import { z } from 'zod';

let installed = false;

const TYPES: Record<string, string> = {
  number: 'un numero',
  int: 'un numero intero',
  string: 'un testo',
  boolean: 'vero o falso',
  object: 'un oggetto',
  array: 'un elenco',
  date: 'una data',
};

type Issue = { code?: string; input?: unknown; expected?: string; origin?: string; minimum?: unknown; maximum?: unknown; values?: unknown[]; format?: string };

/** Plain Italian for the common cases; undefined leaves the message to zod's Italian locale. */
function italian(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Campo obbligatorio.';
      return TYPES[issue.expected ?? ''] ? `Deve essere ${TYPES[issue.expected!]}.` : undefined;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Non può essere vuoto.' : `Almeno ${String(issue.minimum)} caratteri.`;
      if (issue.origin === 'array') return `Indicare almeno ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'elemento' : 'elementi'}.`;
      if (issue.origin === 'number' || issue.origin === 'int') return `Deve essere almeno ${String(issue.minimum)}.`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') return `Al massimo ${String(issue.maximum)} caratteri.`;
      if (issue.origin === 'array') return `Al massimo ${String(issue.maximum)} elementi.`;
      if (issue.origin === 'number' || issue.origin === 'int') return `Deve essere al massimo ${String(issue.maximum)}.`;
      return undefined;
    case 'invalid_value':
      return issue.values ? `Valore non ammesso: i valori possibili sono ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.` : undefined;
    case 'invalid_format':
      return issue.format === 'email' ? 'Indirizzo e-mail non valido.' : undefined;
    default:
      return undefined;
  }
}

/**
 * Every zod message of the API in Italian: the contract's own messages first, then these plain
 * ones ("Campo obbligatorio.", "Deve essere un numero."), then zod's Italian locale. Idempotent.
 */
export function useItalianZodMessages(): void {
  if (installed) return;
  z.config(z.locales.it());
  z.config({ customError: (issue) => italian(issue as Issue) });
  installed = true;
}
