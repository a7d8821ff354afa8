CREATE TYPE "public"."attendance" AS ENUM('invited', 'attended', 'absent', 'excused');--> statement-breakpoint
CREATE TYPE "public"."meeting_status" AS ENUM('scheduled', 'moved', 'cancelled', 'held');--> statement-breakpoint
CREATE TYPE "public"."series_owner_type" AS ENUM('match', 'group', 'adhoc');--> statement-breakpoint
CREATE TABLE "calendar_feed_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "meeting_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"attendance" "attendance" DEFAULT 'invited' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"owner_type" "series_owner_type" DEFAULT 'adhoc' NOT NULL,
	"owner_id" uuid,
	"title" text NOT NULL,
	"organizer_membership_id" uuid,
	"time_zone" text NOT NULL,
	"cadence_weeks" integer NOT NULL,
	"session_count" integer NOT NULL,
	"first_date" date NOT NULL,
	"start_time" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"place" text,
	"video_url" text,
	"skipped_dates" date[] DEFAULT '{}'::date[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_series_cadence_range" CHECK ("meeting_series"."cadence_weeks" between 1 and 6),
	CONSTRAINT "meeting_series_count_range" CHECK ("meeting_series"."session_count" between 1 and 52),
	CONSTRAINT "meeting_series_duration_range" CHECK ("meeting_series"."duration_minutes" between 15 and 480),
	CONSTRAINT "meeting_series_start_time" CHECK ("meeting_series"."start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "meeting_series_owner" CHECK (("meeting_series"."owner_type" = 'adhoc') = ("meeting_series"."owner_id" is null))
);
--> statement-breakpoint
CREATE TABLE "meeting_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"series_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"place" text,
	"video_url" text,
	"status" "meeting_status" DEFAULT 'scheduled' NOT NULL,
	"ics_uid" text NOT NULL,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"case_presenter_membership_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_sessions_duration_range" CHECK ("meeting_sessions"."duration_minutes" between 15 and 480),
	CONSTRAINT "meeting_sessions_sequence" CHECK ("meeting_sessions"."ics_sequence" >= 0)
);
--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_organizer_membership_id_memberships_id_fk" FOREIGN KEY ("organizer_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_sessions" ADD CONSTRAINT "meeting_sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_sessions" ADD CONSTRAINT "meeting_sessions_series_id_meeting_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."meeting_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_sessions" ADD CONSTRAINT "meeting_sessions_case_presenter_membership_id_memberships_id_fk" FOREIGN KEY ("case_presenter_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_tokens_hash_key" ON "calendar_feed_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "calendar_feed_tokens_membership_idx" ON "calendar_feed_tokens" USING btree ("membership_id");--> statement-breakpoint
CREATE INDEX "calendar_feed_tokens_org_idx" ON "calendar_feed_tokens" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_participants_session_member_key" ON "meeting_participants" USING btree ("session_id","membership_id");--> statement-breakpoint
CREATE INDEX "meeting_participants_membership_idx" ON "meeting_participants" USING btree ("membership_id");--> statement-breakpoint
CREATE INDEX "meeting_participants_org_idx" ON "meeting_participants" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "meeting_series_org_idx" ON "meeting_series" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_sessions_ics_uid_key" ON "meeting_sessions" USING btree ("ics_uid");--> statement-breakpoint
CREATE INDEX "meeting_sessions_org_starts_idx" ON "meeting_sessions" USING btree ("organization_id","starts_at");--> statement-breakpoint
CREATE INDEX "meeting_sessions_series_idx" ON "meeting_sessions" USING btree ("series_id","starts_at");