CREATE TABLE "monitor_months" (
	"month" date PRIMARY KEY NOT NULL,
	"measures" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_survey_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"period" text NOT NULL,
	"usefulness" smallint,
	"recommend" smallint,
	"community" smallint,
	"dismissed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_survey_usefulness" CHECK ("monitor_survey_answers"."usefulness" between 1 and 5),
	CONSTRAINT "monitor_survey_recommend" CHECK ("monitor_survey_answers"."recommend" between 0 and 10),
	CONSTRAINT "monitor_survey_community" CHECK ("monitor_survey_answers"."community" between 1 and 5)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_survey_answers_person_period_key" ON "monitor_survey_answers" USING btree ("user_id","period");--> statement-breakpoint
CREATE INDEX "monitor_survey_answers_created_idx" ON "monitor_survey_answers" USING btree ("created_at");