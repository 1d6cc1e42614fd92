/** User-facing messages of the store, Italian first, English with lang 'en'. */
export type Lang = 'it' | 'en';

const list = (items: string[]) => items.map((p) => `"${p}"`).join(', ');

export const messages = {
  invalidDocument: (lang: Lang, problems: { pointer: string; message: string }[]) =>
    (lang === 'en'
      ? `The document is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written:`
      : `Il documento non è valido (${problems.length} ${problems.length === 1 ? 'problema' : 'problemi'}); nulla è stato scritto:`) +
    problems.map((p) => `\n  ${p.pointer || '/'}: ${p.message}`).join(''),
  noPlanKey: (lang: Lang) =>
    lang === 'en'
      ? 'The plan has no id and no years: cannot tell which plan it is (give plan.id or plan.years).'
      : 'Il piano non ha né id né anni: impossibile capire quale piano sia (indicare plan.id o plan.years).',
  planExists: (lang: Lang, entityId: string, planId: string) =>
    lang === 'en'
      ? `Plan "${planId}" of entity "${entityId}" is already stored: nothing was written. To replace it, import again with --replace (the current version is kept as history).`
      : `Il piano "${planId}" dell'ente "${entityId}" è già archiviato: nulla è stato scritto. Per sostituirlo importare di nuovo con --replace (la versione attuale resta nello storico).`,
  unknownEntity: (lang: Lang, entityId: string, known: string[]) =>
    (lang === 'en' ? `Unknown entity "${entityId}".` : `Ente sconosciuto: "${entityId}".`) +
    (known.length === 0
      ? lang === 'en'
        ? ' The archive holds no entity yet.'
        : " L'archivio non contiene ancora alcun ente."
      : lang === 'en'
        ? ` Stored entities: ${list(known)}.`
        : ` Enti archiviati: ${list(known)}.`),
  unknownPlan: (lang: Lang, entityId: string, planId: string, plans: string[]) =>
    lang === 'en'
      ? `Entity "${entityId}" has no plan "${planId}". Its plans: ${list(plans)}.`
      : `L'ente "${entityId}" non ha un piano "${planId}". I suoi piani: ${list(plans)}.`,
  noPlans: (lang: Lang, entityId: string) =>
    lang === 'en' ? `Entity "${entityId}" has no stored plan.` : `L'ente "${entityId}" non ha piani archiviati.`,
  ambiguousPlan: (lang: Lang, entityId: string, plans: string[]) =>
    lang === 'en'
      ? `Entity "${entityId}" has ${plans.length} plans: ${list(plans)}. Choose one with --plan.`
      : `L'ente "${entityId}" ha ${plans.length} piani: ${list(plans)}. Sceglierne uno con --plan.`,
  databaseFailure: (lang: Lang, pointer: string, detail: string) =>
    lang === 'en'
      ? `Import cancelled, nothing was written: the database refused ${pointer}: ${detail}`
      : `Importazione annullata, nulla è stato scritto: il database ha rifiutato ${pointer}: ${detail}`,
};
