CREATE TABLE "scim_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_by_membership_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "scim_user_name" text;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "scim_name" jsonb;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "scim_deactivated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "scim_tokens" ADD CONSTRAINT "scim_tokens_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scim_tokens" ADD CONSTRAINT "scim_tokens_created_by_membership_id_memberships_id_fk" FOREIGN KEY ("created_by_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "scim_tokens_hash_key" ON "scim_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "scim_tokens_org_idx" ON "scim_tokens" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scim_tokens_one_live_per_org" ON "scim_tokens" USING btree ("organization_id") WHERE "scim_tokens"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "memberships_org_external_id_idx" ON "memberships" USING btree ("organization_id","external_id") WHERE "memberships"."external_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_org_scim_user_name_key" ON "memberships" USING btree ("organization_id",lower("scim_user_name")) WHERE "memberships"."scim_user_name" is not null;--> statement-breakpoint
-- Row-level security like every tenant table (0001, 0016): the tenant role sees its organisation's tokens only.
-- The token itself is looked up by its hash with the owner's handle (the request names no organisation yet).
ALTER TABLE "scim_tokens" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "scim_tokens" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON "scim_tokens" USING (organization_id = app_current_organization_id()) WITH CHECK (organization_id = app_current_organization_id());
