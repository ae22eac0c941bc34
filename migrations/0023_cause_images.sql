ALTER TABLE "cause_reports" ADD COLUMN "photo_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "causes" ADD COLUMN "image_file_id" uuid;--> statement-breakpoint
ALTER TABLE "causes" ADD COLUMN "image_alt" text;--> statement-breakpoint
ALTER TABLE "causes" ADD CONSTRAINT "causes_image_alt" CHECK (("causes"."image_file_id" is null) = ("causes"."image_alt" is null));