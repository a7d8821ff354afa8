-- The tenant role reads and writes organisation data only. Sign-in secrets (OAuth tokens, session tokens,
-- magic-link hashes) and the sign-in rate limits are handled by the system connection before any tenant is
-- known, so kring_app needs no access to them: a bug in a tenant query can then never reach them.
REVOKE ALL ON accounts, sessions, verification_tokens, rate_limits FROM kring_app;
