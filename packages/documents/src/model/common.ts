/** Pieces shared by the documents: period words, the plan reference, cover lines. */
import { formatDate, type Period, type PlanDocument } from '@performa/core';

/** "Piano della performance 2021-2023 (Deliberazione di Giunta n. 14 del 01/02/2021)". */
export function planReference(doc: PlanDocument): string | null {
  const title = doc.plan?.title?.trim();
  const act = doc.plan?.act?.trim();
  if (title && act) return `${title}, approvato con ${act}`;
  return title ?? (act ? `Piano approvato con ${act}` : null);
}

export function periodWords(p: Period | undefined): string {
  if (!p) return '';
  return `dal ${formatDate(p.start)} al ${formatDate(p.end)}`;
}

/** The plan's years as ids ("2022", "2023", "2024"): `plan.years`, else the annual periods. */
export function planYears(doc: PlanDocument): string[] {
  const years = doc.plan?.years?.map(String) ?? [];
  if (years.length) return years;
  return doc.periods.filter((p) => !p.year).map((p) => p.id);
}
