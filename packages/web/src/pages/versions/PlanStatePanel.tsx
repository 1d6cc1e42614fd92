import { useState } from 'react';
import { formatDate } from '@performa/core';
import { useApiMutation } from '../../api/hooks.js';
import { ErrorAlert } from '../../components/Status.js';
import { useLang } from '../../i18n/lang.js';
import { useHasRole } from '../../layout/auth.js';
import { usePlan } from '../../layout/usePlan.js';

const STATES = ['bozza', 'adottato', 'in_monitoraggio', 'chiuso', 'validato'] as const;
const AFFECTED = ['getPlan', 'listEntities', 'listVersions'] as const;

/** The plan's state in the cycle (bozza → adottato → in monitoraggio → chiuso → validato) and its next step. */
export function PlanStatePanel() {
  const { t } = useLang();
  const { plan, sel } = usePlan();
  const controllo = useHasRole(sel.entityId, 'controllo');
  const oiv = useHasRole(sel.entityId, 'oiv');
  const written = /del (\d{2})\/(\d{2})\/(\d{4})/.exec(plan.act ?? '');
  const [act, setAct] = useState(plan.act ?? '');
  const [actDate, setActDate] = useState(written ? `${written[3]}-${written[2]}-${written[1]}` : '');
  const adopt = useApiMutation('adoptPlan', [...AFFECTED]);
  const start = useApiMutation('startMonitoring', [...AFFECTED]);
  const close = useApiMutation('closePlan', [...AFFECTED]);
  const validate = useApiMutation('validatePlan', [...AFFECTED]);
  const params = { entityId: sel.entityId, planId: sel.planId };
  const i = STATES.indexOf(plan.state);
  return (
    <section className="panel" aria-labelledby="state-title">
      <h2 id="state-title">{t('ver.state')}</h2>
      <ol className="d-flex flex-wrap gap-2 list-unstyled mb-3" aria-label={t('ver.state')}>
        {STATES.map((s, j) => (
          <li key={s} className={`verdict verdict-sm ${j === i ? 'verdict-success' : 'verdict-neutral'}`} aria-current={j === i ? 'step' : undefined}>
            {j < i ? '✓ ' : j === i ? '● ' : ''}{t(`planState.${s}` as never)}
          </li>
        ))}
      </ol>
      <p className="mb-2" data-testid="plan-state">
        {t('common.state')}: <strong>{t(`planState.${plan.state}` as never)}</strong> · {t('ctx.version', { n: plan.version })}
        {plan.adoption && <> · {plan.adoption.act.includes(formatDate(plan.adoption.date)) ? t('ver.adoptedWith', { act: plan.adoption.act }) : t('ver.adoptedBy', { act: plan.adoption.act, d: formatDate(plan.adoption.date) })}</>}
        {!plan.adoption && plan.act && <> · {plan.act}</>}
      </p>
      {controllo && plan.state === 'bozza' && (
        <div className="d-flex flex-wrap gap-2 align-items-end">
          <div>
            <label htmlFor="adopt-act" className="form-label small fw-semibold mb-0 d-block">{t('ver.adoptAct')}</label>
            <input id="adopt-act" className="form-control form-control-sm" style={{ minWidth: 320 }} value={act} onChange={(e) => setAct(e.target.value)} />
          </div>
          <div>
            <label htmlFor="adopt-date" className="form-label small fw-semibold mb-0 d-block">{t('common.date')}</label>
            <input id="adopt-date" type="date" className="form-control form-control-sm" value={actDate} onChange={(e) => setActDate(e.target.value)} />
          </div>
          <button type="button" className="btn btn-primary btn-sm" disabled={!act.trim() || !actDate || adopt.isPending} onClick={() => adopt.mutate({ params, body: { act, actDate } })}>{t('ver.adopt')}</button>
        </div>
      )}
      {controllo && plan.state === 'adottato' && <button type="button" className="btn btn-primary btn-sm" onClick={() => start.mutate({ params, body: {} })}>{t('ver.startMonitoring')}</button>}
      {controllo && plan.state === 'in_monitoraggio' && <button type="button" className="btn btn-primary btn-sm" onClick={() => close.mutate({ params, body: {} })}>{t('ver.close')}</button>}
      {oiv && plan.state === 'chiuso' && <button type="button" className="btn btn-primary btn-sm" onClick={() => validate.mutate({ params, body: {} })}>{t('ver.validate')}</button>}
      {[adopt, start, close, validate].map((m, k) => <ErrorAlert key={k} error={m.error} />)}
    </section>
  );
}
