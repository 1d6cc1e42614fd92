import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatNumber } from '@performa/core';
import { useApi, useApiMutation, type ApiError } from '../api/hooks.js';
import type { QueueRow } from '../api/types.js';
import { ErrorAlert, QueryState } from '../components/Status.js';
import { useLang } from '../i18n/lang.js';
import { planPath } from '../layout/selection.js';
import { usePlan } from '../layout/usePlan.js';
import { formatTarget, formatValue } from '../model/format.js';

const AFFECTED = ['listValidationQueue', 'getEntryForm', 'getResults', 'getDashboard', 'getTree', 'getObjective', 'getIndicator', 'getMonitoring', 'getMissingData'] as const;

/** Validazione: the values submitted by the dirigente's units; approve, or return with a comment. */
export function ValidationPage() {
  const { t } = useLang();
  const { sel } = usePlan();
  const q = useApi('listValidationQueue', { params: { entityId: sel.entityId, planId: sel.planId }, query: { period: sel.period } });
  return (
    <>
      <h1>{t('nav.validazione')}</h1>
      <QueryState q={q}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="panel">{t('valid.empty')}</p>
          ) : (
            <>{rows.map((r) => <QueueItem key={`${r.indicator}:${r.entry.version}`} row={r} />)}</>
          )
        }
      </QueryState>
    </>
  );
}

function QueueItem({ row }: { row: QueueRow }) {
  const { t, lang } = useLang();
  const { sel } = usePlan();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [err, setErr] = useState<string | null>(null);
  const approve = useApiMutation('approveEntry', [...AFFECTED]);
  const ret = useApiMutation('returnEntry', [...AFFECTED]);
  const params = { entityId: sel.entityId, planId: sel.planId, indicatorId: row.indicator, periodId: row.entry.period };
  const idp = `v-${row.indicator.replace(/[^\w-]/g, '_')}`;
  const e = row.entry;
  const ratio = e.value === null && e.numerator !== null && e.denominator ? (e.numerator / e.denominator) * (row.unit === '%' ? 100 : 1) : null;
  const value = e.status ? t(`status.${e.status}`) : formatValue(ratio ?? e.value, row.unit, lang);
  const doReturn = async () => {
    if (!comment.trim()) return setErr(t('valid.commentRequired'));
    setErr(null);
    await ret.mutateAsync({ params, body: { expectedVersion: e.version, comment } }).catch((x: ApiError) => setErr(x.message));
  };
  return (
    <section className="panel" aria-labelledby={`${idp}-t`} data-testid={`queue-${row.indicator}`}>
      <h2 id={`${idp}-t`} className="h5"><Link to={planPath(sel, `indicatori/${encodeURIComponent(row.indicator)}`)}>{row.name}</Link></h2>
      <div className="row small">
        <div className="col-md-4">
          <div className="muted">{t('ind.value')}</div>
          <div className="fs-5 fw-semibold">{value}</div>
          {e.numerator !== null && e.denominator !== null && (
            <div>{formatNumber(e.numerator, 2, { fixed: false, locale: lang })} / {formatNumber(e.denominator, 2, { fixed: false, locale: lang })}</div>
          )}
          {e.note && <div className="mt-1">{t('common.notes')}: {e.note}</div>}
        </div>
        <div className="col-md-5">
          <div className="muted">{t('ind.target')}</div>
          <ul className="mb-0">{row.objectives.map((o) => <li key={o.id}>{o.id}: {formatTarget(o.target, row.unit, lang)}</li>)}</ul>
        </div>
        <div className="col-md-3">
          <div className="muted">{t('valid.submittedBy')}</div>
          <div>{row.submittedBy?.name ?? '–'}</div>
        </div>
      </div>
      <ErrorAlert error={approve.error} />
      {err && <div className="field-error" role="alert">{err}</div>}
      {returning ? (
        <div className="mt-2">
          <label htmlFor={`${idp}-c`} className="form-label small fw-semibold">{t('valid.comment')}</label>
          <textarea id={`${idp}-c`} className="form-control" rows={2} value={comment} onChange={(x) => setComment(x.target.value)} />
          <div className="d-flex gap-2 mt-2">
            <button type="button" className="btn btn-danger btn-sm" onClick={doReturn} disabled={ret.isPending}>{t('valid.confirmReturn')}</button>
            <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => setReturning(false)}>{t('common.cancel')}</button>
          </div>
        </div>
      ) : (
        row.can.validate && (
          <div className="d-flex gap-2 mt-2">
            <button type="button" className="btn btn-success btn-sm" onClick={() => approve.mutate({ params, body: { expectedVersion: e.version } })} disabled={approve.isPending}>{t('valid.approve')}</button>
            <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setReturning(true)}>{t('valid.return')}</button>
          </div>
        )
      )}
    </section>
  );
}
