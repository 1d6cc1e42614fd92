import { useLocation, useNavigate } from 'react-router-dom';
import { useApi } from '../api/hooks.js';
import { useLang } from '../i18n/lang.js';
import { defaultPeriod, planPath, type Selection } from './selection.js';

/** Entity, plan and period pickers; changing one keeps the current page. */
export function ContextBar({ sel }: { sel: Selection }) {
  const { t } = useLang();
  const nav = useNavigate();
  const loc = useLocation();
  const entities = useApi('listEntities', {}).data ?? [];
  const entity = entities.find((e) => e.id === sel.entityId);
  const plan = entity?.plans.find((p) => p.id === sel.planId);
  const page = loc.pathname.split('/')[4] ?? 'cruscotto';
  const keepPage = ['obiettivi', 'indicatori'].includes(page) ? 'cruscotto' : page;
  const go = (entityId: string, planId: string, period: string) =>
    nav(planPath({ entityId, planId, period }, keepPage));

  return (
    <form className="context-bar" aria-label={t('ctx.label')} onSubmit={(e) => e.preventDefault()}>
      <div>
        <label htmlFor="ctx-entity">{t('ctx.entity')}</label>
        <select id="ctx-entity" value={sel.entityId} onChange={(e) => {
          const next = entities.find((x) => x.id === e.target.value);
          const p = next?.plans[0];
          if (next && p) go(next.id, p.id, defaultPeriod(p.periods));
        }}>
          {entities.map((e) => (
            <option key={e.id} value={e.id}>{e.name}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="ctx-plan">{t('ctx.plan')}</label>
        <select id="ctx-plan" value={sel.planId} onChange={(e) => {
          const p = entity?.plans.find((x) => x.id === e.target.value);
          if (p) go(sel.entityId, p.id, defaultPeriod(p.periods));
        }}>
          {(entity?.plans ?? []).map((p) => (
            <option key={p.id} value={p.id}>{p.title ?? p.id}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="ctx-period">{t('ctx.period')}</label>
        <select id="ctx-period" value={sel.period} onChange={(e) => go(sel.entityId, sel.planId, e.target.value)}>
          {(plan?.periods ?? []).map((p) => (
            <option key={p.id} value={p.id}>{p.id}{p.state === 'chiuso' ? ` (${t('period.closed')})` : ''}</option>
          ))}
        </select>
      </div>
    </form>
  );
}
