import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { formatNumber, type Explanation } from '@performa/core';
import type { AssignmentRow } from '../../api/types.js';
import { Score } from '../../components/Score.js';
import { useLang } from '../../i18n/lang.js';
import { planPath } from '../../layout/selection.js';
import { usePlan } from '../../layout/usePlan.js';
import { formatDeviation, formatTarget, formatValue } from '../../model/format.js';

/** The indicator table of a Relazione card: indicator (type), algorithm, target, actual, deviation. */
export function IndicatorTable({ rows, period, explained }: { rows: AssignmentRow[]; period: string; explained?: AssignmentRow[] }) {
  const { t, lang } = useLang();
  const { sel } = usePlan();
  return (
    <div className="table-responsive">
      <table className="table table-sm table-dense" data-testid="indicator-table">
        <caption className="visually-hidden">{t('obj.indicatorsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('obj.indicator')}</th>
            <th scope="col">{t('obj.algorithm')}</th>
            <th scope="col">{t('obj.target', { p: period })}</th>
            <th scope="col">{t('obj.actual', { p: period })}</th>
            <th scope="col" className="num">{t('obj.deviation')}</th>
            <th scope="col" className="num">{t('common.score')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const ex = explained?.[i]?.explain as Explanation | undefined;
            return (
              <Fragment key={r.indicator}>
                <tr>
                  <td>
                    <Link to={planPath(sel, `indicatori/${encodeURIComponent(r.indicator)}`)}>{r.name}</Link>
                    {r.type && <div className="small muted">{r.type}</div>}
                    {r.weight !== null && <div className="small muted">{t('common.weight')} {formatNumber(r.weight, 2, { fixed: false, locale: lang })}</div>}
                  </td>
                  <td className="small">{r.algorithm ?? ''}</td>
                  <td>{formatTarget(r.target, r.unit, lang)}</td>
                  <td>{r.result.status && r.actual === null ? t(`status.${r.result.status}`) : formatValue(r.actual, r.unit, lang)}</td>
                  <td className="num">{formatDeviation(r.deviation, r.target, r.unit, lang)}</td>
                  <td className="num"><Score score={r.result.score} status={r.result.status} /></td>
                </tr>
                {ex && (
                  <tr>
                    <td colSpan={6} className="small">
                      <div className="explain-text py-1 px-2">{ex.text.join('\n')}</div>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
