ALTER TABLE "reports" ADD COLUMN "comment_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- written by hand: the reports that already have comments start from their live comments, counted as a comments
-- page counted them (each top-level comment: itself when live, and its live replies)
UPDATE "reports" SET "comment_count" = c.n
FROM (
  SELECT host_id, sum(reply_count + (moderation = 'visible' AND deleted_at IS NULL)::int)::int AS n
  FROM comments WHERE host_type = 'report' AND parent_id IS NULL GROUP BY host_id
) c
WHERE c.host_id = "reports"."number"::text AND c.n <> 0;
