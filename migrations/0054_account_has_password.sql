ALTER TABLE "users" ADD COLUMN "has_password" boolean DEFAULT true NOT NULL;--> statement-breakpoint
-- accounts an identity provider made before has_password existed (audited as user.created with the provider's name):
-- their password is random bytes nobody knows. One that set a password since through "reset password" is marked
-- too; it then confirms a deletion with an e-mailed code, which proves no less than the reset it already used.
UPDATE "users" SET "has_password" = false WHERE "id"::text IN (SELECT "subject_id" FROM "audit_log" WHERE "action" = 'user.created' AND "subject_type" = 'user' AND "data"->>'via' IS NOT NULL);
