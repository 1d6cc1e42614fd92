/**
 * The `performa/1` interchange document (spec §1–§2), as plain data.
 *
 * These types mirror `docs/interchange-v1.md` one to one. Every part may carry extension
 * properties whose names start with `x-` (kept and given back on export); `null` and an absent
 * property mean the same.
 */

import type { Methodology } from './methodology.js';

/** Extension properties (`x-…`) and any other property an implementation carries along. */
export interface Extensible {
  [extension: `x-${string}`]: unknown;
}

export type Id = string;
/** `YYYY-MM-DD`. */
export type IsoDate = string;

export interface PlanDocument extends Extensible {
  format: 'performa/1';
  entity: Entity;
  plan?: PlanInfo | null;
  methodology?: Methodology | null;
  periods: Period[];
  units?: Unit[] | null;
  perspectives?: Perspective[] | null;
  objectives: Objective[];
  indicators?: Indicator[] | null;
  assignments?: Assignment[] | null;
  measurements?: Measurement[] | null;
  overrides?: Override[] | null;
  scorecards?: Scorecard[] | null;
  incentives?: Incentive[] | null;
  monitoring?: MonitoringNote[] | null;
}

/** Ente: the administration. */
export interface Entity extends Extensible {
  id: Id;
  name: string;
}

/** Piano: title, years of the cycle, adoption act; `id` names it within its entity (default: first year). */
export interface PlanInfo extends Extensible {
  id?: Id | null;
  title?: string | null;
  years?: number[] | null;
  act?: string | null;
}

/** Periodo: a year, or an interim period whose `year` names the annual period that contains it. */
export interface Period extends Extensible {
  id: Id;
  start: IsoDate;
  end: IsoDate;
  year?: Id | null;
}

/** Unità organizzativa (area, servizio, ufficio, azienda speciale). */
export interface Unit extends Extensible {
  id: Id;
  name: string;
  parent?: Id | null;
  kind?: string | null;
}

/** Prospettiva BSC. */
export interface Perspective extends Extensible {
  id: Id;
  name: string;
  weight?: number | null;
  members?: PerspectiveMember[] | null;
}

export interface PerspectiveMember extends Extensible {
  objective: Id;
  weight?: number | null;
}

export type ObjectiveLevel = 'area' | 'strategic' | 'operational' | 'project' | 'action';

/** Quota dei due blocchi (indicatori propri / obiettivi figli), §3.2. */
export interface Mix {
  indicators: number;
  children: number;
}

/** Obiettivo: ambito/area strategica, obiettivo strategico, operativo, progetto/azione. */
export interface Objective extends Extensible {
  id: Id;
  level: ObjectiveLevel;
  name: string;
  parent?: Id | null;
  weight?: number | null;
  perspective?: Id | null;
  programme?: string | null;
  units?: Id[] | null;
  mix?: Mix | null;
  description?: string | null;
}

/** Indicatore. */
export interface Indicator extends Extensible {
  id: Id;
  name: string;
  code?: string | null;
  algorithm?: string | null;
  unit?: string | null;
  type?: string | null;
  source?: string | null;
  cumulative?: boolean | null;
}

export type TargetOp = '>=' | '>' | '<=' | '<' | '=' | 'between' | 'by' | 'yes' | 'monitor';

/** Target (valore atteso) for one period. */
export interface Target extends Extensible {
  op: TargetOp;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  date?: IsoDate | null;
  text?: string | null;
}

/** Rimodulazione: a target revised by a formal act, with the previous target. */
export interface Revision extends Extensible {
  period: Id;
  previous: Target;
  reason?: string | null;
  act?: string | null;
}

/** Assegnazione: indicator × objective, with its weight and targets per period. */
export interface Assignment extends Extensible {
  objective: Id;
  indicator: Id;
  weight?: number | null;
  targets?: Record<Id, Target> | null;
  revisions?: Revision[] | null;
}

export type MeasurementStatus = 'ND' | 'NC';
export type MeasuredValue = number | IsoDate | boolean;

/** Rilevazione (consuntivo) of an indicator in a period. */
export interface Measurement extends Extensible {
  indicator: Id;
  period: Id;
  value?: MeasuredValue | null;
  status?: MeasurementStatus | null;
  numerator?: number | null;
  denominator?: number | null;
  note?: string | null;
}

/** Neutralizzazione / correzione of a score by the evaluator, with its reason. */
export interface Override extends Extensible {
  objective: Id;
  indicator?: Id | null;
  period: Id;
  score: number;
  reason: string;
  by?: string | null;
}

/** Scheda individuale. */
export interface Scorecard extends Extensible {
  id: Id;
  holder: string;
  role?: string | null;
  items: ScorecardItem[];
}

export interface ScorecardItem extends Extensible {
  id?: Id | null;
  name?: string | null;
  weight?: number | null;
  objective?: Id | null;
  indicator?: Id | null;
  threshold?: number | null;
  score?: number | null;
  targets?: Record<Id, Target> | null;
  items?: ScorecardItem[] | null;
}

/** Fondo incentivante released by results. */
export interface Incentive extends Extensible {
  id: Id;
  name?: string | null;
  amount: number;
  rule: 'proportional' | 'all-or-nothing';
  basis: Id[];
  threshold?: number | null;
}

/** Osservazione di monitoraggio (never scored). */
export interface MonitoringNote extends Extensible {
  period: Id;
  objective?: Id | null;
  indicator?: Id | null;
  by?: string | null;
  cause?: string | null;
  action?: string | null;
  proposal?: Target | null;
  flags?: string[] | null;
}
