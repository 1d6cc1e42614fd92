import { useState } from 'react';
import type { ResolvedMethodology } from '@performa/core';
import { useApiMutation } from '../../api/hooks.js';
import type { MethodologyInfo } from '../../api/types.js';
import { ErrorAlert } from '../../components/Status.js';
import { useLang } from '../../i18n/lang.js';
import { usePlan } from '../../layout/usePlan.js';

/** Saves the methodology: in place while the plan is a draft, as a new version (act and date) after adoption. */
export function SaveBar({ info, m, onReset }: { info: MethodologyInfo; m: ResolvedMethodology; onReset(): void }) {
  const { t } = useLang();
  const { sel } = usePlan();
  const [reason, setReason] = useState('');
  const [act, setAct] = useState('');
  const [actDate, setActDate] = useState('');
  const save = useApiMutation('updateMethodology', ['getMethodology', 'getPlan', 'getDashboard', 'getTree', 'getObjective', 'getResults', 'getMonitoring', 'listVersions']);
  const needsAct = !info.editableInPlace;
  const submit = () =>
    save.mutate({
      params: { entityId: sel.entityId, planId: sel.planId },
      body: { methodology: { ...info.methodology, ...m }, ...(reason ? { reason } : {}), ...(needsAct ? { act, actDate } : {}) },
    });
  return (
    <section className="panel" aria-labelledby="save-title">
      <h2 id="save-title" className="h5">{t('meth.save')}</h2>
      {needsAct && <p className="small">{t('meth.needsAct')}</p>}
      <label htmlFor="meth-reason" className="form-label small fw-semibold">{t('common.reason')}</label>
      <textarea id="meth-reason" className="form-control mb-2" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      {needsAct && (
        <div className="row g-2 mb-2">
          <div className="col-7">
            <label htmlFor="meth-act" className="form-label small fw-semibold">{t('common.act')}</label>
            <input id="meth-act" className="form-control" value={act} onChange={(e) => setAct(e.target.value)} />
          </div>
          <div className="col-5">
            <label htmlFor="meth-date" className="form-label small fw-semibold">{t('common.date')}</label>
            <input id="meth-date" type="date" className="form-control" value={actDate} onChange={(e) => setActDate(e.target.value)} />
          </div>
        </div>
      )}
      <ErrorAlert error={save.error} />
      <div className="d-flex gap-2">
        <button type="button" className="btn btn-primary btn-sm" onClick={submit} disabled={save.isPending || (needsAct && (!act.trim() || !actDate))}>{t('common.save')}</button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onReset}>{t('common.cancel')}</button>
      </div>
    </section>
  );
}
