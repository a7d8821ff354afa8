-- Row-level security for the scheduling tables, as in 0001_row_level_security.sql (SECURITY.md rule 3).
-- Grants to kring_app come from the default privileges set there.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['meeting_series', 'meeting_sessions', 'meeting_participants', 'calendar_feed_tokens'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organization_id = app_current_organization_id()) WITH CHECK (organization_id = app_current_organization_id())', t);
  END LOOP;
END $$;
