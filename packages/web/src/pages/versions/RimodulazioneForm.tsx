import { useState } from 'react';
import { useApiMutation } from '../../api/hooks.js';
import { ErrorAlert } from '../../components/Status.js';
import { useLang } from '../../i18n/lang.js';
import { usePlan } from '../../layout/usePlan.js';
import { parseItalianNumber } from '../entry/draft.js';

const OPS = ['>=', '>', '<=', '<', '=', 'by', 'yes', 'monitor'] as const;
const AFFECTED = ['listVersions', 'compareVersions', 'getPlan', 'listEntities', 'getDashboard', 'getTree', 'getObjective', 'getIndicator', 'getResults', 'getMonitoring'] as const;

/** A target change: in place while the plan is a draft, a rimodulazione (new version, act, date, reason) after adoption. */
export function RimodulazioneForm() {
  const { t } = useLang();
  const { plan, sel } = usePlan();
  const [f, setF] = useState({ objective: '', indicator: '', period: sel.period, op: '>=' as (typeof OPS)[number], value: '', date: '', reason: '', act: '', actDate: '' });
  const [done, setDone] = useState<string | null>(null);
  const version = useApiMutation('createVersion', [...AFFECTED]);
  const edit = useApiMutation('editPlan', [...AFFECTED]);
  const draft = plan.state === 'bozza';
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const target = f.op === 'by' ? { op: f.op, date: f.date } : f.op === 'yes' || f.op === 'monitor' ? { op: f.op } : { op: f.op, value: parseItalianNumber(f.value) };
  const change = { type: 'target' as const, objective: f.objective.trim(), indicator: f.indicator.trim(), period: f.period, target, reason: f.reason };
  const params = { entityId: sel.entityId, planId: sel.planId };
  const submit = async () => {
    setDone(null);
    if (draft) await edit.mutateAsync({ params, body: { changes: [change] } });
    else {
      const v = await version.mutateAsync({ params, body: { act: f.act, actDate: f.actDate, changes: [change] } });
      setDone(t('ver.created', { n: v.version }));
    }
  };
  const field = (k: keyof typeof f, label: string, type = 'text', width = 160) => (
    <div>
      <label htmlFor={`rim-${k}`} className="form-label small fw-semibold mb-0 d-block">{label}</label>
      <input id={`rim-${k}`} type={type} className="form-control form-control-sm" style={{ width }} value={f[k]} onChange={set(k)} />
    </div>
  );
  return (
    <section className="panel" aria-labelledby="rim-title">
      <h2 id="rim-title">{draft ? t('ver.editTarget') : t('ver.rimodulazione')}</h2>
      <p className="small muted">{draft ? t('ver.editHint') : t('ver.rimHint')}</p>
      <div className="d-flex flex-wrap gap-3 align-items-end mb-2">
        {field('objective', t('ver.objective'))}
        {field('indicator', t('obj.indicator'))}
        <div>
          <label htmlFor="rim-period" className="form-label small fw-semibold mb-0 d-block">{t('ctx.period')}</label>
          <select id="rim-period" className="form-select form-select-sm" value={f.period} onChange={set('period')}>
            {plan.periods.map((p) => <option key={p.id} value={p.id}>{p.id}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="rim-op" className="form-label small fw-semibold mb-0 d-block">{t('ver.op')}</label>
          <select id="rim-op" className="form-select form-select-sm" value={f.op} onChange={set('op')}>
            {OPS.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        </div>
        {f.op === 'by' ? field('date', t('common.date'), 'date') : f.op !== 'yes' && f.op !== 'monitor' && field('value', t('ind.target'), 'text', 120)}
      </div>
      <div className="d-flex flex-wrap gap-3 align-items-end mb-2">
        {field('reason', t('common.reason'), 'text', 360)}
        {!draft && field('act', t('common.act'), 'text', 280)}
        {!draft && field('actDate', t('common.date'), 'date')}
      </div>
      <ErrorAlert error={version.error ?? edit.error} />
      {done && <p className="text-success" role="status">{done}</p>}
      <button type="button" className="btn btn-primary btn-sm" onClick={() => submit().catch(() => undefined)}
        disabled={version.isPending || edit.isPending || !f.objective || !f.indicator || !f.reason.trim() || (!draft && (!f.act.trim() || !f.actDate))}>
        {draft ? t('common.save') : t('ver.createVersion')}
      </button>
    </section>
  );
}
