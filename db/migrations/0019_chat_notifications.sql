CREATE TYPE "public"."chat_kind" AS ENUM('teams', 'slack');--> statement-breakpoint
CREATE TYPE "public"."chat_notice_status" AS ENUM('queued', 'sending', 'sent', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."notice_delivery" AS ENUM('email', 'chat', 'both');--> statement-breakpoint
CREATE TABLE "chat_channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" "chat_kind" NOT NULL,
	"webhook_url_encrypted" text NOT NULL,
	"url_hint" text NOT NULL,
	"connected_by_membership_id" uuid,
	"last_test_at" timestamp with time zone,
	"last_test_ok" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_channels_organizationId_unique" UNIQUE("organization_id")
);
--> statement-breakpoint
CREATE TABLE "chat_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"notice" text NOT NULL,
	"locale" "locale" NOT NULL,
	"props" jsonb NOT NULL,
	"idempotency_key" text NOT NULL,
	"status" "chat_notice_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"claim_token" uuid,
	"claimed_at" timestamp with time zone,
	"response_status" integer,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "chat_notices_idempotencyKey_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"organization_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"notice" text NOT NULL,
	"delivery" "notice_delivery" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_membership_id_notice_pk" PRIMARY KEY("membership_id","notice")
);
--> statement-breakpoint
ALTER TABLE "chat_channels" ADD CONSTRAINT "chat_channels_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_channels" ADD CONSTRAINT "chat_channels_connected_by_membership_id_memberships_id_fk" FOREIGN KEY ("connected_by_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_notices" ADD CONSTRAINT "chat_notices_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chat_notices_org_idx" ON "chat_notices" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "notification_preferences_org_idx" ON "notification_preferences" USING btree ("organization_id");--> statement-breakpoint
-- Row-level security like every tenant table (0001, 0010, 0016): the tenant role sees its organisation's rows only.
ALTER TABLE "chat_channels" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "chat_channels" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON "chat_channels" USING (organization_id = app_current_organization_id()) WITH CHECK (organization_id = app_current_organization_id());--> statement-breakpoint
ALTER TABLE "chat_notices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "chat_notices" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON "chat_notices" USING (organization_id = app_current_organization_id()) WITH CHECK (organization_id = app_current_organization_id());--> statement-breakpoint
ALTER TABLE "notification_preferences" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "notification_preferences" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON "notification_preferences" USING (organization_id = app_current_organization_id()) WITH CHECK (organization_id = app_current_organization_id());
