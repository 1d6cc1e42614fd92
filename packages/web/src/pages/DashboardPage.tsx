import { Link } from 'react-router-dom';
import { useApi } from '../api/hooks.js';
import { KpiCard } from '../components/KpiCard.js';
import { Score, ScoreBar } from '../components/Score.js';
import { QueryState } from '../components/Status.js';
import { VerdictBadge } from '../components/VerdictBadge.js';
import { useLang } from '../i18n/lang.js';
import { planPath } from '../layout/selection.js';
import { usePlan } from '../layout/usePlan.js';
import { BandCounts } from './dashboard/BandCounts.js';
import { BelowTargetTable } from './dashboard/BelowTargetTable.js';
import { TrendChart } from './dashboard/TrendChart.js';
import { UnitsTable } from './dashboard/UnitsTable.js';

/** Cruscotto: entity score, bands, areas, perspectives, units, objectives below target, trend. */
export function DashboardPage() {
  const { t } = useLang();
  const { plan, sel } = usePlan();
  const q = useApi('getDashboard', { params: { entityId: sel.entityId, planId: sel.planId }, query: { period: sel.period } });
  const objHref = (id: string) => planPath(sel, `obiettivi/${encodeURIComponent(id)}`);
  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="mb-0">{t('dash.title')}</h1>
          <p className="muted mb-0">{plan.entityName} · {plan.title ?? plan.id} · {t('ctx.period')} {sel.period}</p>
        </div>
      </div>
      <QueryState q={q}>
        {(d) => (
          <>
            <div className="row g-3 mb-4">
              <div className="col-lg-5">
                <section className="panel h-100" aria-labelledby="entity-score" data-testid="entity-score">
                  <h2 id="entity-score">{t('dash.entityScore')}</h2>
                  <div className="d-flex align-items-center gap-3 flex-wrap mb-2">
                    <Score score={d.entity.score} status={d.entity.status} big />
                    <VerdictBadge verdict={d.entity.verdict} status={d.entity.status} />
                  </div>
                  <ScoreBar score={d.entity.score} verdict={d.entity.verdict} />
                  <p className="small muted mt-2 mb-0">{d.entity.name}</p>
                </section>
              </div>
              <div className="col-lg-7">
                <BandCounts counts={d.verdictCounts} toTree={planPath(sel, 'albero')} />
              </div>
            </div>
            <section aria-labelledby="areas-title" className="mb-4">
              <h2 id="areas-title">{t('dash.areas')}</h2>
              <div className="kpi-grid">
                {d.areas.map((a) => <KpiCard key={a.id} id={a.id} name={`${a.id} – ${a.name}`} result={a} to={objHref(a.id)} />)}
              </div>
            </section>
            {d.perspectives.length > 0 && (
              <section aria-labelledby="bsc-title" className="mb-4">
                <h2 id="bsc-title">{t('dash.perspectives')}</h2>
                <div className="kpi-grid">
                  {d.perspectives.map((p) => <KpiCard key={p.id} id={p.id} name={p.name} result={p} />)}
                </div>
              </section>
            )}
            <div className="row g-3">
              <div className="col-xl-6">
                <BelowTargetTable rows={d.belowTarget} hrefOf={objHref} />
              </div>
              <div className="col-xl-6">
                <TrendChart trend={d.trend} areas={d.areas} />
              </div>
            </div>
            <UnitsTable units={d.units} />
            <p className="small"><Link to={planPath(sel, 'albero')}>{t('nav.albero')} →</Link></p>
          </>
        )}
      </QueryState>
    </>
  );
}
