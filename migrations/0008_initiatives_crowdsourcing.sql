CREATE TABLE "crowd_experts" (
	"project_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crowd_experts_project_id_user_id_pk" PRIMARY KEY("project_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "crowd_idea_ratings" (
	"idea_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"value" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crowd_idea_ratings_idea_id_user_id_pk" PRIMARY KEY("idea_id","user_id"),
	CONSTRAINT "crowd_idea_ratings_value" CHECK ("crowd_idea_ratings"."value" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "crowd_ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"project_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"review_reason" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"merged_into_id" uuid,
	"poll_option_id" uuid,
	"accepted" boolean DEFAULT false NOT NULL,
	"accepted_note" text,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"rating_sum" integer DEFAULT 0 NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"moderation" text DEFAULT 'visible' NOT NULL,
	"moderation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crowd_ideas_rating_sums" CHECK ("crowd_ideas"."rating_count" >= 0 and "crowd_ideas"."rating_sum" between "crowd_ideas"."rating_count" and 5 * "crowd_ideas"."rating_count")
);
--> statement-breakpoint
CREATE TABLE "crowd_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"title" text NOT NULL,
	"problem" text NOT NULL,
	"brief" text NOT NULL,
	"district_id" text,
	"image_file_id" uuid,
	"ideas_from" timestamp with time zone NOT NULL,
	"selection_from" timestamp with time zone NOT NULL,
	"voting_from" timestamp with time zone NOT NULL,
	"implementation_from" timestamp with time zone NOT NULL,
	"poll_id" uuid,
	"vote_max_choices" smallint DEFAULT 3 NOT NULL,
	"report_text" text,
	"report_published_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crowd_projects_dates" CHECK ("crowd_projects"."ideas_from" < "crowd_projects"."selection_from" and "crowd_projects"."selection_from" < "crowd_projects"."voting_from" and "crowd_projects"."voting_from" < "crowd_projects"."implementation_from")
);
--> statement-breakpoint
CREATE TABLE "initiative_coinitiators" (
	"initiative_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_coinitiators_initiative_id_user_id_pk" PRIMARY KEY("initiative_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"initiative_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_rules" (
	"type" text NOT NULL,
	"scope" text NOT NULL,
	"min_coinitiators" smallint NOT NULL,
	"support_threshold" integer NOT NULL,
	"support_days" smallint NOT NULL,
	"answer_working_days" smallint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_rules_type_scope_pk" PRIMARY KEY("type","scope"),
	CONSTRAINT "initiative_rules_positive" CHECK ("initiative_rules"."min_coinitiators" >= 0 and "initiative_rules"."support_threshold" > 0 and "initiative_rules"."support_days" > 0 and "initiative_rules"."answer_working_days" > 0)
);
--> statement-breakpoint
CREATE TABLE "initiative_supports" (
	"initiative_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"district_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_supports_initiative_id_user_id_pk" PRIMARY KEY("initiative_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"type" text NOT NULL,
	"scope" text NOT NULL,
	"district_id" text,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"ask" text NOT NULL,
	"addressee" text NOT NULL,
	"author_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"department_id" text,
	"min_coinitiators" smallint,
	"support_threshold" integer,
	"answer_working_days" smallint,
	"submitted_at" timestamp with time zone,
	"screened_at" timestamp with time zone,
	"screened_by" uuid,
	"screening_reason" text,
	"support_opens_at" timestamp with time zone,
	"support_closes_at" timestamp with time zone,
	"support_count" integer DEFAULT 0 NOT NULL,
	"threshold_reached_at" timestamp with time zone,
	"answer_due_at" timestamp with time zone,
	"overdue_notified_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"answer_decision" text,
	"answer_text" text,
	"withdrawn_at" timestamp with time zone,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"moderation" text DEFAULT 'visible' NOT NULL,
	"moderation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiatives_scope_district" CHECK (("initiatives"."scope" = 'district') = ("initiatives"."district_id" is not null)),
	CONSTRAINT "initiatives_support_count" CHECK ("initiatives"."support_count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "crowd_experts" ADD CONSTRAINT "crowd_experts_project_id_crowd_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."crowd_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crowd_idea_ratings" ADD CONSTRAINT "crowd_idea_ratings_idea_id_crowd_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."crowd_ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crowd_ideas" ADD CONSTRAINT "crowd_ideas_project_id_crowd_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."crowd_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crowd_projects" ADD CONSTRAINT "crowd_projects_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_coinitiators" ADD CONSTRAINT "initiative_coinitiators_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_history" ADD CONSTRAINT "initiative_history_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_supports" ADD CONSTRAINT "initiative_supports_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "crowd_idea_ratings_user_idx" ON "crowd_idea_ratings" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "crowd_ideas_number_key" ON "crowd_ideas" USING btree ("number");--> statement-breakpoint
CREATE INDEX "crowd_ideas_project_idx" ON "crowd_ideas" USING btree ("project_id","status");--> statement-breakpoint
CREATE INDEX "crowd_ideas_author_idx" ON "crowd_ideas" USING btree ("author_id");--> statement-breakpoint
CREATE UNIQUE INDEX "crowd_projects_number_key" ON "crowd_projects" USING btree ("number");--> statement-breakpoint
CREATE INDEX "initiative_coinitiators_user_idx" ON "initiative_coinitiators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "initiative_history_idx" ON "initiative_history" USING btree ("initiative_id","at");--> statement-breakpoint
CREATE INDEX "initiative_supports_user_idx" ON "initiative_supports" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "initiatives_number_key" ON "initiatives" USING btree ("number");--> statement-breakpoint
CREATE INDEX "initiatives_status_idx" ON "initiatives" USING btree ("status","support_closes_at");--> statement-breakpoint
CREATE INDEX "initiatives_due_idx" ON "initiatives" USING btree ("answer_due_at");--> statement-breakpoint
CREATE INDEX "initiatives_author_idx" ON "initiatives" USING btree ("author_id");--> statement-breakpoint
-- Default thresholds per initiative type and scope (administrators change them; an initiative keeps the figures it was admitted with).
INSERT INTO "initiative_rules" ("type", "scope", "min_coinitiators", "support_threshold", "support_days", "answer_working_days") VALUES
  ('improvement', 'city', 10, 5000, 90, 30),
  ('regulation', 'city', 10, 10000, 90, 30),
  ('social', 'city', 10, 5000, 90, 30),
  ('improvement', 'district', 5, 500, 60, 30),
  ('regulation', 'district', 5, 1000, 60, 30),
  ('social', 'district', 5, 500, 60, 30)
ON CONFLICT DO NOTHING;
