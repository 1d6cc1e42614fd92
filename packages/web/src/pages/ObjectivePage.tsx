import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatPercent, type Explanation } from '@performa/core';
import { useApi } from '../api/hooks.js';
import type { ObjectiveCard } from '../api/types.js';
import { useBands } from '../components/bands.js';
import { HistoryPanel } from '../components/HistoryPanel.js';
import { Score } from '../components/Score.js';
import { QueryState } from '../components/Status.js';
import { VerdictBadge } from '../components/VerdictBadge.js';
import { useLang } from '../i18n/lang.js';
import { planPath } from '../layout/selection.js';
import { usePlan } from '../layout/usePlan.js';
import { LEVEL_TERM } from '../model/levels.js';
import { ExplainPanel } from './objective/ExplainPanel.js';
import { IndicatorTable } from './objective/IndicatorTable.js';
import { ChildrenTable } from './objective/ChildrenTable.js';

/** Scheda obiettivo, shaped like the objective cards of a Relazione sulla performance. */
export function ObjectivePage() {
  const { objectiveId = '' } = useParams();
  const { sel } = usePlan();
  const params = { entityId: sel.entityId, planId: sel.planId, objectiveId };
  const q = useApi('getObjective', { params, query: { period: sel.period } });
  return <QueryState q={q}>{(card) => <Card card={card} />}</QueryState>;
}

function Card({ card }: { card: ObjectiveCard }) {
  const { t, g, lang } = useLang();
  const { decimals } = useBands();
  const { sel } = usePlan();
  const [why, setWhy] = useState(false);
  const explained = useApi(
    'getObjective',
    { params: { entityId: sel.entityId, planId: sel.planId, objectiveId: card.id }, query: { period: sel.period, explain: 'true' } },
    { enabled: why },
  );
  const scoreText = formatPercent(card.result.score, decimals, lang);
  const r = card.result;
  return (
    <>
      <nav aria-label={t('obj.breadcrumb')} className="small mb-2">
        <Link to={planPath(sel, 'albero')}>{t('nav.albero')}</Link>
        {card.parent && (
          <>
            {' › '}
            <Link to={planPath(sel, `obiettivi/${encodeURIComponent(card.parent.id)}`)}>{card.parent.id}</Link>
          </>
        )}
      </nav>
      <h1>
        <span className="visually-hidden">{g(LEVEL_TERM[card.level] ?? 'obiettivoOperativo')} </span>
        {card.id} – {card.name}
      </h1>
      <section className="panel card-obiettivo" aria-label={t('obj.card')}>
        <table className="table table-bordered mb-3" data-testid="objective-card">
          <tbody>
            <tr><th scope="row">{g(LEVEL_TERM[card.level] ?? 'obiettivoOperativo')}</th><td><strong>{card.id} - {card.name}</strong></td></tr>
            <tr><th scope="row">{t('common.description')}</th><td>{card.description ?? ''}</td></tr>
            {card.programme && <tr><th scope="row">{t('obj.programme')}</th><td>{card.programme}</td></tr>}
            {card.perspective && <tr><th scope="row">{g('prospettiva')}</th><td>{card.perspective.name}</td></tr>}
            <tr><th scope="row">{t('obj.units')}</th><td>{card.units.map((u) => u.name).join(' · ') || '–'}</td></tr>
            <tr>
              <th scope="row">{t('obj.measured')}</th>
              <td data-testid="objective-score">
                <Score score={r.score} status={r.status} />
                {r.computed !== undefined && r.computed !== null && (
                  <span className="ms-3 muted">{t('obj.computed')}: {formatPercent(r.computed, decimals, lang)}</span>
                )}
                {r.blocks && (
                  <div className="small muted">{t('obj.blocks', { i: formatPercent(r.blocks.indicators, decimals, lang), c: formatPercent(r.blocks.children, decimals, lang) })}</div>
                )}
              </td>
            </tr>
            <tr><th scope="row">{t('obj.verdict')}</th><td><VerdictBadge verdict={r.verdict} status={r.status} /></td></tr>
          </tbody>
        </table>
        {card.indicators.length > 0 && <IndicatorTable rows={card.indicators} period={card.period} explained={explained.data?.indicators} />}
        <button type="button" className="btn btn-outline-primary btn-sm" aria-expanded={why} onClick={() => setWhy((w) => !w)} disabled={r.score === null && !r.status}>
          {t('obj.why', { score: r.score === null ? t(`status.${r.status ?? 'NS'}`) : scoreText })}
        </button>
        {why && (
          <QueryState q={explained}>
            {(c) => <ExplainPanel title={t('obj.whyTitle', { score: scoreText })} explain={c.explain as Explanation | undefined} />}
          </QueryState>
        )}
      </section>
      {card.children.length > 0 && <ChildrenTable rows={card.children} />}
      <HistoryPanel entityId={sel.entityId} objectType="objective" objectId={`${sel.planId}/${card.id}`} />
    </>
  );
}
