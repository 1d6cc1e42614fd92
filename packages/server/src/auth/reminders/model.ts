/** One value still missing (the shape of the API's MissingRow, packages/api/src/schemas/entries.ts). */
export interface MissingValue {
  period: string;
  unit: { id: string; name: string };
  indicator: { id: string; name: string };
  /** "vuoto" (nothing entered), "bozza" (not submitted) or "restituito" (returned by the dirigente). */
  state: string;
  dueDate: string | null;
  overdue: boolean;
  daysLate: number | null;
}

export interface Recipient {
  email: string;
  name: string | null;
  role: 'referente' | 'dirigente';
  /** The units of the grant: exactly those (referente) or their subtrees (dirigente), already expanded. */
  units: Set<string>;
}

export interface DigestContext {
  entityName: string;
  planTitle: string | null;
  period: string;
  dueDate: string | null;
  /** Today, AAAA-MM-GG. */
  today: string;
  publicUrl: string | null;
}
