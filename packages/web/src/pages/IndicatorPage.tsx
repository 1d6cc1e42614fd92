import { Link, useParams } from 'react-router-dom';
import { formatNumber } from '@performa/core';
import { useApi } from '../api/hooks.js';
import type { IndicatorCard } from '../api/types.js';
import { HistoryPanel } from '../components/HistoryPanel.js';
import { QueryState } from '../components/Status.js';
import { useLang } from '../i18n/lang.js';
import { planPath } from '../layout/selection.js';
import { usePlan } from '../layout/usePlan.js';
import { formatTarget } from '../model/format.js';
import { ActualVsTarget } from './indicator/ActualVsTarget.js';
import { MeasurementHistory } from './indicator/MeasurementHistory.js';

/** Scheda indicatore: definition, source, assignments with weights and targets, history, revisions, chart. */
export function IndicatorPage() {
  const { indicatorId = '' } = useParams();
  const { sel } = usePlan();
  const q = useApi('getIndicator', { params: { entityId: sel.entityId, planId: sel.planId, indicatorId } });
  return <QueryState q={q}>{(c) => <Card c={c} />}</QueryState>;
}

function Card({ c }: { c: IndicatorCard }) {
  const { t, g, lang } = useLang();
  const { sel } = usePlan();
  const periods = [...new Set(c.assignments.flatMap((a) => Object.keys(a.targets)))].sort();
  const revisions = c.assignments.flatMap((a) => a.revisions.map((r) => ({ ...r, objective: a.objective })));
  return (
    <>
      <h1><span className="visually-hidden">{g('indicatore')} </span>{c.name}</h1>
      <section className="panel" aria-labelledby="def-title">
        <h2 id="def-title">{t('ind.definition')}</h2>
        <dl className="row mb-0">
          {c.code && <><dt className="col-sm-3">{t('common.code')}</dt><dd className="col-sm-9">{c.code}</dd></>}
          <dt className="col-sm-3">{t('obj.algorithm')}</dt><dd className="col-sm-9">{c.algorithm ?? '–'}</dd>
          <dt className="col-sm-3">{t('ind.unit')}</dt><dd className="col-sm-9">{c.unit ?? '–'}</dd>
          <dt className="col-sm-3">{t('ind.type')}</dt><dd className="col-sm-9">{c.type ?? '–'}</dd>
          <dt className="col-sm-3">{t('ind.source')}</dt><dd className="col-sm-9">{c.source ?? '–'}</dd>
          <dt className="col-sm-3">{t('ind.cumulative')}</dt><dd className="col-sm-9">{c.cumulative ? t('common.yes') : t('common.no')}</dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="asg-title">
        <h2 id="asg-title">{t('ind.assignments')}</h2>
        <div className="table-responsive">
          <table className="table table-sm table-dense mb-0">
            <thead>
              <tr>
                <th scope="col">{g('obiettivoOperativo')}</th>
                <th scope="col" className="num">{t('common.weight')}</th>
                {periods.map((p) => <th key={p} scope="col">{t('obj.target', { p })}</th>)}
              </tr>
            </thead>
            <tbody>
              {c.assignments.map((a) => (
                <tr key={a.objective}>
                  <td><Link to={planPath(sel, `obiettivi/${encodeURIComponent(a.objective)}`)}>{a.objective}</Link> {a.objectiveName}</td>
                  <td className="num">{a.weight === null ? t('ind.equalShares') : formatNumber(a.weight, 2, { fixed: false, locale: lang })}</td>
                  {periods.map((p) => <td key={p}>{formatTarget(a.targets[p], c.unit, lang)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <MeasurementHistory c={c} />
      <ActualVsTarget c={c} />
      <section className="panel" aria-labelledby="rev-title">
        <h2 id="rev-title">{t('ind.revisions')}</h2>
        {revisions.length === 0 ? (
          <p className="mb-0 muted">{t('ind.noRevisions')}</p>
        ) : (
          <table className="table table-sm table-dense mb-0">
            <thead>
              <tr>
                <th scope="col">{g('obiettivoOperativo')}</th>
                <th scope="col">{t('ctx.period')}</th>
                <th scope="col">{t('ind.previous')}</th>
                <th scope="col">{t('ind.current')}</th>
                <th scope="col">{t('common.reason')}</th>
                <th scope="col">{t('common.act')}</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r, i) => (
                <tr key={i}>
                  <td>{r.objective}</td>
                  <td>{r.period}</td>
                  <td>{formatTarget(r.previous, c.unit, lang)}</td>
                  <td>{formatTarget(c.assignments.find((a) => a.objective === r.objective)?.targets[r.period], c.unit, lang)}</td>
                  <td>{r.reason ?? '–'}</td>
                  <td>{r.act ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <HistoryPanel entityId={sel.entityId} objectType="entry" objectId={`${sel.planId}/${c.id}/${sel.period}`} title={t('ind.entryHistory', { p: sel.period })} />
    </>
  );
}
