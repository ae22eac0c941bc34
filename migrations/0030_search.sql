-- pg_trgm: typo-tolerant matching and type-ahead over the folded titles (ships with PGlite and PostgreSQL contrib)
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "search_documents" (
	"kind" text NOT NULL,
	"id" text NOT NULL,
	"title" text NOT NULL,
	"title_en" text,
	"excerpt" text NOT NULL,
	"folded" text NOT NULL,
	"district_id" text,
	"status" text NOT NULL,
	"date" timestamp with time zone NOT NULL,
	"path" text NOT NULL,
	"search" "tsvector" NOT NULL,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_documents_kind_id_pk" PRIMARY KEY("kind","id")
);
--> statement-breakpoint
CREATE INDEX "search_documents_search_idx" ON "search_documents" USING gin ("search");--> statement-breakpoint
CREATE INDEX "search_documents_folded_trgm_idx" ON "search_documents" USING gin ("folded" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_documents_kind_date_idx" ON "search_documents" USING btree ("kind","date" DESC NULLS LAST);