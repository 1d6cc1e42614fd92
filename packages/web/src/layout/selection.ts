import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';

export interface Selection {
  entityId: string;
  planId: string;
  /** Selected period id, or '' until the plan's periods are known. */
  period: string;
}

/** Entity and plan come from the path, the period from `?periodo=`. */
export function useSelection(): Selection {
  const { entityId = '', planId = '' } = useParams();
  const [search] = useSearchParams();
  const period = search.get('periodo') ?? '';
  return useMemo(() => ({ entityId, planId, period }), [entityId, planId, period]);
}

/** Path of a page of the selected plan, keeping the period. */
export function planPath(sel: { entityId: string; planId: string; period?: string }, page: string): string {
  const base = `/e/${encodeURIComponent(sel.entityId)}/${encodeURIComponent(sel.planId)}/${page}`;
  return sel.period ? `${base}${base.includes('?') ? '&' : '?'}periodo=${encodeURIComponent(sel.period)}` : base;
}

/** The default period of a plan: the last annual period that has started, else the first annual one. */
export function defaultPeriod(periods: { id: string; start: string; year?: string | null }[]): string {
  const today = new Date().toISOString().slice(0, 10);
  const annual = periods.filter((p) => !p.year);
  const started = annual.filter((p) => p.start <= today);
  return (started.at(-1) ?? annual[0] ?? periods[0])?.id ?? '';
}
