ALTER TABLE "pb_results" ADD COLUMN "voters_by_district" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- results tallied before: their voters by the district they live in now (as the panel counted them until now)
UPDATE "pb_results" r SET "voters_by_district" = coalesce((
  SELECT jsonb_agg(jsonb_build_object('districtId', v.district_id, 'value', v.n))
  FROM (SELECT u.district_id, count(*)::int AS n FROM "pb_ballots" b LEFT JOIN "users" u ON u.id = b.voter_id WHERE b.heading_id = r.heading_id GROUP BY 1) v
), '[]'::jsonb);
