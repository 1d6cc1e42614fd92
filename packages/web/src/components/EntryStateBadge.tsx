import { useLang } from '../i18n/lang.js';

const TONE: Record<string, string> = { vuoto: 'neutral', bozza: 'neutral', inviato: 'warning', validato: 'success', restituito: 'danger' };

/** The workflow state of a value, in words (bozza, inviato, validato, restituito). */
export function EntryStateBadge({ state }: { state: string }) {
  const { t } = useLang();
  return <span className={`verdict verdict-sm verdict-${TONE[state] ?? 'neutral'}`} data-state={state}>{t(`entryState.${state}` as never)}</span>;
}
