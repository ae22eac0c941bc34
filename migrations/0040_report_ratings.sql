CREATE TABLE "report_ratings" (
	"report_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"outcome" text NOT NULL,
	"quality" smallint NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_ratings_report_id_user_id_pk" PRIMARY KEY("report_id","user_id"),
	CONSTRAINT "report_ratings_quality" CHECK ("report_ratings"."quality" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "report_ratings" ADD CONSTRAINT "report_ratings_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_ratings_user_idx" ON "report_ratings" USING btree ("user_id");