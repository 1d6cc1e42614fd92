import { useState } from 'react';
import { useApiMutation } from '../../api/hooks.js';
import type { MonitoringRow } from '../../api/types.js';
import { ErrorAlert } from '../../components/Status.js';
import { useLang } from '../../i18n/lang.js';
import { usePlan } from '../../layout/usePlan.js';

/** Adds a monitoring note (cause of the deviation, corrective action) to an objective or indicator. */
export function NoteEditor({ row, period, onClose }: { row: MonitoringRow; period: string; onClose(): void }) {
  const { t } = useLang();
  const { sel } = usePlan();
  const [cause, setCause] = useState('');
  const [action, setAction] = useState('');
  const save = useApiMutation('saveMonitoringNote', ['getMonitoring']);
  const submit = async () => {
    await save.mutateAsync({ params: { entityId: sel.entityId, planId: sel.planId }, body: { period, objective: row.objective, indicator: row.indicator, cause: cause || null, action: action || null } });
    onClose();
  };
  return (
    <section className="border rounded p-3 mb-3 bg-light" aria-label={t('mon.addNote')}>
      <h2 className="h6">{t('mon.addNote')}: {row.indicator ?? row.objective} – {row.name}</h2>
      <div className="row g-2">
        <div className="col-md-6">
          <label htmlFor="note-cause" className="form-label small fw-semibold">{t('mon.cause')}</label>
          <textarea id="note-cause" className="form-control" rows={2} value={cause} onChange={(e) => setCause(e.target.value)} />
        </div>
        <div className="col-md-6">
          <label htmlFor="note-action" className="form-label small fw-semibold">{t('mon.action')}</label>
          <textarea id="note-action" className="form-control" rows={2} value={action} onChange={(e) => setAction(e.target.value)} />
        </div>
      </div>
      <ErrorAlert error={save.error} />
      <div className="d-flex gap-2 mt-2">
        <button type="button" className="btn btn-primary btn-sm" onClick={submit} disabled={save.isPending || (!cause.trim() && !action.trim())}>{t('common.save')}</button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onClose}>{t('common.cancel')}</button>
      </div>
    </section>
  );
}
