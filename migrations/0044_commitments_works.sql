CREATE INDEX "commitments_district_idx" ON "commitments" USING btree ("district_id","status");--> statement-breakpoint
-- Budgeting works made before the ledger become their commitments (issue 17: a work is one kind of commitment):
-- due on the last weekday of November of the year after the cycle (the usual building season), delivered on the day
-- a done work finished; each gets its "created" entry. Works without a department are left (a commitment needs one).
INSERT INTO "commitments" ("source_type", "source_id", "title", "promise", "department_id", "due_on", "district_id", "lat", "lon", "status", "stage", "percent", "spent", "delivered_on", "delivered_at", "created_at", "updated_at")
SELECT 'proposal', p."number"::text, p."title", p."description", w."department_id",
  d.due - (CASE extract(isodow FROM d.due) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END)::int,
  coalesce(p."district_id", h."district_id"), p."lat", p."lon",
  CASE WHEN w."status" = 'done' THEN 'delivered' ELSE 'open' END, w."status", w."progress", w."spent",
  CASE WHEN w."status" = 'done' THEN coalesce(w."finished_on", (w."updated_at" AT TIME ZONE 'UTC')::date) END,
  CASE WHEN w."status" = 'done' THEN w."updated_at" END,
  w."updated_at", w."updated_at"
FROM "pb_works" w
JOIN "pb_proposals" p ON p."id" = w."proposal_id"
JOIN "pb_headings" h ON h."id" = p."heading_id"
JOIN "pb_cycles" c ON c."id" = h."cycle_id"
CROSS JOIN LATERAL (SELECT make_date(c."year" + 1, 11, 30) AS due) d
WHERE w."department_id" IS NOT NULL
ON CONFLICT ("source_type", "source_id") DO NOTHING;
--> statement-breakpoint
INSERT INTO "commitment_entries" ("commitment_id", "kind", "stage", "percent", "spent", "at")
SELECT c."id", 'created', c."stage", c."percent", c."spent", c."created_at"
FROM "commitments" c
WHERE c."source_type" = 'proposal' AND NOT EXISTS (SELECT 1 FROM "commitment_entries" e WHERE e."commitment_id" = c."id");
