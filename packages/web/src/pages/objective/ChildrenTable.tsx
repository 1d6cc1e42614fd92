import { Link } from 'react-router-dom';
import { formatNumber } from '@performa/core';
import type { ScoreBody } from '../../api/types.js';
import { Score } from '../../components/Score.js';
import { VerdictBadge } from '../../components/VerdictBadge.js';
import { useLang } from '../../i18n/lang.js';
import { planPath } from '../../layout/selection.js';
import { usePlan } from '../../layout/usePlan.js';

type Child = ScoreBody & { id: string; name: string; level: string; weight: number | null };

/** The objectives linked below this one, with weight, score and verdict. */
export function ChildrenTable({ rows }: { rows: Child[] }) {
  const { t, lang } = useLang();
  const { sel } = usePlan();
  return (
    <section className="panel" aria-labelledby="children-title">
      <h2 id="children-title">{t('obj.children')}</h2>
      <table className="table table-sm table-dense mb-0">
        <thead>
          <tr>
            <th scope="col">{t('common.code')}</th>
            <th scope="col">{t('common.name')}</th>
            <th scope="col" className="num">{t('common.weight')}</th>
            <th scope="col" className="num">{t('common.score')}</th>
            <th scope="col">{t('common.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td><Link to={planPath(sel, `obiettivi/${encodeURIComponent(c.id)}`)}>{c.id}</Link></td>
              <td>{c.name}</td>
              <td className="num">{c.weight === null ? '–' : formatNumber(c.weight, 2, { fixed: false, locale: lang })}</td>
              <td className="num"><Score score={c.score} status={c.status} /></td>
              <td><VerdictBadge verdict={c.verdict} status={c.status} small /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
