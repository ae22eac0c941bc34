ALTER TABLE "volunteer_projects" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "volunteer_projects" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "volunteer_shifts" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "volunteer_shifts" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "volunteer_signups" ADD COLUMN "reminded_day_before_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "volunteer_signups" ADD COLUMN "reminded_soon_at" timestamp with time zone;