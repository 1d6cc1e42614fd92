-- Performa storage, first schema: entities, plan versions and every part of a performa/1 document.
-- Conventions (docs/storage.md):
--   * every row carries entity_id and plan_id, and is tied to its plan row: the top parts of a plan
--     reference plans (plan_id, entity_id); a row owned by another part (a measurement by its
--     indicator, an assignment by its objective) references that part by (plan_id, entity_id, key),
--     which ties it to the same plan and entity at the cost of one check instead of two;
--     That owner reference cascades on delete; every other reference refuses to lose its target,
--     checked at commit (DEFERRABLE INITIALLY DEFERRED) so that deleting a whole plan, whose
--     cascades reach the rows in no particular order, works;
--   * "key" is the id the document gives (objective "OS.01.01"), unique within its plan;
--   * "position" is the row's index in its document array (canonical order on export);
--   * "extra" holds the x- extension properties and any other property the format does not name.

CREATE TABLE entities (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  extra       jsonb,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- One row per version of a plan. Importing with replace supersedes the current version (kept as
-- history) and adds the next one; exactly one version per (entity, plan key) is current.
CREATE TABLE plans (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id      text NOT NULL REFERENCES entities (id),
  plan_key       text NOT NULL,
  version        integer NOT NULL CHECK (version >= 1),
  superseded_at  timestamptz,
  imported_at    timestamptz NOT NULL DEFAULT now(),
  format         text NOT NULL,
  parts          text[] NOT NULL,
  entity_name    text NOT NULL,
  entity_extra   jsonb,
  declared_id    text,
  title          text,
  years          integer[],
  act            text,
  plan_extra     jsonb,
  methodology    jsonb,
  extra          jsonb,
  UNIQUE (id, entity_id),
  UNIQUE (entity_id, plan_key, version)
);
CREATE UNIQUE INDEX plans_current ON plans (entity_id, plan_key) WHERE superseded_at IS NULL;

CREATE TABLE periods (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id   text NOT NULL,
  plan_id     bigint NOT NULL,
  position    integer NOT NULL,
  key         text NOT NULL,
  start_date  date NOT NULL,
  end_date    date NOT NULL,
  year        text,
  extra       jsonb,
  FOREIGN KEY (plan_id, entity_id) REFERENCES plans (id, entity_id) ON DELETE CASCADE,
  UNIQUE (plan_id, entity_id, key),
  FOREIGN KEY (plan_id, entity_id, year) REFERENCES periods (plan_id, entity_id, key) ON UPDATE CASCADE
    DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE units (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id   text NOT NULL,
  plan_id     bigint NOT NULL,
  position    integer NOT NULL,
  key         text NOT NULL,
  name        text NOT NULL,
  parent      text,
  kind        text,
  extra       jsonb,
  FOREIGN KEY (plan_id, entity_id) REFERENCES plans (id, entity_id) ON DELETE CASCADE,
  UNIQUE (plan_id, entity_id, key),
  FOREIGN KEY (plan_id, entity_id, parent) REFERENCES units (plan_id, entity_id, key) ON UPDATE CASCADE
    DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE perspectives (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id    text NOT NULL,
  plan_id      bigint NOT NULL,
  position     integer NOT NULL,
  key          text NOT NULL,
  name         text NOT NULL,
  weight       double precision,
  has_members  boolean NOT NULL DEFAULT false,
  extra        jsonb,
  FOREIGN KEY (plan_id, entity_id) REFERENCES plans (id, entity_id) ON DELETE CASCADE,
  UNIQUE (plan_id, entity_id, key)
);

CREATE TABLE objectives (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id    text NOT NULL,
  plan_id      bigint NOT NULL,
  position     integer NOT NULL,
  key          text NOT NULL,
  level        text NOT NULL CHECK (level IN ('area', 'strategic', 'operational', 'project', 'action')),
  name         text NOT NULL,
  parent       text,
  weight       double precision,
  perspective  text,
  programme    text,
  units        text[],
  mix          jsonb,
  description  text,
  extra        jsonb,
  FOREIGN KEY (plan_id, entity_id) REFERENCES plans (id, entity_id) ON DELETE CASCADE,
  UNIQUE (plan_id, entity_id, key),
  FOREIGN KEY (plan_id, entity_id, parent) REFERENCES objectives (plan_id, entity_id, key) ON UPDATE CASCADE
    DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (plan_id, entity_id, perspective) REFERENCES perspectives (plan_id, entity_id, key) ON UPDATE CASCADE
    DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX objectives_parent ON objectives (plan_id, parent);

-- Explicit perspective members (spec 2.3); without them a perspective holds the objectives naming it.
CREATE TABLE perspective_members (
  entity_id       text NOT NULL,
  plan_id         bigint NOT NULL,
  perspective_id  bigint NOT NULL REFERENCES perspectives (id) ON DELETE CASCADE,
  position        integer NOT NULL,
  objective       text NOT NULL,
  weight          double precision,
  extra           jsonb,
  PRIMARY KEY (perspective_id, position),
  FOREIGN KEY (plan_id, entity_id, objective) REFERENCES objectives (plan_id, entity_id, key) ON UPDATE CASCADE
    DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX perspective_members_objective ON perspective_members (plan_id, objective);

CREATE TABLE indicators (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id   text NOT NULL,
  plan_id     bigint NOT NULL,
  position    integer NOT NULL,
  key         text NOT NULL,
  name        text NOT NULL,
  algorithm   text,
  unit        text,
  type        text,
  source      text,
  cumulative  boolean,
  code        text,
  extra       jsonb,
  FOREIGN KEY (plan_id, entity_id) REFERENCES plans (id, entity_id) ON DELETE CASCADE,
  UNIQUE (plan_id, entity_id, key)
);

-- Indicator x objective, with its weight; targets and revisions hang off it. Its position is its
-- identity within the plan version (the document has no id for it).
CREATE TABLE assignments (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id      text NOT NULL,
  plan_id        bigint NOT NULL,
  position       integer NOT NULL,
  objective      text NOT NULL,
  indicator      text NOT NULL,
  weight         double precision,
  has_targets    boolean NOT NULL DEFAULT false,
  has_revisions  boolean NOT NULL DEFAULT false,
  extra          jsonb,
  UNIQUE (plan_id, position),
  FOREIGN KEY (plan_id, entity_id, objective) REFERENCES objectives (plan_id, entity_id, key)
    ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (plan_id, entity_id, indicator) REFERENCES indicators (plan_id, entity_id, key) ON UPDATE CASCADE
    DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX assignments_objective ON assignments (plan_id, objective);
CREATE INDEX assignments_indicator ON assignments (plan_id, indicator);

-- One row per assignment x period (the keys of assignment.targets).
CREATE TABLE targets (
  entity_id      text NOT NULL,
  plan_id        bigint NOT NULL,
  assignment_id  bigint NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  period         text NOT NULL,
  position       integer NOT NULL,
  op             text NOT NULL CHECK (op IN ('>=', '>', '<=', '<', '=', 'between', 'by', 'yes', 'monitor')),
  value          double precision,
  min            double precision,
  max            double precision,
  date           date,
  text           text,
  extra          jsonb,
  PRIMARY KEY (assignment_id, period),
  FOREIGN KEY (plan_id, entity_id, period) REFERENCES periods (plan_id, entity_id, key) ON UPDATE CASCADE
    DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX targets_period ON targets (plan_id, period);

-- Rimodulazioni: the previous target (a performa/1 target object) with reason and act.
CREATE TABLE revisions (
  entity_id      text NOT NULL,
  plan_id        bigint NOT NULL,
  assignment_id  bigint NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  position       integer NOT NULL,
  period         text NOT NULL,
  previous       jsonb NOT NULL,
  reason         text,
  act            text,
  extra          jsonb,
  PRIMARY KEY (assignment_id, position),
  FOREIGN KEY (plan_id, entity_id, period) REFERENCES periods (plan_id, entity_id, key) ON UPDATE CASCADE
    DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX revisions_period ON revisions (plan_id, period);

-- One measurement per indicator and period (a second one is an input error, spec 2.7). The measured
-- value sits in the column of its kind: number, date (a `by` target) or boolean.
CREATE TABLE measurements (
  entity_id     text NOT NULL,
  plan_id       bigint NOT NULL,
  indicator     text NOT NULL,
  period        text NOT NULL,
  position      integer NOT NULL,
  value_number  double precision,
  value_date    date,
  value_bool    boolean,
  status        text CHECK (status IN ('ND', 'NC')),
  numerator     double precision,
  denominator   double precision,
  note          text,
  extra         jsonb,
  PRIMARY KEY (plan_id, indicator, period),
  CHECK (num_nonnulls(value_number, value_date, value_bool) <= 1),
  FOREIGN KEY (plan_id, entity_id, indicator) REFERENCES indicators (plan_id, entity_id, key)
    ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (plan_id, entity_id, period) REFERENCES periods (plan_id, entity_id, key) ON UPDATE CASCADE
    DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE overrides (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id   text NOT NULL,
  plan_id     bigint NOT NULL,
  position    integer NOT NULL,
  objective   text NOT NULL,
  indicator   text,
  period      text NOT NULL,
  score       double precision NOT NULL,
  reason      text NOT NULL,
  by_whom     text,
  extra       jsonb,
  FOREIGN KEY (plan_id, entity_id, objective) REFERENCES objectives (plan_id, entity_id, key)
    ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (plan_id, entity_id, indicator) REFERENCES indicators (plan_id, entity_id, key) ON UPDATE CASCADE
    DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (plan_id, entity_id, period) REFERENCES periods (plan_id, entity_id, key) ON UPDATE CASCADE
    DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX overrides_objective ON overrides (plan_id, objective);

-- An individual scorecard; its items are a tree kept as one jsonb value (spec 2.9).
CREATE TABLE scorecards (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id   text NOT NULL,
  plan_id     bigint NOT NULL,
  position    integer NOT NULL,
  key         text NOT NULL,
  holder      text NOT NULL,
  role        text,
  items       jsonb NOT NULL,
  extra       jsonb,
  FOREIGN KEY (plan_id, entity_id) REFERENCES plans (id, entity_id) ON DELETE CASCADE,
  UNIQUE (plan_id, entity_id, key)
);

-- Incentive pools: the amount is money, kept exact (numeric, never a float).
CREATE TABLE incentives (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id   text NOT NULL,
  plan_id     bigint NOT NULL,
  position    integer NOT NULL,
  key         text NOT NULL,
  name        text,
  amount      numeric NOT NULL,
  rule        text NOT NULL CHECK (rule IN ('proportional', 'all-or-nothing')),
  basis       text[] NOT NULL,
  threshold   double precision,
  extra       jsonb,
  FOREIGN KEY (plan_id, entity_id) REFERENCES plans (id, entity_id) ON DELETE CASCADE,
  UNIQUE (plan_id, entity_id, key)
);

CREATE TABLE monitoring_notes (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id   text NOT NULL,
  plan_id     bigint NOT NULL,
  position    integer NOT NULL,
  period      text NOT NULL,
  objective   text,
  indicator   text,
  by_whom     text,
  cause       text,
  action      text,
  proposal    jsonb,
  flags       text[],
  extra       jsonb,
  FOREIGN KEY (plan_id, entity_id, period) REFERENCES periods (plan_id, entity_id, key)
    ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (plan_id, entity_id, objective) REFERENCES objectives (plan_id, entity_id, key) ON UPDATE CASCADE
    DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (plan_id, entity_id, indicator) REFERENCES indicators (plan_id, entity_id, key) ON UPDATE CASCADE
    DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX monitoring_notes_objective ON monitoring_notes (plan_id, objective);

-- Who did what to which plan, and when (imports today; single-value edits later).
CREATE TABLE audit_events (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id   text NOT NULL REFERENCES entities (id),
  plan_id     bigint REFERENCES plans (id) ON DELETE SET NULL,
  at          timestamptz NOT NULL DEFAULT now(),
  action      text NOT NULL,
  actor       text,
  detail      jsonb
);
CREATE INDEX audit_events_entity ON audit_events (entity_id, at);
