/**
 * The part tables as the bulk insert sees them: the columns filled from the document (besides
 * entity_id and plan_id) with their SQL types, in the shape json_to_recordset reads. A table whose
 * rows hang off another row (targets off assignments) names that parent and the recordset column
 * holding the parent's document position.
 */
export interface TableSpec {
  table: string;
  columns: ReadonlyArray<readonly [name: string, sqlType: string]>;
  parent?: { table: string; column: string; via: string };
}

const EXTRA = ['extra', 'jsonb'] as const;
const POSITION = ['position', 'integer'] as const;

export const TABLES = {
  periods: {
    table: 'periods',
    columns: [POSITION, ['key', 'text'], ['start_date', 'date'], ['end_date', 'date'], ['year', 'text'], EXTRA],
  },
  units: {
    table: 'units',
    columns: [POSITION, ['key', 'text'], ['name', 'text'], ['parent', 'text'], ['kind', 'text'], EXTRA],
  },
  perspectives: {
    table: 'perspectives',
    columns: [POSITION, ['key', 'text'], ['name', 'text'], ['weight', 'double precision'], ['has_members', 'boolean'], EXTRA],
  },
  objectives: {
    table: 'objectives',
    columns: [
      POSITION, ['key', 'text'], ['level', 'text'], ['name', 'text'], ['parent', 'text'], ['weight', 'double precision'],
      ['perspective', 'text'], ['programme', 'text'], ['units', 'text[]'], ['mix', 'jsonb'], ['description', 'text'], EXTRA,
    ],
  },
  perspectiveMembers: {
    table: 'perspective_members',
    columns: [POSITION, ['objective', 'text'], ['weight', 'double precision'], EXTRA],
    parent: { table: 'perspectives', column: 'perspective_id', via: 'perspective' },
  },
  indicators: {
    table: 'indicators',
    columns: [
      POSITION, ['key', 'text'], ['name', 'text'], ['algorithm', 'text'], ['unit', 'text'], ['type', 'text'],
      ['source', 'text'], ['cumulative', 'boolean'], ['code', 'text'], EXTRA,
    ],
  },
  assignments: {
    table: 'assignments',
    columns: [
      POSITION, ['objective', 'text'], ['indicator', 'text'], ['weight', 'double precision'],
      ['has_targets', 'boolean'], ['has_revisions', 'boolean'], EXTRA,
    ],
  },
  targets: {
    table: 'targets',
    columns: [
      ['period', 'text'], POSITION, ['op', 'text'], ['value', 'double precision'], ['min', 'double precision'],
      ['max', 'double precision'], ['date', 'date'], ['text', 'text'], EXTRA,
    ],
    parent: { table: 'assignments', column: 'assignment_id', via: 'assignment' },
  },
  revisions: {
    table: 'revisions',
    columns: [POSITION, ['period', 'text'], ['previous', 'jsonb'], ['reason', 'text'], ['act', 'text'], EXTRA],
    parent: { table: 'assignments', column: 'assignment_id', via: 'assignment' },
  },
  measurements: {
    table: 'measurements',
    columns: [
      POSITION, ['indicator', 'text'], ['period', 'text'], ['value_number', 'double precision'], ['value_date', 'date'],
      ['value_bool', 'boolean'], ['status', 'text'], ['numerator', 'double precision'],
      ['denominator', 'double precision'], ['note', 'text'], EXTRA,
    ],
  },
  overrides: {
    table: 'overrides',
    columns: [
      POSITION, ['objective', 'text'], ['indicator', 'text'], ['period', 'text'], ['score', 'double precision'],
      ['reason', 'text'], ['by_whom', 'text'], EXTRA,
    ],
  },
  scorecards: {
    table: 'scorecards',
    columns: [POSITION, ['key', 'text'], ['holder', 'text'], ['role', 'text'], ['items', 'jsonb'], EXTRA],
  },
  incentives: {
    table: 'incentives',
    columns: [
      POSITION, ['key', 'text'], ['name', 'text'], ['amount', 'numeric'], ['rule', 'text'], ['basis', 'text[]'],
      ['threshold', 'double precision'], EXTRA,
    ],
  },
  monitoring: {
    table: 'monitoring_notes',
    columns: [
      POSITION, ['period', 'text'], ['objective', 'text'], ['indicator', 'text'], ['by_whom', 'text'], ['cause', 'text'],
      ['action', 'text'], ['proposal', 'jsonb'], ['flags', 'text[]'], EXTRA,
    ],
  },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;

/** Insertion order: every table after the ones its rows refer to. */
export const INSERT_ORDER: TableName[] = [
  'periods', 'units', 'perspectives', 'objectives', 'perspectiveMembers', 'indicators', 'assignments', 'targets',
  'revisions', 'measurements', 'overrides', 'scorecards', 'incentives', 'monitoring',
];

/** Where each table's rows come from in the document (named in error messages). */
export const POINTER: Record<TableName, string> = {
  periods: '/periods', units: '/units', perspectives: '/perspectives', objectives: '/objectives',
  perspectiveMembers: '/perspectives/*/members', indicators: '/indicators', assignments: '/assignments',
  targets: '/assignments/*/targets', revisions: '/assignments/*/revisions', measurements: '/measurements',
  overrides: '/overrides', scorecards: '/scorecards', incentives: '/incentives', monitoring: '/monitoring',
};
