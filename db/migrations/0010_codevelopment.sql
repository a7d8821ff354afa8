CREATE TYPE "public"."codev_case_status" AS ENUM('draft', 'ready');--> statement-breakpoint
CREATE TYPE "public"."codev_group_role" AS ENUM('participant', 'facilitator');--> statement-breakpoint
CREATE TYPE "public"."codev_group_status" AS ENUM('proposed', 'published', 'closed');--> statement-breakpoint
CREATE TYPE "public"."codev_notice_kind" AS ENUM('casePrep', 'caseReady', 'dayBefore', 'caseLate', 'actionsReminder', 'feedback');--> statement-breakpoint
CREATE TYPE "public"."codev_turn_swap_status" AS ENUM('requested', 'accepted', 'declined', 'cancelled');--> statement-breakpoint
CREATE TABLE "codev_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"owner_membership_id" uuid,
	"description" text NOT NULL,
	"due_date" date,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codev_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"presenter_membership_id" uuid,
	"title" text DEFAULT '' NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"tried" text DEFAULT '' NOT NULL,
	"question" text DEFAULT '' NOT NULL,
	"help_wanted" text DEFAULT '' NOT NULL,
	"status" "codev_case_status" DEFAULT 'draft' NOT NULL,
	"facilitator_comment" text,
	"ready_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codev_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "codev_feedback_score_range" CHECK ("codev_feedback"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "codev_group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"role" "codev_group_role" DEFAULT 'participant' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codev_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"status" "codev_group_status" DEFAULT 'proposed' NOT NULL,
	"number" integer NOT NULL,
	"language" text NOT NULL,
	"slot" text NOT NULL,
	"series_id" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codev_learnings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codev_methods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"method" jsonb NOT NULL,
	"created_by_membership_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codev_runner_states" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"method" jsonb NOT NULL,
	"clock" jsonb NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codev_session_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" "codev_notice_kind" NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codev_step_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"step_key" text NOT NULL,
	"author_membership_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codev_turn_swaps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"requester_membership_id" uuid NOT NULL,
	"requester_session_id" uuid NOT NULL,
	"partner_membership_id" uuid NOT NULL,
	"partner_session_id" uuid NOT NULL,
	"status" "codev_turn_swap_status" DEFAULT 'requested' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "codev_actions" ADD CONSTRAINT "codev_actions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_actions" ADD CONSTRAINT "codev_actions_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_actions" ADD CONSTRAINT "codev_actions_group_id_codev_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."codev_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_actions" ADD CONSTRAINT "codev_actions_owner_membership_id_memberships_id_fk" FOREIGN KEY ("owner_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_cases" ADD CONSTRAINT "codev_cases_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_cases" ADD CONSTRAINT "codev_cases_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_cases" ADD CONSTRAINT "codev_cases_group_id_codev_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."codev_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_cases" ADD CONSTRAINT "codev_cases_presenter_membership_id_memberships_id_fk" FOREIGN KEY ("presenter_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_feedback" ADD CONSTRAINT "codev_feedback_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_feedback" ADD CONSTRAINT "codev_feedback_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_feedback" ADD CONSTRAINT "codev_feedback_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_group_members" ADD CONSTRAINT "codev_group_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_group_members" ADD CONSTRAINT "codev_group_members_group_id_codev_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."codev_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_group_members" ADD CONSTRAINT "codev_group_members_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_groups" ADD CONSTRAINT "codev_groups_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_groups" ADD CONSTRAINT "codev_groups_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_groups" ADD CONSTRAINT "codev_groups_series_id_meeting_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."meeting_series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_learnings" ADD CONSTRAINT "codev_learnings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_learnings" ADD CONSTRAINT "codev_learnings_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_learnings" ADD CONSTRAINT "codev_learnings_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_methods" ADD CONSTRAINT "codev_methods_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_methods" ADD CONSTRAINT "codev_methods_created_by_membership_id_memberships_id_fk" FOREIGN KEY ("created_by_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_runner_states" ADD CONSTRAINT "codev_runner_states_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_runner_states" ADD CONSTRAINT "codev_runner_states_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_session_notices" ADD CONSTRAINT "codev_session_notices_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_session_notices" ADD CONSTRAINT "codev_session_notices_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_step_notes" ADD CONSTRAINT "codev_step_notes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_step_notes" ADD CONSTRAINT "codev_step_notes_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_step_notes" ADD CONSTRAINT "codev_step_notes_author_membership_id_memberships_id_fk" FOREIGN KEY ("author_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_turn_swaps" ADD CONSTRAINT "codev_turn_swaps_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_turn_swaps" ADD CONSTRAINT "codev_turn_swaps_group_id_codev_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."codev_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_turn_swaps" ADD CONSTRAINT "codev_turn_swaps_requester_membership_id_memberships_id_fk" FOREIGN KEY ("requester_membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_turn_swaps" ADD CONSTRAINT "codev_turn_swaps_requester_session_id_meeting_sessions_id_fk" FOREIGN KEY ("requester_session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_turn_swaps" ADD CONSTRAINT "codev_turn_swaps_partner_membership_id_memberships_id_fk" FOREIGN KEY ("partner_membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codev_turn_swaps" ADD CONSTRAINT "codev_turn_swaps_partner_session_id_meeting_sessions_id_fk" FOREIGN KEY ("partner_session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "codev_actions_org_idx" ON "codev_actions" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "codev_actions_group_idx" ON "codev_actions" USING btree ("group_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "codev_cases_session_key" ON "codev_cases" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "codev_cases_org_idx" ON "codev_cases" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "codev_cases_group_idx" ON "codev_cases" USING btree ("group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "codev_feedback_once" ON "codev_feedback" USING btree ("session_id","membership_id");--> statement-breakpoint
CREATE INDEX "codev_feedback_org_idx" ON "codev_feedback" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "codev_group_members_group_member_key" ON "codev_group_members" USING btree ("group_id","membership_id");--> statement-breakpoint
CREATE INDEX "codev_group_members_org_idx" ON "codev_group_members" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "codev_group_members_membership_idx" ON "codev_group_members" USING btree ("membership_id");--> statement-breakpoint
CREATE INDEX "codev_groups_org_idx" ON "codev_groups" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "codev_groups_programme_idx" ON "codev_groups" USING btree ("programme_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "codev_groups_programme_number_key" ON "codev_groups" USING btree ("programme_id","number") WHERE "codev_groups"."status" <> 'closed';--> statement-breakpoint
CREATE UNIQUE INDEX "codev_learnings_once" ON "codev_learnings" USING btree ("session_id","membership_id");--> statement-breakpoint
CREATE INDEX "codev_learnings_org_idx" ON "codev_learnings" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "codev_methods_org_idx" ON "codev_methods" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "codev_runner_states_org_idx" ON "codev_runner_states" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "codev_session_notices_once" ON "codev_session_notices" USING btree ("session_id","kind");--> statement-breakpoint
CREATE INDEX "codev_session_notices_org_idx" ON "codev_session_notices" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "codev_step_notes_org_idx" ON "codev_step_notes" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "codev_step_notes_session_idx" ON "codev_step_notes" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "codev_turn_swaps_org_idx" ON "codev_turn_swaps" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "codev_turn_swaps_group_idx" ON "codev_turn_swaps" USING btree ("group_id","status");--> statement-breakpoint
-- Row-level security for the co-development tables, as in 0001_row_level_security.sql (SECURITY.md rule 3).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['codev_methods', 'codev_groups', 'codev_group_members', 'codev_turn_swaps', 'codev_cases', 'codev_session_notices', 'codev_runner_states', 'codev_step_notes', 'codev_actions', 'codev_learnings', 'codev_feedback'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organization_id = app_current_organization_id()) WITH CHECK (organization_id = app_current_organization_id())', t);
  END LOOP;
END $$;
