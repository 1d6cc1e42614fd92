import { formatDate } from '@performa/core';
import { Link } from 'react-router-dom';
import { useApi } from '../api/hooks.js';
import { EntryStateBadge } from '../components/EntryStateBadge.js';
import { QueryState } from '../components/Status.js';
import { useLang } from '../i18n/lang.js';
import { planPath } from '../layout/selection.js';
import { usePlan } from '../layout/usePlan.js';

/** Dati mancanti: indicators without a submitted value, per unit, with due dates and delays. */
export function MissingPage() {
  const { t } = useLang();
  const { sel } = usePlan();
  const q = useApi('getMissingData', { params: { entityId: sel.entityId, planId: sel.planId }, query: { period: sel.period } });
  return (
    <>
      <h1>{t('nav.mancanti')}</h1>
      <QueryState q={q}>
        {(rows) => (
          <section className="panel">
            {rows.length === 0 ? (
              <p className="mb-0">{t('miss.none')}</p>
            ) : (
              <table className="table table-sm table-dense mb-0" data-testid="missing-table">
                <thead>
                  <tr>
                    <th scope="col">{t('entry.unit')}</th>
                    <th scope="col">{t('obj.indicator')}</th>
                    <th scope="col">{t('common.state')}</th>
                    <th scope="col">{t('per.due')}</th>
                    <th scope="col">{t('miss.late')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={`${r.unit.id}:${r.indicator.id}:${r.period}`}>
                      <td>{r.unit.name}</td>
                      <td><Link to={planPath(sel, `indicatori/${encodeURIComponent(r.indicator.id)}`)}>{r.indicator.name}</Link></td>
                      <td><EntryStateBadge state={r.state} /></td>
                      <td>{r.dueDate ? formatDate(r.dueDate) : '–'}</td>
                      <td className="text-nowrap">{r.overdue ? <span className="verdict verdict-sm verdict-danger">{t('miss.overdue', { n: r.daysLate ?? 0 })}</span> : t('miss.inTime')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        )}
      </QueryState>
    </>
  );
}
