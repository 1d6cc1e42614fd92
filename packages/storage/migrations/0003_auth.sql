-- Accounts, role grants, sessions and login attempts (docs/auth.md).

CREATE TABLE users (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email          text NOT NULL CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
  fiscal_code    text CHECK (fiscal_code = upper(fiscal_code)),
  name           text,
  -- argon2id, encoded with its parameters; NULL: the account logs in only through OpenID Connect.
  password_hash  text,
  disabled       boolean NOT NULL DEFAULT false,
  last_login_at  timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (email),
  UNIQUE (fiscal_code)
);

-- One role in one entity (NULL = every entity, administrators only; the Actor shows it as '*');
-- units scope dirigente and referente grants to those units and their subtrees (unit keys of the
-- entity's plans).
CREATE TABLE role_grants (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  entity_id   text REFERENCES entities (id) ON DELETE CASCADE,
  role        text NOT NULL CHECK (role IN ('amministratore', 'controllo', 'dirigente', 'referente', 'oiv', 'lettore')),
  units       text[] NOT NULL DEFAULT '{}',
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE NULLS NOT DISTINCT (user_id, entity_id, role),
  CHECK (entity_id IS NOT NULL OR role = 'amministratore'),
  CHECK (role NOT IN ('dirigente', 'referente') OR cardinality(units) > 0)
);
CREATE INDEX role_grants_entity ON role_grants (entity_id);

-- Server-side sessions. The cookie holds a random 256-bit token; only its SHA-256 is kept here.
CREATE TABLE sessions (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash    bytea NOT NULL UNIQUE,
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token    text NOT NULL,
  method        text NOT NULL CHECK (method IN ('password', 'oidc')),
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  ip            text,
  user_agent    text
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- Login attempts, for rate limiting per account and per address; pruned after a day.
CREATE TABLE login_attempts (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at       timestamptz NOT NULL DEFAULT now(),
  email    text NOT NULL,
  ip       text NOT NULL,
  success  boolean NOT NULL
);
CREATE INDEX login_attempts_email ON login_attempts (email, at);
CREATE INDEX login_attempts_ip ON login_attempts (ip, at);
CREATE INDEX login_attempts_at ON login_attempts (at);

-- An OpenID Connect login under way: PKCE verifier, state and nonce, bound to the browser by a
-- cookie holding a random token whose SHA-256 is the key. Lives ten minutes.
CREATE TABLE oidc_transactions (
  token_hash     bytea PRIMARY KEY,
  state          text NOT NULL,
  nonce          text NOT NULL,
  code_verifier  text NOT NULL,
  return_to      text,
  created_at     timestamptz NOT NULL DEFAULT now()
);
