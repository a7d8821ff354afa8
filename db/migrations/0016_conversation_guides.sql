CREATE TABLE "conversation_guides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"guide" jsonb NOT NULL,
	"created_by_membership_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversation_guides" ADD CONSTRAINT "conversation_guides_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_guides" ADD CONSTRAINT "conversation_guides_created_by_membership_id_memberships_id_fk" FOREIGN KEY ("created_by_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversation_guides_org_idx" ON "conversation_guides" USING btree ("organization_id");--> statement-breakpoint
-- Row-level security like every tenant table (0001, 0010): the tenant role sees its organisation's rows only.
ALTER TABLE "conversation_guides" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "conversation_guides" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON "conversation_guides" USING (organization_id = app_current_organization_id()) WITH CHECK (organization_id = app_current_organization_id());
