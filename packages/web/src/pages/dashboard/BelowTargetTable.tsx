import { Link } from 'react-router-dom';
import type { ScoreBody } from '../../api/types.js';
import { Score } from '../../components/Score.js';
import { VerdictBadge } from '../../components/VerdictBadge.js';
import { useLang } from '../../i18n/lang.js';

type Row = ScoreBody & { id: string; name: string; level: string };

/** Objectives below target, lowest first (as the server sorts them). */
export function BelowTargetTable({ rows, hrefOf }: { rows: Row[]; hrefOf(id: string): string }) {
  const { t } = useLang();
  return (
    <section className="panel" aria-labelledby="below-title" data-testid="below-target">
      <h2 id="below-title">{t('dash.below')}</h2>
      {rows.length === 0 ? (
        <p className="mb-0">{t('dash.belowNone')}</p>
      ) : (
        <div className="table-responsive" style={{ maxHeight: 360 }}>
          <table className="table table-sm table-dense mb-0">
            <thead>
              <tr>
                <th scope="col">{t('common.code')}</th>
                <th scope="col">{t('common.name')}</th>
                <th scope="col" className="num">{t('common.score')}</th>
                <th scope="col">{t('common.verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td><Link to={hrefOf(r.id)}>{r.id}</Link></td>
                  <td>{r.name}</td>
                  <td className="num"><Score score={r.score} status={r.status} /></td>
                  <td><VerdictBadge verdict={r.verdict} status={r.status} small /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
