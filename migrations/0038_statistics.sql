CREATE TABLE "district_population" (
	"district_id" text PRIMARY KEY NOT NULL,
	"population" integer NOT NULL,
	"year" smallint NOT NULL,
	"source" text NOT NULL,
	"note" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "district_population_positive" CHECK ("district_population"."population" > 0),
	CONSTRAINT "district_population_year" CHECK ("district_population"."year" between 1900 and 2100)
);
--> statement-breakpoint
CREATE TABLE "statistics_snapshots" (
	"key" text PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "district_population" ADD CONSTRAINT "district_population_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;