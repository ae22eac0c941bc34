ALTER TABLE "initiative_history" ADD COLUMN "note_key" text;--> statement-breakpoint
ALTER TABLE "initiative_history" ADD COLUMN "note_params" jsonb;