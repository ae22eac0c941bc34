CREATE INDEX "reports_public_district_status_idx" ON "reports" USING btree ("district_id","status","created_at","number") WHERE "reports"."moderation" = 'visible' and "reports"."status" not in ('moderation', 'rejected');--> statement-breakpoint
-- written by hand (drizzle cannot say INCLUDE): the map grid's key also carries the counts and sums, so the map
-- reads the rows in view from the index alone (an index-only scan) instead of visiting a table page per row
ALTER TABLE "report_cells" DROP CONSTRAINT "report_cells_zoom_category_id_month_cell_x_cell_y_status_pk";--> statement-breakpoint
ALTER TABLE "report_cells" ADD CONSTRAINT "report_cells_zoom_category_id_month_cell_x_cell_y_status_pk" PRIMARY KEY("zoom","category_id","month","cell_x","cell_y","status") INCLUDE ("count","sum_lat","sum_lon");
