import { useState } from 'react';
import { useApiMutation } from '../../api/hooks.js';
import { ErrorAlert } from '../../components/Status.js';
import { useLang } from '../../i18n/lang.js';
import { usePlan } from '../../layout/usePlan.js';
import { parseItalianNumber } from '../entry/draft.js';

/** Proposes an override of an objective's (or one assignment's) score, with its reason. */
export function ProposeForm() {
  const { t } = useLang();
  const { sel } = usePlan();
  const [f, setF] = useState({ objective: '', indicator: '', score: '100', reason: '' });
  const [err, setErr] = useState<string | null>(null);
  const m = useApiMutation('proposeOverride', ['listOverrides']);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const submit = () => {
    const pct = parseItalianNumber(f.score);
    if (pct === null || pct < 0) return setErr(t('ovr.badScore'));
    if (!f.reason.trim()) return setErr(t('ovr.reasonRequired'));
    setErr(null);
    m.mutate(
      { params: { entityId: sel.entityId, planId: sel.planId }, body: { objective: f.objective.trim(), indicator: f.indicator.trim() || null, period: sel.period, score: pct / 100, reason: f.reason } },
      { onSuccess: () => setF({ objective: '', indicator: '', score: '100', reason: '' }) },
    );
  };
  const field = (k: keyof typeof f, label: string, width: number) => (
    <div>
      <label htmlFor={`ovr-${k}`} className="form-label small fw-semibold mb-0 d-block">{label}</label>
      <input id={`ovr-${k}`} className="form-control form-control-sm" style={{ width }} value={f[k]} onChange={set(k)} />
    </div>
  );
  return (
    <section className="panel" aria-labelledby="propose-title">
      <h2 id="propose-title">{t('ovr.propose')}</h2>
      <div className="d-flex flex-wrap gap-3 align-items-end mb-2">
        {field('objective', t('ver.objective'), 160)}
        {field('indicator', t('ovr.indicatorOptional'), 200)}
        {field('score', t('ovr.scorePct'), 110)}
        {field('reason', t('common.reason'), 380)}
      </div>
      {err && <div className="field-error" role="alert">{err}</div>}
      <ErrorAlert error={m.error} />
      <button type="button" className="btn btn-primary btn-sm" onClick={submit} disabled={m.isPending || !f.objective.trim()}>{t('ovr.proposeBtn')}</button>
    </section>
  );
}
