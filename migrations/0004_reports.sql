CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"thumb" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "answer_templates" (
	"id" serial PRIMARY KEY NOT NULL,
	"department_id" text,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "classifier_categories" (
	"id" serial PRIMARY KEY NOT NULL,
	"object_id" integer NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text,
	"position" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "classifier_objects" (
	"id" serial PRIMARY KEY NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text,
	"position" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "classifier_reasons" (
	"id" serial PRIMARY KEY NOT NULL,
	"category_id" integer NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text,
	"help_text" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"photo_required" boolean DEFAULT false NOT NULL,
	"extra_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"location_kind" text DEFAULT 'street' NOT NULL,
	"season_from" text,
	"season_to" text,
	"season_message" text,
	"verified_required" boolean DEFAULT false NOT NULL,
	"premoderation_days" smallint DEFAULT 1 NOT NULL,
	"resolution_days" smallint DEFAULT 8 NOT NULL,
	"answer_moderation_days" smallint DEFAULT 1 NOT NULL,
	"department_kind" text,
	"is_public" boolean DEFAULT true NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rejection_reasons" (
	"id" serial PRIMARY KEY NOT NULL,
	"text_ru" text NOT NULL,
	"text_en" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_cells" (
	"zoom" smallint NOT NULL,
	"cell_x" integer NOT NULL,
	"cell_y" integer NOT NULL,
	"status" text NOT NULL,
	"category_id" integer NOT NULL,
	"month" date NOT NULL,
	"count" integer NOT NULL,
	"sum_lat" double precision NOT NULL,
	"sum_lon" double precision NOT NULL,
	CONSTRAINT "report_cells_zoom_cell_x_cell_y_status_category_id_month_pk" PRIMARY KEY("zoom","cell_x","cell_y","status","category_id","month")
);
--> statement-breakpoint
CREATE TABLE "report_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"department_id" text,
	"note" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_photos" (
	"report_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "report_photos_report_id_file_id_pk" PRIMARY KEY("report_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "report_supports" (
	"report_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_supports_report_id_user_id_pk" PRIMARY KEY("report_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"reason_id" integer NOT NULL,
	"district_id" text,
	"department_id" text,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"address" text,
	"description" text NOT NULL,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reporter_id" uuid,
	"status" text DEFAULT 'moderation' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone,
	"resolution_due_at" timestamp with time zone,
	"overdue_at" timestamp with time zone,
	"answer_text" text,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"answer_published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_how" text,
	"duplicate_of_id" uuid,
	"rejection_reason_id" integer,
	"rejection_note" text,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"support_count" integer DEFAULT 0 NOT NULL,
	"assignee_id" uuid,
	"source" text DEFAULT 'web' NOT NULL,
	"api_key_id" uuid,
	"open311_token" text,
	"media_url" text,
	"moderation" text DEFAULT 'visible' NOT NULL,
	"moderation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "routing_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"reason_id" integer,
	"category_id" integer,
	"district_id" text,
	"department_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "head_user_id" uuid;--> statement-breakpoint
ALTER TABLE "answer_templates" ADD CONSTRAINT "answer_templates_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classifier_categories" ADD CONSTRAINT "classifier_categories_object_id_classifier_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."classifier_objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classifier_reasons" ADD CONSTRAINT "classifier_reasons_category_id_classifier_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."classifier_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_events" ADD CONSTRAINT "report_events_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_photos" ADD CONSTRAINT "report_photos_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_supports" ADD CONSTRAINT "report_supports_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reason_id_classifier_reasons_id_fk" FOREIGN KEY ("reason_id") REFERENCES "public"."classifier_reasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_rejection_reason_id_rejection_reasons_id_fk" FOREIGN KEY ("rejection_reason_id") REFERENCES "public"."rejection_reasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_reason_id_classifier_reasons_id_fk" FOREIGN KEY ("reason_id") REFERENCES "public"."classifier_reasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_category_id_classifier_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."classifier_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_uploaded_by_idx" ON "files" USING btree ("uploaded_by","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_hash_key" ON "api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "classifier_categories_object_idx" ON "classifier_categories" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "classifier_reasons_category_idx" ON "classifier_reasons" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "report_events_report_idx" ON "report_events" USING btree ("report_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_number_key" ON "reports" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_open311_token_key" ON "reports" USING btree ("open311_token");--> statement-breakpoint
CREATE INDEX "reports_status_due_idx" ON "reports" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "reports_department_idx" ON "reports" USING btree ("department_id","status","due_at");--> statement-breakpoint
CREATE INDEX "reports_district_idx" ON "reports" USING btree ("district_id","created_at");--> statement-breakpoint
CREATE INDEX "reports_reason_idx" ON "reports" USING btree ("reason_id","created_at");--> statement-breakpoint
CREATE INDEX "reports_reporter_idx" ON "reports" USING btree ("reporter_id","created_at");--> statement-breakpoint
CREATE INDEX "reports_created_idx" ON "reports" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "reports_lat_lon_idx" ON "reports" USING btree ("lat","lon");--> statement-breakpoint
CREATE UNIQUE INDEX "routing_rules_unique" ON "routing_rules" USING btree (coalesce("reason_id", 0),coalesce("category_id", 0),coalesce("district_id", ''));