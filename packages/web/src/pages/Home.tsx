import { Navigate } from 'react-router-dom';
import { useApi } from '../api/hooks.js';
import { QueryState } from '../components/Status.js';
import { defaultPeriod, planPath } from '../layout/selection.js';

/** Opens the dashboard of the first plan the user can see, or the import page when there is none. */
export function Home() {
  const q = useApi('listEntities', {});
  return (
    <QueryState q={q}>
      {(entities) => {
        const e = entities.find((x) => x.plans.length > 0);
        const p = e?.plans[0];
        if (!e || !p) return <Navigate to="/importa" replace />;
        return <Navigate to={planPath({ entityId: e.id, planId: p.id, period: defaultPeriod(p.periods) }, 'cruscotto')} replace />;
      }}
    </QueryState>
  );
}
