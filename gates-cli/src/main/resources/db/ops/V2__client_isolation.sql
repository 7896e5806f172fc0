-- Client data isolation (constitution §7.2): every ops table holding client data gets row-level security, enabled
-- and FORCED (the owner too is held to it; only superusers and BYPASSRLS roles are not), with one policy per
-- command keyed on the caller's client_id claim. The claim is the Supabase one, auth.jwt() ->> 'client_id', which
-- reads the request.jwt.claims setting: Supabase's API sets it from the signed JWT; our own writer
-- (odooops --evidence-db) sets it per transaction from ODOOOPS_CLIENT_ID; any other caller sets it the same way.
--
-- Fail closed: no claim, a malformed claim or a claim without client_id yields NULL, and client_id = NULL is never
-- true, so such a caller sees, inserts, updates and deletes nothing. There is no "all clients" value.
--
-- Written to be re-run: a re-applied script leaves the same policies (DROP ... IF EXISTS, then CREATE).

-- Plain PostgreSQL has no auth.jwt(); Supabase has its own, which must never be replaced: create ours only when
-- there is none (Supabase's schema auth is not even touched). Ours reads the same setting and treats a malformed
-- value as no claim.
DO $do$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                   WHERE n.nspname = 'auth' AND p.proname = 'jwt' AND p.pronargs = 0) THEN
        CREATE SCHEMA IF NOT EXISTS auth;
        EXECUTE $fn$
            CREATE FUNCTION auth.jwt() RETURNS jsonb
                LANGUAGE plpgsql STABLE
                SET search_path = pg_catalog
            AS $body$
            BEGIN
                RETURN nullif(current_setting('request.jwt.claims', true), '')::jsonb;
            EXCEPTION WHEN invalid_text_representation THEN
                RETURN NULL; -- a malformed claim names no client
            END
            $body$
        $fn$;
        -- policies run with the caller's privileges: every role that reads ops must be able to call it
        GRANT USAGE ON SCHEMA auth TO PUBLIC;
        GRANT EXECUTE ON FUNCTION auth.jwt() TO PUBLIC;
    END IF;
END
$do$;

DO $do$
DECLARE
    t text;
    -- (SELECT ...) makes PostgreSQL evaluate the claim once per statement, not once per row (Supabase's advice)
    mine constant text := 'client_id = (SELECT auth.jwt() ->> ''client_id'')';
BEGIN
    FOREACH t IN ARRAY ARRAY['environments', 'policies', 'neutralization_runs', 'deployments'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_client_read', t);
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_client_insert', t);
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_client_update', t);
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_client_delete', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (%s)', t || '_client_read', t, mine);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (%s)', t || '_client_insert', t, mine);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (%s) WITH CHECK (%s)', t || '_client_update', t,
                       mine, mine);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (%s)', t || '_client_delete', t, mine);
    END LOOP;
END
$do$;
