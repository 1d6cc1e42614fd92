import { useState } from 'react';
import { useApiMutation } from '../../api/hooks.js';
import type { Override } from '../../api/types.js';
import { ErrorAlert } from '../../components/Status.js';
import { useLang } from '../../i18n/lang.js';
import { useHasRole } from '../../layout/auth.js';
import { usePlan } from '../../layout/usePlan.js';

const AFFECTED = ['listOverrides', 'getDashboard', 'getTree', 'getObjective', 'getResults', 'getMonitoring'] as const;

/** Approve or reject a proposed override (OIV); a rejection needs a note. */
export function DecideButtons({ o }: { o: Override }) {
  const { t } = useLang();
  const { sel } = usePlan();
  const canDecide = useHasRole(sel.entityId, 'oiv');
  const [note, setNote] = useState('');
  const approve = useApiMutation('approveOverride', [...AFFECTED]);
  const reject = useApiMutation('rejectOverride', [...AFFECTED]);
  if (!canDecide) return <span className="small muted">{t('ovr.waiting')}</span>;
  const params = { entityId: sel.entityId, planId: sel.planId, overrideId: o.id };
  return (
    <div style={{ minWidth: 220 }}>
      <label htmlFor={`ovr-note-${o.id}`} className="form-label small fw-semibold mb-0">{t('ovr.note')}</label>
      <input id={`ovr-note-${o.id}`} className="form-control form-control-sm mb-1" value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="d-flex gap-2">
        <button type="button" className="btn btn-success btn-sm" disabled={approve.isPending} onClick={() => approve.mutate({ params, body: note ? { note } : {} })}>{t('ovr.approve')}</button>
        <button type="button" className="btn btn-outline-danger btn-sm" disabled={!note.trim() || reject.isPending} onClick={() => reject.mutate({ params, body: { note } })}>{t('ovr.reject')}</button>
      </div>
      <ErrorAlert error={approve.error ?? reject.error} />
    </div>
  );
}
