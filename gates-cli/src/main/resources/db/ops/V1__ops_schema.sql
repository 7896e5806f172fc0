-- The control plane's ops schema (seeds: architecture §4 ops.environments / ops.policies / ops.deployments,
-- constitution §6 evidence and §7.2 client isolation). Plain PostgreSQL 10+: it runs the same on Supabase.
-- Every table carries client_id, ready for row-level security; RLS itself is enabled per deployment (Supabase's
-- auth.jwt() does not exist on a plain server): see docs/OPERATIONS.md.

CREATE TABLE environments (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id     text        NOT NULL DEFAULT 'default',
    name          text        NOT NULL CHECK (name IN ('prod', 'stage', 'dev')),
    database_name text,
    first_seen_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT environments_client_name UNIQUE (client_id, name)
);

-- A policy overrides, for one environment, what the run's variables say: the cron allowlist and the targets
-- (same syntax as IPAI_CRON_ALLOWLIST, IPAI_NEUTRALIZE_TARGETS, IPAI_NEUTRALIZE_SKIP_TARGETS; NULL keeps the run's
-- own). At most one active policy per client and environment.
CREATE TABLE policies (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id      text        NOT NULL DEFAULT 'default',
    name           text        NOT NULL,
    environment    text        NOT NULL CHECK (environment IN ('prod', 'stage', 'dev')),
    cron_allowlist text,
    targets        text,
    skip_targets   text,
    active         boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT policies_client_name UNIQUE (client_id, name)
);
CREATE UNIQUE INDEX policies_one_active_per_environment ON policies (client_id, environment) WHERE active;

-- One row per odooops run, whatever its outcome.
CREATE TABLE neutralization_runs (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id            text        NOT NULL DEFAULT 'default',
    command              text        NOT NULL,
    environment          text,
    database_name        text,
    status               text,
    exit_code            integer     NOT NULL,
    dry_run              boolean,
    mail_servers_changed bigint,
    crons_changed        bigint,
    already_neutralized  boolean,
    policy_name          text,
    error_kind           text,
    error_message        text,
    summary              jsonb,
    started_at           timestamptz NOT NULL,
    ended_at             timestamptz NOT NULL
);
CREATE INDEX neutralization_runs_client_db_started ON neutralization_runs (client_id, database_name, started_at);

-- A database published by `odooops clone` or `odooops restore`, with the run that neutralized it.
CREATE TABLE deployments (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id     text        NOT NULL DEFAULT 'default',
    kind          text        NOT NULL CHECK (kind IN ('clone', 'restore')),
    environment   text,
    database_name text        NOT NULL,
    source        text,
    status        text        NOT NULL,
    exit_code     integer     NOT NULL,
    run_id        bigint      NOT NULL REFERENCES neutralization_runs (id),
    started_at    timestamptz NOT NULL,
    ended_at      timestamptz NOT NULL
);
