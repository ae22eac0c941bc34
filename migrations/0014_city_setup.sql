CREATE TABLE "city_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"time_zone" text NOT NULL,
	"map_lat" double precision NOT NULL,
	"map_lon" double precision NOT NULL,
	"map_zoom" integer NOT NULL,
	"logo_file_id" uuid,
	"phone" text,
	"email" text,
	"address" text,
	"website" text,
	"languages" text[] DEFAULT '{ru,en}'::text[] NOT NULL,
	"country" text DEFAULT 'RU' NOT NULL,
	"setup_completed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "city_settings_one_row" CHECK ("city_settings"."id" = 1),
	CONSTRAINT "city_settings_zoom" CHECK ("city_settings"."map_zoom" between 1 and 19)
);
--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "merged_into_id" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "person_code" text;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_merged_into_id_departments_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_person_code_key" ON "users" USING btree ("person_code");