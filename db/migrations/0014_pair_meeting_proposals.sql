CREATE TYPE "public"."match_meeting_proposal_status" AS ENUM('open', 'accepted', 'replaced', 'withdrawn');--> statement-breakpoint
CREATE TABLE "match_meeting_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"match_id" uuid NOT NULL,
	"proposed_by_membership_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"time_zone" text NOT NULL,
	"status" "match_meeting_proposal_status" DEFAULT 'open' NOT NULL,
	"session_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "match_meeting_proposals_duration_range" CHECK ("match_meeting_proposals"."duration_minutes" between 15 and 480)
);
--> statement-breakpoint
ALTER TABLE "match_meeting_proposals" ADD CONSTRAINT "match_meeting_proposals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_meeting_proposals" ADD CONSTRAINT "match_meeting_proposals_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_meeting_proposals" ADD CONSTRAINT "match_meeting_proposals_proposed_by_membership_id_memberships_id_fk" FOREIGN KEY ("proposed_by_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_meeting_proposals" ADD CONSTRAINT "match_meeting_proposals_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_meeting_proposals_org_idx" ON "match_meeting_proposals" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "match_meeting_proposals_match_idx" ON "match_meeting_proposals" USING btree ("match_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "match_meeting_proposals_one_open" ON "match_meeting_proposals" USING btree ("match_id") WHERE "match_meeting_proposals"."status" = 'open';--> statement-breakpoint
-- Row-level security, as in 0001_row_level_security.sql (SECURITY.md rule 3).
ALTER TABLE "match_meeting_proposals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "match_meeting_proposals" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON "match_meeting_proposals" USING (organization_id = app_current_organization_id()) WITH CHECK (organization_id = app_current_organization_id());
