ALTER TABLE "pb_results" ADD COLUMN "announced_at" timestamp with time zone;--> statement-breakpoint
-- Tallies whose results phase has already begun were announced (at the tally, or never: do not notify late on upgrade).
UPDATE "pb_results" r SET "announced_at" = r."computed_at"
  FROM "pb_headings" h JOIN "pb_cycles" c ON c."id" = h."cycle_id"
  WHERE h."id" = r."heading_id" AND c."results_from" <= now();
