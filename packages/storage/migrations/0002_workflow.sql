-- Performa workflow (docs/server.md): plan states and versions, periods, values with their
-- validation workflow, overrides with approval, monitoring notes, narratives, and the audit trail,
-- append-only and hash-chained per entity. Workflow rows name their plan by (entity_id, plan_key):
-- they outlive the plan's versions (rows of `plans`), which carry the structure.

-- The plan's state in the cycle; no row = bozza. data_version grows with every change that moves
-- a score (the results cache key).
CREATE TABLE plan_workflow (
  entity_id         text NOT NULL REFERENCES entities (id),
  plan_key          text NOT NULL,
  state             text NOT NULL DEFAULT 'bozza'
                    CHECK (state IN ('bozza', 'adottato', 'in_monitoraggio', 'chiuso', 'validato')),
  adoption_act      text,
  adoption_date     date,
  state_changed_at  timestamptz,
  state_changed_by  text,
  data_version      bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (entity_id, plan_key)
);

-- How each plan version (row of `plans`) came to be; no row = an import.
CREATE TABLE plan_versions (
  plan_id         bigint PRIMARY KEY REFERENCES plans (id),
  entity_id       text NOT NULL REFERENCES entities (id),
  kind            text NOT NULL CHECK (kind IN ('import', 'modifica', 'rimodulazione')),
  act             text,
  act_date        date,
  -- A period is scored on the latest version in force at its end (null: from the start).
  effective_from  date,
  changes         jsonb NOT NULL DEFAULT '[]',
  created_by      text,
  created_by_name text,
  created_at      timestamptz NOT NULL DEFAULT now()
);

-- Periods: open by default; closed ones accept no writes; reopening needs a reason.
CREATE TABLE period_workflow (
  entity_id      text NOT NULL REFERENCES entities (id),
  plan_key       text NOT NULL,
  period         text NOT NULL,
  state          text NOT NULL DEFAULT 'aperto' CHECK (state IN ('aperto', 'chiuso')),
  due_date       date,
  closed_at      timestamptz,
  closed_by      text,
  reopen_reason  text,
  PRIMARY KEY (entity_id, plan_key, period)
);

-- Values entered through the application (rilevazione); they win over the measurement imported
-- with the plan for the same indicator and period.
CREATE TABLE entries (
  entity_id      text NOT NULL REFERENCES entities (id),
  plan_key       text NOT NULL,
  indicator      text NOT NULL,
  period         text NOT NULL,
  value_number   double precision,
  value_date     date,
  value_bool     boolean,
  status         text CHECK (status IN ('ND', 'NC')),
  numerator      double precision,
  denominator    double precision,
  note           text,
  state          text NOT NULL CHECK (state IN ('bozza', 'inviato', 'validato', 'restituito')),
  comment        text,
  version        integer NOT NULL CHECK (version >= 1),
  updated_at     timestamptz NOT NULL,
  updated_by     text,
  updated_by_name text,
  submitted_at   timestamptz,
  submitted_by   text,
  submitted_by_name text,
  PRIMARY KEY (entity_id, plan_key, indicator, period),
  CHECK (num_nonnulls(value_number, value_date, value_bool) <= 1)
);
CREATE INDEX entries_state ON entries (entity_id, plan_key, state);

-- Overrides (neutralisations) proposed through the application; approved ones are scored.
CREATE TABLE override_requests (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id       text NOT NULL REFERENCES entities (id),
  plan_key        text NOT NULL,
  objective       text NOT NULL,
  indicator       text,
  period          text NOT NULL,
  score           double precision NOT NULL,
  reason          text NOT NULL,
  state           text NOT NULL CHECK (state IN ('proposto', 'approvato', 'respinto')),
  proposed_by     text,
  proposed_by_name text,
  proposed_at     timestamptz NOT NULL,
  decided_by      text,
  decided_by_name text,
  decided_at      timestamptz,
  decision_note   text
);
CREATE INDEX override_requests_plan ON override_requests (entity_id, plan_key, period);

-- Monitoring notes written through the application (spec §2.11).
CREATE TABLE notes (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id       text NOT NULL REFERENCES entities (id),
  plan_key        text NOT NULL,
  period          text NOT NULL,
  objective       text NOT NULL,
  indicator       text,
  cause           text,
  action          text,
  proposal        jsonb,
  flags           text[] NOT NULL DEFAULT '{}',
  by_whom         text,
  version         integer NOT NULL CHECK (version >= 1),
  updated_at      timestamptz NOT NULL,
  updated_by      text,
  updated_by_name text
);
CREATE INDEX notes_plan ON notes (entity_id, plan_key, period);

-- Rich texts of the documents, per plan, year and section.
CREATE TABLE narratives (
  entity_id       text NOT NULL REFERENCES entities (id),
  plan_key        text NOT NULL,
  year            text NOT NULL,
  section         text NOT NULL,
  content         text NOT NULL,
  version         integer NOT NULL CHECK (version >= 1),
  updated_at      timestamptz NOT NULL,
  updated_by      text,
  updated_by_name text,
  PRIMARY KEY (entity_id, plan_key, year, section)
);

-- The audit trail: one chain per entity. hash = sha256(prev_hash || canonical JSON of the record)
-- (packages/server/src/audit/canonical.ts). Appends lock the entity's row of audit_heads.
CREATE TABLE audit_heads (
  entity_id  text PRIMARY KEY,
  seq        bigint NOT NULL,
  hash       text NOT NULL
);

CREATE TABLE audit_records (
  entity_id    text NOT NULL,
  seq          bigint NOT NULL CHECK (seq >= 1),
  at           timestamptz NOT NULL,
  actor_id     text,
  actor_name   text,
  object_type  text NOT NULL,
  object_id    text NOT NULL,
  action       text NOT NULL,
  before       jsonb,
  after        jsonb,
  reason       text,
  prev_hash    text NOT NULL,
  hash         text NOT NULL,
  PRIMARY KEY (entity_id, seq)
);
CREATE INDEX audit_records_object ON audit_records (entity_id, object_type, object_id, seq);

-- Append-only: the database itself refuses to change or remove a record.
CREATE FUNCTION audit_records_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Il registro di audit è in sola aggiunta: % non consentito', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_records_no_update BEFORE UPDATE OR DELETE ON audit_records
  FOR EACH ROW EXECUTE FUNCTION audit_records_refuse();
CREATE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON audit_records
  FOR EACH STATEMENT EXECUTE FUNCTION audit_records_refuse();

-- Demo mode runs only on a database this installation created for it (docs/server.md).
CREATE TABLE installation (
  key    text PRIMARY KEY,
  value  jsonb NOT NULL,
  at     timestamptz NOT NULL DEFAULT now()
);
