import { api } from '../../api/client.js';
import { useLang } from '../../i18n/lang.js';
import type { Selection } from '../../layout/selection.js';

/** Downloads of the selected plan (performa/1) and of its results for the period (performa/1-results). */
export function ExportPanel({ sel }: { sel: Selection }) {
  const { t } = useLang();
  const params = { entityId: sel.entityId, planId: sel.planId };
  return (
    <section className="panel" aria-labelledby="exp-title">
      <h2 id="exp-title">{t('exp.title')}</h2>
      <ul>
        <li><a href={api.url('exportPlan', { params })} download>{t('exp.plan', { plan: sel.planId })}</a></li>
        {sel.period && <li><a href={api.url('exportResults', { params, query: { period: sel.period } })} download>{t('exp.results', { p: sel.period })}</a></li>}
        {sel.period && <li><a href={api.url('exportResults', { params, query: { period: sel.period, explain: 'true' } })} download>{t('exp.resultsExplain', { p: sel.period })}</a></li>}
      </ul>
    </section>
  );
}
