CREATE TYPE "public"."match_decline_reason" AS ENUM('noTime', 'notAGoodFit', 'conflictOfInterest', 'other');--> statement-breakpoint
CREATE TYPE "public"."match_status" AS ENUM('proposed', 'requested', 'accepted', 'declined', 'expired', 'withdrawn', 'ended');--> statement-breakpoint
CREATE TYPE "public"."matching_run_status" AS ENUM('proposed', 'published', 'superseded');--> statement-breakpoint
CREATE TABLE "matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"mentor_enrolment_id" uuid NOT NULL,
	"mentee_enrolment_id" uuid NOT NULL,
	"score" numeric(6, 4) NOT NULL,
	"explanation" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"status" "match_status" DEFAULT 'proposed' NOT NULL,
	"request_deadline" timestamp with time zone,
	"decline_reason" "match_decline_reason",
	"decline_text" text,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matches_score_range" CHECK ("matches"."score" between 0 and 1),
	CONSTRAINT "matches_not_self" CHECK ("matches"."mentor_enrolment_id" <> "matches"."mentee_enrolment_id")
);
--> statement-breakpoint
CREATE TABLE "matching_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"status" "matching_run_status" DEFAULT 'proposed' NOT NULL,
	"figures" jsonb NOT NULL,
	"unmatched" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by_membership_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mentor_loads" (
	"mentor_enrolment_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"accepted_count" integer DEFAULT 0 NOT NULL,
	"capacity" integer NOT NULL,
	CONSTRAINT "mentor_loads_within_capacity" CHECK ("mentor_loads"."accepted_count" between 0 and "mentor_loads"."capacity")
);
--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_run_id_matching_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."matching_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_mentor_enrolment_id_enrolments_id_fk" FOREIGN KEY ("mentor_enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_mentee_enrolment_id_enrolments_id_fk" FOREIGN KEY ("mentee_enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_created_by_membership_id_memberships_id_fk" FOREIGN KEY ("created_by_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_loads" ADD CONSTRAINT "mentor_loads_mentor_enrolment_id_enrolments_id_fk" FOREIGN KEY ("mentor_enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_loads" ADD CONSTRAINT "mentor_loads_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matches_org_idx" ON "matches" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "matches_run_idx" ON "matches" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "matches_mentor_idx" ON "matches" USING btree ("mentor_enrolment_id","status");--> statement-breakpoint
CREATE INDEX "matches_mentee_idx" ON "matches" USING btree ("mentee_enrolment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matches_one_accepted_per_mentee" ON "matches" USING btree ("programme_id","mentee_enrolment_id") WHERE "matches"."status" = 'accepted';--> statement-breakpoint
CREATE UNIQUE INDEX "matches_run_mentee_key" ON "matches" USING btree ("run_id","mentee_enrolment_id");--> statement-breakpoint
CREATE INDEX "matching_runs_org_idx" ON "matching_runs" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "matching_runs_programme_idx" ON "matching_runs" USING btree ("programme_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "matching_runs_one_proposed" ON "matching_runs" USING btree ("programme_id") WHERE "matching_runs"."status" = 'proposed';--> statement-breakpoint
CREATE INDEX "mentor_loads_org_idx" ON "mentor_loads" USING btree ("organization_id");