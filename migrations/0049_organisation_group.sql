ALTER TABLE "volunteer_projects" DROP CONSTRAINT "volunteer_projects_organiser";--> statement-breakpoint
ALTER TABLE "causes" ADD COLUMN "group_id" uuid;--> statement-breakpoint
ALTER TABLE "volunteer_projects" ADD COLUMN "group_id" uuid;--> statement-breakpoint
CREATE INDEX "causes_group_idx" ON "causes" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "volunteer_projects_group_idx" ON "volunteer_projects" USING btree ("group_id");--> statement-breakpoint
ALTER TABLE "volunteer_projects" ADD CONSTRAINT "volunteer_projects_organiser" CHECK (num_nonnulls("volunteer_projects"."department_id", "volunteer_projects"."group_id", "volunteer_projects"."organisation_name") = 1);