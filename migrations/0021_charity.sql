CREATE TABLE "cause_pledges" (
	"redemption_id" text PRIMARY KEY NOT NULL,
	"cause_id" uuid NOT NULL,
	"points" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cause_pledges_points" CHECK ("cause_pledges"."points" > 0)
);
--> statement-breakpoint
CREATE TABLE "cause_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cause_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"text" text NOT NULL,
	"collected_rubles" integer,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cause_reports_collected" CHECK ("cause_reports"."collected_rubles" is null or "cause_reports"."collected_rubles" >= 0)
);
--> statement-breakpoint
CREATE TABLE "causes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"organisation" text NOT NULL,
	"inn" text NOT NULL,
	"ogrn" text,
	"goal" text NOT NULL,
	"spending" text NOT NULL,
	"target_rubles" integer NOT NULL,
	"collected_rubles" integer DEFAULT 0 NOT NULL,
	"collected_on" date,
	"district_id" text,
	"method" text NOT NULL,
	"payment_url" text,
	"recipient" text,
	"bank_name" text,
	"bik" text,
	"account" text,
	"correspondent_account" text,
	"pledged_points" integer DEFAULT 0 NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"moderation" text DEFAULT 'visible' NOT NULL,
	"moderation_reason" text,
	"created_by" uuid NOT NULL,
	"approved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "causes_amounts" CHECK ("causes"."target_rubles" > 0 and "causes"."collected_rubles" >= 0 and "causes"."pledged_points" >= 0),
	CONSTRAINT "causes_one_way_to_give" CHECK (("causes"."method" = 'link' and "causes"."payment_url" like 'https://%' and "causes"."account" is null) or ("causes"."method" = 'bank' and "causes"."payment_url" is null and "causes"."account" is not null and "causes"."bik" is not null and "causes"."correspondent_account" is not null and "causes"."recipient" is not null))
);
--> statement-breakpoint
ALTER TABLE "rewards" ADD COLUMN "kind" text DEFAULT 'item' NOT NULL;--> statement-breakpoint
ALTER TABLE "rewards" ADD COLUMN "target_type" text;--> statement-breakpoint
ALTER TABLE "rewards" ADD COLUMN "target_id" text;--> statement-breakpoint
ALTER TABLE "cause_pledges" ADD CONSTRAINT "cause_pledges_cause_id_causes_id_fk" FOREIGN KEY ("cause_id") REFERENCES "public"."causes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cause_reports" ADD CONSTRAINT "cause_reports_cause_id_causes_id_fk" FOREIGN KEY ("cause_id") REFERENCES "public"."causes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "causes" ADD CONSTRAINT "causes_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cause_pledges_cause_idx" ON "cause_pledges" USING btree ("cause_id");--> statement-breakpoint
CREATE INDEX "cause_reports_cause_idx" ON "cause_reports" USING btree ("cause_id","reported_on");--> statement-breakpoint
CREATE INDEX "causes_state_idx" ON "causes" USING btree ("state","approved_at");--> statement-breakpoint
ALTER TABLE "rewards" ADD CONSTRAINT "rewards_donation_target" CHECK (("rewards"."kind" = 'donation') = ("rewards"."target_type" is not null and "rewards"."target_id" is not null));