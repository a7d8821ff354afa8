CREATE TYPE "public"."track_step_kind" AS ENUM('conversation', 'session', 'reflection', 'reading');--> statement-breakpoint
CREATE TABLE "learning_track_completions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"step_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_track_reflections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"step_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_track_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"step_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_track_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"track_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "track_step_kind" NOT NULL,
	"title" jsonb NOT NULL,
	"due_week" integer,
	"guide_key" text,
	"url" text,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_track_steps_due_week_range" CHECK ("learning_track_steps"."due_week" is null or "learning_track_steps"."due_week" between 1 and 52),
	CONSTRAINT "learning_track_steps_position" CHECK ("learning_track_steps"."position" >= 1),
	CONSTRAINT "learning_track_steps_guide" CHECK (("learning_track_steps"."kind" = 'conversation') = ("learning_track_steps"."guide_key" is not null)),
	CONSTRAINT "learning_track_steps_url" CHECK (("learning_track_steps"."kind" = 'reading') = ("learning_track_steps"."url" is not null) and ("learning_track_steps"."url" is null or "learning_track_steps"."url" like 'https://%'))
);
--> statement-breakpoint
CREATE TABLE "learning_tracks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learning_track_completions" ADD CONSTRAINT "learning_track_completions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_track_completions" ADD CONSTRAINT "learning_track_completions_step_id_learning_track_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."learning_track_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_track_completions" ADD CONSTRAINT "learning_track_completions_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_track_reflections" ADD CONSTRAINT "learning_track_reflections_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_track_reflections" ADD CONSTRAINT "learning_track_reflections_step_id_learning_track_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."learning_track_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_track_reflections" ADD CONSTRAINT "learning_track_reflections_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_track_reminders" ADD CONSTRAINT "learning_track_reminders_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_track_reminders" ADD CONSTRAINT "learning_track_reminders_step_id_learning_track_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."learning_track_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_track_reminders" ADD CONSTRAINT "learning_track_reminders_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_track_steps" ADD CONSTRAINT "learning_track_steps_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_track_steps" ADD CONSTRAINT "learning_track_steps_track_id_learning_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."learning_tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_tracks" ADD CONSTRAINT "learning_tracks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_tracks" ADD CONSTRAINT "learning_tracks_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "learning_track_completions_once" ON "learning_track_completions" USING btree ("step_id","membership_id");--> statement-breakpoint
CREATE INDEX "learning_track_completions_org_idx" ON "learning_track_completions" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "learning_track_completions_membership_idx" ON "learning_track_completions" USING btree ("membership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_track_reflections_once" ON "learning_track_reflections" USING btree ("step_id","membership_id");--> statement-breakpoint
CREATE INDEX "learning_track_reflections_org_idx" ON "learning_track_reflections" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "learning_track_reflections_membership_idx" ON "learning_track_reflections" USING btree ("membership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_track_reminders_once" ON "learning_track_reminders" USING btree ("step_id","membership_id");--> statement-breakpoint
CREATE INDEX "learning_track_reminders_org_idx" ON "learning_track_reminders" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "learning_track_steps_track_idx" ON "learning_track_steps" USING btree ("track_id","position");--> statement-breakpoint
CREATE INDEX "learning_track_steps_org_idx" ON "learning_track_steps" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_tracks_programme_key" ON "learning_tracks" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "learning_tracks_org_idx" ON "learning_tracks" USING btree ("organization_id");--> statement-breakpoint
-- Row-level security for the learning-track tables, as in 0001_row_level_security.sql and 0010 (SECURITY.md
-- rule 3): the tenant role sees its organisation's rows only. Who within the organisation reads a reflection
-- (its writer, nobody else) is lib/tracks' own WHERE clause.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['learning_tracks', 'learning_track_steps', 'learning_track_completions', 'learning_track_reflections', 'learning_track_reminders'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organization_id = app_current_organization_id()) WITH CHECK (organization_id = app_current_organization_id())', t);
  END LOOP;
END $$;
