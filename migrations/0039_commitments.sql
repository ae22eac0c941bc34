CREATE TABLE "commitment_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"author_id" uuid,
	"stage" text NOT NULL,
	"percent" smallint NOT NULL,
	"spent" numeric(16, 2),
	"note" text DEFAULT '' NOT NULL,
	"photo_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"title" text NOT NULL,
	"promise" text NOT NULL,
	"department_id" text NOT NULL,
	"due_on" date NOT NULL,
	"district_id" text,
	"lat" double precision,
	"lon" double precision,
	"status" text DEFAULT 'open' NOT NULL,
	"stage" text DEFAULT 'planned' NOT NULL,
	"percent" smallint DEFAULT 0 NOT NULL,
	"spent" numeric(16, 2),
	"delivered_on" date,
	"delivered_at" timestamp with time zone,
	"overdue_notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitments_percent" CHECK ("commitments"."percent" between 0 and 100),
	CONSTRAINT "commitments_delivered" CHECK (("commitments"."status" = 'delivered') = ("commitments"."delivered_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "commitment_entries" ADD CONSTRAINT "commitment_entries_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitment_entries_idx" ON "commitment_entries" USING btree ("commitment_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "commitments_number_key" ON "commitments" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "commitments_source_key" ON "commitments" USING btree ("source_type","source_id");--> statement-breakpoint
CREATE INDEX "commitments_due_idx" ON "commitments" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "commitments_department_idx" ON "commitments" USING btree ("department_id","status");