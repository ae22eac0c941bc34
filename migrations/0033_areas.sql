CREATE TABLE "area_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"place_id" uuid,
	"lat" double precision,
	"lon" double precision,
	"radius_m" integer,
	"district_id" text,
	"topics" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "area_alerts_one_area" CHECK ((place_id is not null and lat is not null and lon is not null and radius_m is not null and district_id is null) or (place_id is null and lat is null and lon is null and radius_m is null and district_id is not null))
);
--> statement-breakpoint
CREATE TABLE "saved_places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"label" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"address" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"district_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "area_alerts" ADD CONSTRAINT "area_alerts_place_id_saved_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."saved_places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_alerts" ADD CONSTRAINT "area_alerts_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_places" ADD CONSTRAINT "saved_places_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "area_alerts_place_key" ON "area_alerts" USING btree ("place_id");--> statement-breakpoint
CREATE UNIQUE INDEX "area_alerts_user_district_key" ON "area_alerts" USING btree ("user_id","district_id");--> statement-breakpoint
CREATE INDEX "area_alerts_user_idx" ON "area_alerts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "area_alerts_district_idx" ON "area_alerts" USING btree ("district_id") WHERE district_id is not null;--> statement-breakpoint
CREATE INDEX "area_alerts_circle_idx" ON "area_alerts" USING gist (earth_box(ll_to_earth("lat", "lon"), "radius_m"::float8)) WHERE place_id is not null;--> statement-breakpoint
CREATE INDEX "saved_places_user_idx" ON "saved_places" USING btree ("user_id","created_at");