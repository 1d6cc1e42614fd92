import { useState } from 'react';
import { formatDate } from '@performa/core';
import { useApi, useApiMutation } from '../api/hooks.js';
import type { PeriodInfo } from '../api/types.js';
import { HistoryPanel } from '../components/HistoryPanel.js';
import { ErrorAlert, QueryState } from '../components/Status.js';
import { useLang } from '../i18n/lang.js';
import { useHasRole } from '../layout/auth.js';
import { usePlan } from '../layout/usePlan.js';

const AFFECTED = ['listPeriods', 'getPlan', 'listEntities', 'getEntryForm', 'getMissingData'] as const;

/** Periodi: open and close (lock) the periods; reopening needs a reason and is audited. */
export function PeriodsPage() {
  const { t } = useLang();
  const { sel } = usePlan();
  const q = useApi('listPeriods', { params: { entityId: sel.entityId, planId: sel.planId } });
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  return (
    <>
      <h1>{t('nav.periodi')}</h1>
      <QueryState q={q}>
        {(periods) => (
          <section className="panel">
            <table className="table table-sm table-dense mb-0" data-testid="periods-table">
              <thead>
                <tr>
                  <th scope="col">{t('ctx.period')}</th>
                  <th scope="col">{t('per.dates')}</th>
                  <th scope="col">{t('common.state')}</th>
                  <th scope="col">{t('per.due')}</th>
                  <th scope="col">{t('per.version')}</th>
                  <th scope="col">{t('per.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {periods.map((p) => <PeriodRow key={p.id} p={p} onHistory={() => setHistoryOf(p.id)} />)}
              </tbody>
            </table>
          </section>
        )}
      </QueryState>
      {historyOf && <HistoryPanel entityId={sel.entityId} objectType="period" objectId={`${sel.planId}/${historyOf}`} title={`${t('obj.history')} – ${historyOf}`} />}
    </>
  );
}

function PeriodRow({ p, onHistory }: { p: PeriodInfo; onHistory(): void }) {
  const { t } = useLang();
  const { sel } = usePlan();
  const canManage = useHasRole(sel.entityId, 'controllo');
  const [reason, setReason] = useState('');
  const [reopening, setReopening] = useState(false);
  const close = useApiMutation('closePeriod', [...AFFECTED]);
  const reopen = useApiMutation('reopenPeriod', [...AFFECTED]);
  const params = { entityId: sel.entityId, planId: sel.planId, periodId: p.id };
  const closed = p.state === 'chiuso';
  return (
    <tr data-testid={`period-${p.id}`}>
      <th scope="row">{p.id}</th>
      <td>{formatDate(p.start)} – {formatDate(p.end)}</td>
      <td>
        <span className={`verdict verdict-sm ${closed ? 'verdict-danger' : 'verdict-success'}`}>{closed ? `🔒 ${t('period.closed')}` : t('period.open')}</span>
        {p.reopenReason && <div className="small muted">{t('per.reopened')}: {p.reopenReason}</div>}
      </td>
      <td>{p.dueDate ? formatDate(p.dueDate) : '–'}</td>
      <td>{p.version}</td>
      <td>
        {canManage && !closed && (
          <button type="button" className="btn btn-outline-danger btn-sm me-2" onClick={() => close.mutate({ params, body: {} })} disabled={close.isPending}>{t('per.close')}</button>
        )}
        {canManage && closed && !reopening && (
          <button type="button" className="btn btn-outline-primary btn-sm me-2" onClick={() => setReopening(true)}>{t('per.reopen')}</button>
        )}
        {reopening && (
          <div className="d-flex gap-2 align-items-end my-1">
            <div>
              <label htmlFor={`reopen-${p.id}`} className="form-label small fw-semibold mb-0 d-block">{t('per.reopenReason')}</label>
              <input id={`reopen-${p.id}`} className="form-control form-control-sm" value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
            <button type="button" className="btn btn-primary btn-sm" disabled={!reason.trim() || reopen.isPending}
              onClick={() => reopen.mutateAsync({ params, body: { reason } }).then(() => { setReopening(false); setReason(''); }, () => undefined)}>{t('common.confirm')}</button>
          </div>
        )}
        <button type="button" className="btn btn-link btn-sm p-0" onClick={onHistory}>{t('obj.history')}</button>
        <ErrorAlert error={close.error ?? reopen.error} />
      </td>
    </tr>
  );
}
