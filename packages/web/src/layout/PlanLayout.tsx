import { Suspense, useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { DEFAULT_VERDICTS } from '@performa/core';
import { useApi } from '../api/hooks.js';
import { BandsProvider } from '../components/bands.js';
import { ErrorAlert, Loading } from '../components/Status.js';
import { defaultPeriod, useSelection } from './selection.js';

/** Loads the selected plan, fills in the default period and provides the verdict bands. */
export function PlanLayout() {
  const sel = useSelection();
  const nav = useNavigate();
  const loc = useLocation();
  const plan = useApi('getPlan', { params: { entityId: sel.entityId, planId: sel.planId } });
  const meth = useApi('getMethodology', { params: { entityId: sel.entityId, planId: sel.planId } });

  useEffect(() => {
    if (plan.data && !sel.period) {
      const p = defaultPeriod(plan.data.periods);
      if (p) nav(`${loc.pathname}?periodo=${encodeURIComponent(p)}`, { replace: true });
    }
  }, [plan.data, sel.period, nav, loc.pathname]);

  if (plan.error) return <ErrorAlert error={plan.error} />;
  if (!plan.data || !sel.period) return <Loading />;
  const resolved = meth.data?.resolved as { verdicts?: { from: number; label: string }[]; decimals?: number } | undefined;
  return (
    <BandsProvider value={{ bands: resolved?.verdicts ?? DEFAULT_VERDICTS, decimals: resolved?.decimals ?? 2 }}>
      <Suspense fallback={<Loading />}>
        <Outlet context={{ plan: plan.data }} />
      </Suspense>
    </BandsProvider>
  );
}
