CREATE TYPE "public"."conversation_context" AS ENUM('pair', 'team');--> statement-breakpoint
CREATE TYPE "public"."conversation_status" AS ENUM('planned', 'running', 'closed');--> statement-breakpoint
CREATE TABLE "conversation_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"owner_membership_id" uuid,
	"due_date" date,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"context" "conversation_context" NOT NULL,
	"match_id" uuid,
	"lead_membership_id" uuid NOT NULL,
	"partner_membership_id" uuid NOT NULL,
	"guide_key" text NOT NULL,
	"guide_kind" text NOT NULL,
	"guide" jsonb NOT NULL,
	"status" "conversation_status" DEFAULT 'planned' NOT NULL,
	"planned_on" date,
	"announced_at" timestamp with time zone,
	"clock" jsonb,
	"started_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversations_context_match" CHECK (("conversations"."context" = 'pair') = ("conversations"."match_id" is not null)),
	CONSTRAINT "conversations_two_people" CHECK ("conversations"."lead_membership_id" <> "conversations"."partner_membership_id"),
	CONSTRAINT "conversations_started" CHECK ("conversations"."status" = 'planned' or ("conversations"."clock" is not null and "conversations"."started_at" is not null)),
	CONSTRAINT "conversations_closed" CHECK (("conversations"."status" = 'closed') = ("conversations"."closed_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "conversation_actions" ADD CONSTRAINT "conversation_actions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_actions" ADD CONSTRAINT "conversation_actions_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_actions" ADD CONSTRAINT "conversation_actions_owner_membership_id_memberships_id_fk" FOREIGN KEY ("owner_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_agreements" ADD CONSTRAINT "conversation_agreements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_agreements" ADD CONSTRAINT "conversation_agreements_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_lead_membership_id_memberships_id_fk" FOREIGN KEY ("lead_membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_partner_membership_id_memberships_id_fk" FOREIGN KEY ("partner_membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversation_actions_org_idx" ON "conversation_actions" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_actions_position_key" ON "conversation_actions" USING btree ("conversation_id","position");--> statement-breakpoint
CREATE INDEX "conversation_actions_owner_idx" ON "conversation_actions" USING btree ("owner_membership_id");--> statement-breakpoint
CREATE INDEX "conversation_agreements_org_idx" ON "conversation_agreements" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_agreements_position_key" ON "conversation_agreements" USING btree ("conversation_id","position");--> statement-breakpoint
CREATE INDEX "conversations_org_closed_idx" ON "conversations" USING btree ("organization_id","closed_at");--> statement-breakpoint
CREATE INDEX "conversations_match_idx" ON "conversations" USING btree ("match_id");--> statement-breakpoint
CREATE INDEX "conversations_lead_idx" ON "conversations" USING btree ("lead_membership_id");--> statement-breakpoint
CREATE INDEX "conversations_partner_idx" ON "conversations" USING btree ("partner_membership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_one_open_per_pair" ON "conversations" USING btree ("match_id") WHERE "conversations"."context" = 'pair' and "conversations"."status" <> 'closed';--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_one_open_per_team_member" ON "conversations" USING btree ("lead_membership_id","partner_membership_id") WHERE "conversations"."context" = 'team' and "conversations"."status" <> 'closed';--> statement-breakpoint
-- Row-level security for the conversations and their records, as in 0001_row_level_security.sql (SECURITY.md
-- rule 3): the tenant role sees its organisation's rows only. Which two people of the organisation may read a
-- conversation is the data layer's check (lib/conversations/access.ts).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['conversations', 'conversation_agreements', 'conversation_actions'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organization_id = app_current_organization_id()) WITH CHECK (organization_id = app_current_organization_id())', t);
  END LOOP;
END $$;
