ALTER TABLE "member_imports" ADD COLUMN "file_hash" text;--> statement-breakpoint
ALTER TABLE "member_imports" ADD COLUMN "file_name" text;--> statement-breakpoint
CREATE UNIQUE INDEX "member_imports_one_run_per_file" ON "member_imports" USING btree ("organization_id","file_hash") WHERE status in ('queued', 'running');