DROP INDEX "commitments_source_key";--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "source_part" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "polls" ADD COLUMN "department_id" text;--> statement-breakpoint
ALTER TABLE "polls" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "polls" ADD COLUMN "priority_count" smallint;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "commitments_source_key" ON "commitments" USING btree ("source_type","source_id","source_part");