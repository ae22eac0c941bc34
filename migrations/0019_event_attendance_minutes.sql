CREATE TABLE "event_minutes" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"decisions" text[] DEFAULT '{}'::text[] NOT NULL,
	"photo_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "event_registrations" ADD COLUMN "attended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD COLUMN "attendance_marks" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "priority_days" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "image_file_id" uuid;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "check_in_code" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "attended_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "event_minutes" ADD CONSTRAINT "event_minutes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_source_idx" ON "events" USING btree ("source_type","source_id","starts_at") WHERE "events"."source_type" is not null;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_attended" CHECK ("events"."attended_count" >= 0 and "events"."attended_count" <= "events"."registered_count");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_priority_days" CHECK ("events"."priority_days" >= 0 and "events"."priority_days" <= 60);