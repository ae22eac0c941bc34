ALTER TABLE "events" ADD COLUMN "group_id" uuid;--> statement-breakpoint
CREATE INDEX "events_group_idx" ON "events" USING btree ("group_id","starts_at") WHERE "events"."group_id" is not null;