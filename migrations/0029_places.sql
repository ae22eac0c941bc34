-- cube + earthdistance: "near me" orders places by ll_to_earth distance through a GiST index (PGlite loads both, PostgreSQL ships them in contrib)
CREATE EXTENSION IF NOT EXISTS cube;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS earthdistance;--> statement-breakpoint
CREATE TABLE "place_layers" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"layer_id" text NOT NULL,
	"external_id" text NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"district_id" text,
	"opening_hours" text,
	"phone" text,
	"email" text,
	"website" text,
	"source" text NOT NULL,
	"source_url" text,
	"licence" text NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "places_layer_external_key" UNIQUE("layer_id","external_id"),
	CONSTRAINT "places_point" CHECK ("places"."lat" between -90 and 90 and "places"."lon" between -180 and 180)
);
--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_layer_id_place_layers_id_fk" FOREIGN KEY ("layer_id") REFERENCES "public"."place_layers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "places_earth_idx" ON "places" USING gist (ll_to_earth("lat", "lon"));--> statement-breakpoint
INSERT INTO "place_layers" ("id", "name_ru", "name_en", "sort_order") VALUES
	('sights', 'Интересные места', 'Places of interest', 10),
	('kindergartens', 'Детские сады', 'Kindergartens', 20),
	('schools', 'Школы', 'Schools', 30),
	('polyclinics', 'Поликлиники', 'Polyclinics', 40),
	('service-centres', 'МФЦ «Мои документы»', 'Public service centres', 50),
	('libraries', 'Библиотеки', 'Libraries', 60),
	('dog-areas', 'Площадки для выгула собак', 'Dog-walking areas', 70),
	('sports-grounds', 'Спортивные площадки', 'Sports grounds', 80),
	('recycling', 'Пункты приёма вторсырья', 'Recycling points', 90);
