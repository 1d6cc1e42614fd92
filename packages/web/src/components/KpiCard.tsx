import { Link } from 'react-router-dom';
import type { ScoreBody } from '../api/types.js';
import { Score, ScoreBar } from './Score.js';
import { VerdictBadge } from './VerdictBadge.js';

/** A named score with its verdict, linking to its page. */
export function KpiCard({ id, name, result, to }: { id: string; name: string; result: ScoreBody; to?: string }) {
  return (
    <div className="kpi" data-testid={`kpi-${id}`}>
      <div className="kpi-name">{to ? <Link to={to}>{name}</Link> : <strong>{name}</strong>}</div>
      <div className="d-flex justify-content-between align-items-center gap-2">
        <Score score={result.score} status={result.status} />
        <VerdictBadge verdict={result.verdict} status={result.status} small />
      </div>
      <ScoreBar score={result.score} verdict={result.verdict} />
    </div>
  );
}
