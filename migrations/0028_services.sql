CREATE TABLE "life_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"icon" text NOT NULL,
	"description_ru" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 100 NOT NULL,
	"source_url" text,
	"moderation" text DEFAULT 'visible' NOT NULL,
	"moderation_reason" text,
	"proposed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "life_roles_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "resident_life_roles" (
	"user_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resident_life_roles_user_id_role_id_pk" PRIMARY KEY("user_id","role_id")
);
--> statement-breakpoint
CREATE TABLE "service_feedback" (
	"service_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"useful" boolean NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_feedback_service_id_user_id_pk" PRIMARY KEY("service_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "service_roles" (
	"service_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	CONSTRAINT "service_roles_service_id_role_id_pk" PRIMARY KEY("service_id","role_id")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"title_en" text,
	"description" text NOT NULL,
	"demo_text" boolean DEFAULT false NOT NULL,
	"provider_department_id" text,
	"provider_name" text,
	"online_link" text,
	"in_person" text,
	"phone" text,
	"documents" text[] DEFAULT '{}'::text[] NOT NULL,
	"price" text,
	"time_limit" text,
	"who_may_apply" text,
	"source_url" text,
	"useful_count" integer DEFAULT 0 NOT NULL,
	"not_useful_count" integer DEFAULT 0 NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"moderation" text DEFAULT 'visible' NOT NULL,
	"moderation_reason" text,
	"proposed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_key_unique" UNIQUE("key"),
	CONSTRAINT "services_counts" CHECK ("services"."useful_count" >= 0 and "services"."not_useful_count" >= 0),
	CONSTRAINT "services_online_link" CHECK ("services"."online_link" is null or "services"."online_link" like 'http%')
);
--> statement-breakpoint
ALTER TABLE "resident_life_roles" ADD CONSTRAINT "resident_life_roles_role_id_life_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."life_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_feedback" ADD CONSTRAINT "service_feedback_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_roles" ADD CONSTRAINT "service_roles_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_roles" ADD CONSTRAINT "service_roles_role_id_life_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."life_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_provider_department_id_departments_id_fk" FOREIGN KEY ("provider_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "life_roles_position_idx" ON "life_roles" USING btree ("moderation","position");--> statement-breakpoint
CREATE INDEX "service_feedback_notes_idx" ON "service_feedback" USING btree ("service_id","updated_at");--> statement-breakpoint
CREATE INDEX "service_roles_role_idx" ON "service_roles" USING btree ("role_id");--> statement-breakpoint
CREATE INDEX "services_title_idx" ON "services" USING btree ("moderation","title");