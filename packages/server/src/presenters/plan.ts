import type { PlanDetail, PlanSummary } from '@performa/api';
import type { PlanDocument } from '@performa/core';
import { periodInfo, type PlanMeta } from '../queries/plan-meta.js';

export function planSummary(meta: PlanMeta): PlanSummary {
  return {
    id: meta.planKey,
    title: meta.title,
    years: meta.years,
    act: meta.adoption?.act ?? meta.act,
    version: meta.current.version,
    state: meta.state,
    periods: meta.periods.map((p) => periodInfo(meta, p)),
  };
}

export function planDetail(meta: PlanMeta, doc: PlanDocument): PlanDetail {
  return {
    ...planSummary(meta),
    entityId: meta.entityId,
    entityName: meta.entityName,
    adoption: meta.adoption,
    stateChangedAt: meta.stateChangedAt,
    counts: {
      objectives: doc.objectives.length,
      indicators: (doc.indicators ?? []).length,
      assignments: (doc.assignments ?? []).length,
      units: (doc.units ?? []).length,
    },
    units: (doc.units ?? []).map((u) => ({ id: u.id, name: u.name, parent: u.parent ?? null, kind: u.kind ?? null })),
  };
}
