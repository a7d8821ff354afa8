CREATE TYPE "public"."match_check_in_kind" AS ENUM('fit', 'closing');--> statement-breakpoint
CREATE TYPE "public"."mentoring_goal_status" AS ENUM('notStarted', 'onTrack', 'atRisk', 'done', 'dropped');--> statement-breakpoint
CREATE TABLE "match_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"match_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"kind" "match_check_in_kind" NOT NULL,
	"good_fit" boolean,
	"text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"match_id" uuid NOT NULL,
	"author_membership_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentoring_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"match_id" uuid NOT NULL,
	"specific" text NOT NULL,
	"measurable" text NOT NULL,
	"achievable" text NOT NULL,
	"relevant" text NOT NULL,
	"due_date" date NOT NULL,
	"status" "mentoring_goal_status" DEFAULT 'notStarted' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"due_reminded_for" date,
	"created_by_membership_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_goals_progress_range" CHECK ("mentoring_goals"."progress" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "matches" ALTER COLUMN "run_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "reminder_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "ended_by_membership_id" uuid;--> statement-breakpoint
ALTER TABLE "match_check_ins" ADD CONSTRAINT "match_check_ins_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_check_ins" ADD CONSTRAINT "match_check_ins_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_check_ins" ADD CONSTRAINT "match_check_ins_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_notes" ADD CONSTRAINT "match_notes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_notes" ADD CONSTRAINT "match_notes_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_notes" ADD CONSTRAINT "match_notes_author_membership_id_memberships_id_fk" FOREIGN KEY ("author_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_goals" ADD CONSTRAINT "mentoring_goals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_goals" ADD CONSTRAINT "mentoring_goals_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_goals" ADD CONSTRAINT "mentoring_goals_created_by_membership_id_memberships_id_fk" FOREIGN KEY ("created_by_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_check_ins_org_idx" ON "match_check_ins" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "match_check_ins_once" ON "match_check_ins" USING btree ("match_id","membership_id","kind");--> statement-breakpoint
CREATE INDEX "match_notes_org_idx" ON "match_notes" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "match_notes_match_idx" ON "match_notes" USING btree ("match_id","created_at");--> statement-breakpoint
CREATE INDEX "mentoring_goals_org_idx" ON "mentoring_goals" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "mentoring_goals_match_idx" ON "mentoring_goals" USING btree ("match_id");--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_ended_by_membership_id_memberships_id_fk" FOREIGN KEY ("ended_by_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "matches_self_select_one_live" ON "matches" USING btree ("programme_id","mentee_enrolment_id") WHERE "matches"."run_id" is null and "matches"."status" in ('requested', 'accepted');--> statement-breakpoint
-- Row-level security for the pair's space, as in 0001_row_level_security.sql (SECURITY.md rule 3).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['mentoring_goals', 'match_notes', 'match_check_ins'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organization_id = app_current_organization_id()) WITH CHECK (organization_id = app_current_organization_id())', t);
  END LOOP;
END $$;
