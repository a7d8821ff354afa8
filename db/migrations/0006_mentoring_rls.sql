-- Row-level security for the mentoring tables, as in 0001_row_level_security.sql (SECURITY.md rule 3).
-- Grants to kring_app come from the default privileges set there.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['matching_runs', 'matches', 'mentor_loads'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organization_id = app_current_organization_id()) WITH CHECK (organization_id = app_current_organization_id())', t);
  END LOOP;
END $$;
