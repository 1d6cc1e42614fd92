import { formatDateTime } from '@performa/core';
import { useApi } from '../api/hooks.js';
import { useLang } from '../i18n/lang.js';
import { QueryState } from './Status.js';

function brief(v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  const keys = ['state', 'value', 'numerator', 'denominator', 'status', 'score', 'comment', 'note'].filter((k) => o[k] !== undefined && o[k] !== null);
  return keys.length ? keys.map((k) => `${k}: ${JSON.stringify(o[k])}`).join(', ') : JSON.stringify(v).slice(0, 160);
}

/** An object's history from the audit trail: who, when, what changed, why. */
export function HistoryPanel({ entityId, objectType, objectId, title }: { entityId: string; objectType: string; objectId: string; title?: string }) {
  const { t, lang } = useLang();
  const q = useApi('getHistory', { params: { entityId }, query: { objectType, objectId } });
  return (
    <section className="panel" aria-label={title ?? t('obj.history')} data-testid={`history-${objectType}`}>
      <h2>{title ?? t('obj.history')}</h2>
      <QueryState q={q}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="muted mb-0">{t('history.empty')}</p>
          ) : (
            <table className="table table-sm table-dense mb-0">
              <thead>
                <tr>
                  <th scope="col">{t('common.when')}</th>
                  <th scope="col">{t('common.who')}</th>
                  <th scope="col">{t('history.action')}</th>
                  <th scope="col">{t('history.before')}</th>
                  <th scope="col">{t('history.after')}</th>
                  <th scope="col">{t('common.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.seq}>
                    <td>{formatDateTime(r.at, lang)}</td>
                    <td>{r.actor?.name ?? '–'}</td>
                    <td>{r.action}</td>
                    <td className="small">{brief(r.before)}</td>
                    <td className="small">{brief(r.after)}</td>
                    <td>{r.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
