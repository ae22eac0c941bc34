CREATE TABLE "city_budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text,
	"programme" text,
	"district_id" text,
	"planned" numeric(16, 2) NOT NULL,
	"executed" numeric(16, 2) NOT NULL,
	"explanation_ru" text,
	"explanation_en" text
);
--> statement-breakpoint
CREATE TABLE "city_budgets" (
	"year" integer PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"population" bigint NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_by" uuid
);
--> statement-breakpoint
CREATE TABLE "pb_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"heading_id" uuid NOT NULL,
	"voter_id" uuid,
	"receipt_hash" text NOT NULL,
	"numbers" bigint[] NOT NULL,
	"points" integer[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pb_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"rule" text DEFAULT 'equal-shares' NOT NULL,
	"utility" text DEFAULT 'cost' NOT NULL,
	"completion" text DEFAULT 'add1' NOT NULL,
	"informing_from" timestamp with time zone NOT NULL,
	"intake_from" timestamp with time zone NOT NULL,
	"review_from" timestamp with time zone NOT NULL,
	"voting_from" timestamp with time zone NOT NULL,
	"tallying_from" timestamp with time zone NOT NULL,
	"results_from" timestamp with time zone NOT NULL,
	"implementation_from" timestamp with time zone NOT NULL,
	"min_age" smallint DEFAULT 18 NOT NULL,
	"exclude_officials" boolean DEFAULT true NOT NULL,
	"currency" text DEFAULT 'RUB' NOT NULL,
	"imported_from" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pb_experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"heading_id" uuid,
	"topic" text,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pb_headings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"district_id" text,
	"title" text NOT NULL,
	"amount" numeric(16, 2) NOT NULL,
	"max_winners" integer,
	"ballot_kind" text DEFAULT 'approval-budget' NOT NULL,
	"min_projects" integer,
	"max_projects" integer,
	"points_total" integer,
	"points_per_project" integer,
	"residents_only" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pb_proposal_coauthors" (
	"proposal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"via_merge" boolean DEFAULT false NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pb_proposal_coauthors_proposal_id_user_id_pk" PRIMARY KEY("proposal_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "pb_proposal_photos" (
	"proposal_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "pb_proposal_photos_proposal_id_file_id_pk" PRIMARY KEY("proposal_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "pb_proposal_supports" (
	"proposal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pb_proposal_supports_proposal_id_user_id_pk" PRIMARY KEY("proposal_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "pb_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"cycle_id" uuid NOT NULL,
	"heading_id" uuid NOT NULL,
	"author_id" uuid,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"topic" text DEFAULT 'improvement' NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"district_id" text,
	"address" text,
	"estimated_cost" numeric(16, 2) NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"review_opinion" text,
	"final_cost" numeric(16, 2),
	"implementation_months" smallint,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"merged_into_id" uuid,
	"support_count" integer DEFAULT 0 NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"moderation" text DEFAULT 'visible' NOT NULL,
	"moderation_reason" text,
	"external_id" text,
	"imported_votes" integer,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pb_result_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"heading_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"reason" text NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pb_results" (
	"heading_id" uuid PRIMARY KEY NOT NULL,
	"rule" text NOT NULL,
	"utility" text NOT NULL,
	"completion" text NOT NULL,
	"budget" numeric(16, 2) NOT NULL,
	"cost" numeric(16, 2) NOT NULL,
	"ballots" integer NOT NULL,
	"selected" text[] NOT NULL,
	"explanations" jsonb NOT NULL,
	"ballots_sha256" text NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"computed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "pb_work_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"work_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date,
	"done_on" date,
	"position" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pb_work_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"work_id" uuid NOT NULL,
	"author_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"progress" smallint NOT NULL,
	"spent" numeric(16, 2) NOT NULL,
	"photo_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pb_works" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"department_id" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"progress" smallint DEFAULT 0 NOT NULL,
	"spent" numeric(16, 2) DEFAULT '0' NOT NULL,
	"started_on" date,
	"finished_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "installation_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oidc_links" (
	"subject_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oidc_states" (
	"state" text PRIMARY KEY NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"user_id" uuid,
	"return_to" text,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_register" (
	"document_hash" text PRIMARY KEY NOT NULL,
	"district_id" text NOT NULL,
	"birth_date" date NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sms_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"phone_hash" text NOT NULL,
	"code_hash" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_method_settings" (
	"method" text PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"method" text NOT NULL,
	"identity_hash" text NOT NULL,
	"district_id" text,
	"birth_date" date,
	"verified_by" uuid,
	"verified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoke_reason" text
);
--> statement-breakpoint
ALTER TABLE "city_budget_lines" ADD CONSTRAINT "city_budget_lines_year_city_budgets_year_fk" FOREIGN KEY ("year") REFERENCES "public"."city_budgets"("year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city_budget_lines" ADD CONSTRAINT "city_budget_lines_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_ballots" ADD CONSTRAINT "pb_ballots_heading_id_pb_headings_id_fk" FOREIGN KEY ("heading_id") REFERENCES "public"."pb_headings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_experts" ADD CONSTRAINT "pb_experts_cycle_id_pb_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."pb_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_experts" ADD CONSTRAINT "pb_experts_heading_id_pb_headings_id_fk" FOREIGN KEY ("heading_id") REFERENCES "public"."pb_headings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_headings" ADD CONSTRAINT "pb_headings_cycle_id_pb_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."pb_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_headings" ADD CONSTRAINT "pb_headings_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_proposal_coauthors" ADD CONSTRAINT "pb_proposal_coauthors_proposal_id_pb_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."pb_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_proposal_photos" ADD CONSTRAINT "pb_proposal_photos_proposal_id_pb_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."pb_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_proposal_supports" ADD CONSTRAINT "pb_proposal_supports_proposal_id_pb_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."pb_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_proposals" ADD CONSTRAINT "pb_proposals_cycle_id_pb_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."pb_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_proposals" ADD CONSTRAINT "pb_proposals_heading_id_pb_headings_id_fk" FOREIGN KEY ("heading_id") REFERENCES "public"."pb_headings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_proposals" ADD CONSTRAINT "pb_proposals_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_result_overrides" ADD CONSTRAINT "pb_result_overrides_heading_id_pb_headings_id_fk" FOREIGN KEY ("heading_id") REFERENCES "public"."pb_headings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_result_overrides" ADD CONSTRAINT "pb_result_overrides_proposal_id_pb_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."pb_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_results" ADD CONSTRAINT "pb_results_heading_id_pb_headings_id_fk" FOREIGN KEY ("heading_id") REFERENCES "public"."pb_headings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_work_milestones" ADD CONSTRAINT "pb_work_milestones_work_id_pb_works_id_fk" FOREIGN KEY ("work_id") REFERENCES "public"."pb_works"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_work_updates" ADD CONSTRAINT "pb_work_updates_work_id_pb_works_id_fk" FOREIGN KEY ("work_id") REFERENCES "public"."pb_works"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_works" ADD CONSTRAINT "pb_works_proposal_id_pb_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."pb_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pb_works" ADD CONSTRAINT "pb_works_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_register" ADD CONSTRAINT "resident_register_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verifications" ADD CONSTRAINT "verifications_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "city_budget_lines_year_idx" ON "city_budget_lines" USING btree ("year","kind","code");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_ballots_one_per_voter" ON "pb_ballots" USING btree ("heading_id","voter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_ballots_receipt_key" ON "pb_ballots" USING btree ("receipt_hash");--> statement-breakpoint
CREATE INDEX "pb_cycles_year_idx" ON "pb_cycles" USING btree ("year");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_experts_unique" ON "pb_experts" USING btree ("cycle_id","user_id",coalesce("heading_id"::text, ''),coalesce("topic", ''));--> statement-breakpoint
CREATE INDEX "pb_experts_user_idx" ON "pb_experts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "pb_headings_cycle_idx" ON "pb_headings" USING btree ("cycle_id","position");--> statement-breakpoint
CREATE INDEX "pb_proposal_coauthors_user_idx" ON "pb_proposal_coauthors" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_proposals_number_key" ON "pb_proposals" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_proposals_external_key" ON "pb_proposals" USING btree ("heading_id","external_id");--> statement-breakpoint
CREATE INDEX "pb_proposals_heading_idx" ON "pb_proposals" USING btree ("heading_id","status");--> statement-breakpoint
CREATE INDEX "pb_proposals_cycle_idx" ON "pb_proposals" USING btree ("cycle_id","created_at");--> statement-breakpoint
CREATE INDEX "pb_proposals_author_idx" ON "pb_proposals" USING btree ("author_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_result_overrides_unique" ON "pb_result_overrides" USING btree ("heading_id","proposal_id");--> statement-breakpoint
CREATE INDEX "pb_work_milestones_work_idx" ON "pb_work_milestones" USING btree ("work_id","position");--> statement-breakpoint
CREATE INDEX "pb_work_updates_work_idx" ON "pb_work_updates" USING btree ("work_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pb_works_proposal_key" ON "pb_works" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "pb_works_department_idx" ON "pb_works" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "oidc_links_user_idx" ON "oidc_links" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "resident_register_district_idx" ON "resident_register" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "sms_codes_user_idx" ON "sms_codes" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "verifications_active_user_key" ON "verifications" USING btree ("user_id") WHERE "verifications"."revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "verifications_active_identity_key" ON "verifications" USING btree ("identity_hash") WHERE "verifications"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "verifications_verified_at_idx" ON "verifications" USING btree ("verified_at");