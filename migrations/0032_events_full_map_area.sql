-- is_full: the list's free-places filter from the start index; events_district_idx covers the list's filters; events_map_area_idx: the map's small areas (cube is created by 0029)
CREATE EXTENSION IF NOT EXISTS cube;--> statement-breakpoint
DROP INDEX "events_starts_idx";--> statement-breakpoint
DROP INDEX "events_district_idx";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "is_full" boolean GENERATED ALWAYS AS (capacity is not null and registered_count >= capacity) STORED;--> statement-breakpoint
CREATE INDEX "events_map_area_idx" ON "events" USING gist (cube(array["lon", "lat", extract(epoch from "ends_at" at time zone 'UTC')::float8])) WHERE "events"."moderation" = 'visible' and "events"."status" = 'published' and "events"."lat" is not null;--> statement-breakpoint
CREATE INDEX "events_starts_idx" ON "events" USING btree ("starts_at","id","ends_at","moderation","status","kind","district_id","department_id","lat","lon","is_full");--> statement-breakpoint
CREATE INDEX "events_district_idx" ON "events" USING btree ("district_id","starts_at","id","ends_at","moderation","status","kind","is_full","department_id","lat","lon");