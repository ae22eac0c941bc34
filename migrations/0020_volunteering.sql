CREATE TABLE "volunteer_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"department_id" text,
	"organisation_name" text,
	"organisation_reg_number" text,
	"district_id" text,
	"organiser_id" uuid NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"moderation" text DEFAULT 'visible' NOT NULL,
	"moderation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_projects_organiser" CHECK (("volunteer_projects"."department_id" is null) <> ("volunteer_projects"."organisation_name" is null))
);
--> statement-breakpoint
CREATE TABLE "volunteer_shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"address" text DEFAULT '' NOT NULL,
	"district_id" text,
	"online_url" text,
	"capacity" integer NOT NULL,
	"min_age" smallint,
	"bring" text DEFAULT '' NOT NULL,
	"registered_count" integer DEFAULT 0 NOT NULL,
	"waitlist_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_shifts_ends_after_start" CHECK ("volunteer_shifts"."ends_at" > "volunteer_shifts"."starts_at"),
	CONSTRAINT "volunteer_shifts_somewhere" CHECK (("volunteer_shifts"."lat" is not null and "volunteer_shifts"."lon" is not null) or "volunteer_shifts"."online_url" is not null),
	CONSTRAINT "volunteer_shifts_counts" CHECK ("volunteer_shifts"."registered_count" >= 0 and "volunteer_shifts"."waitlist_count" >= 0),
	CONSTRAINT "volunteer_shifts_capacity" CHECK ("volunteer_shifts"."capacity" > 0 and "volunteer_shifts"."registered_count" <= "volunteer_shifts"."capacity")
);
--> statement-breakpoint
CREATE TABLE "volunteer_signups" (
	"shift_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"state" text NOT NULL,
	"queue" bigserial NOT NULL,
	"minutes_worked" integer,
	"hours_revision" integer DEFAULT 0 NOT NULL,
	"hours_confirmed_by" uuid,
	"hours_confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_signups_shift_id_user_id_pk" PRIMARY KEY("shift_id","user_id"),
	CONSTRAINT "volunteer_signups_minutes" CHECK ("volunteer_signups"."minutes_worked" is null or "volunteer_signups"."minutes_worked" >= 0)
);
--> statement-breakpoint
CREATE TABLE "volunteers" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"record_public" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "volunteer_projects" ADD CONSTRAINT "volunteer_projects_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_projects" ADD CONSTRAINT "volunteer_projects_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_shifts" ADD CONSTRAINT "volunteer_shifts_project_id_volunteer_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."volunteer_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_shifts" ADD CONSTRAINT "volunteer_shifts_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_signups" ADD CONSTRAINT "volunteer_signups_shift_id_volunteer_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."volunteer_shifts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "volunteer_projects_district_idx" ON "volunteer_projects" USING btree ("district_id","created_at");--> statement-breakpoint
CREATE INDEX "volunteer_shifts_project_idx" ON "volunteer_shifts" USING btree ("project_id","starts_at");--> statement-breakpoint
CREATE INDEX "volunteer_shifts_starts_idx" ON "volunteer_shifts" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "volunteer_signups_queue_idx" ON "volunteer_signups" USING btree ("shift_id","state","queue");--> statement-breakpoint
CREATE INDEX "volunteer_signups_user_idx" ON "volunteer_signups" USING btree ("user_id","state");