import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_releases_status" AS ENUM('draft', 'scheduled', 'published', 'reverted', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'publishRelease' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'publishRelease' BEFORE 'schedulePublish';
  CREATE TABLE "releases_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"config_version" numeric,
  	"detail" jsonb
  );
  
  CREATE TABLE "releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"publish_at" timestamp(3) with time zone,
  	"status" "enum_releases_status" DEFAULT 'draft' NOT NULL,
  	"config_version" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "releases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"explore_tags_id" integer,
  	"sports_id" integer,
  	"teams_id" integer,
  	"market_display_rules_id" integer,
  	"props_vocabulary_id" integer,
  	"tournaments_id" integer,
  	"reward_rules_id" integer
  );
  
  CREATE TABLE "config_versions" (
  	"version" integer PRIMARY KEY NOT NULL,
  	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
  	"action" text NOT NULL,
  	"user_id" integer,
  	"user_email" text,
  	"release_id" integer,
  	"restored_from" integer
  );
  
  CREATE TABLE "config_changes" (
  	"id" bigserial PRIMARY KEY NOT NULL,
  	"version" integer NOT NULL,
  	"collection" text NOT NULL,
  	"doc_id" integer NOT NULL,
  	"before" jsonb,
  	"after" jsonb
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "releases_id" integer;
  ALTER TABLE "releases_history" ADD CONSTRAINT "releases_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "releases_history" ADD CONSTRAINT "releases_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_explore_tags_fk" FOREIGN KEY ("explore_tags_id") REFERENCES "public"."explore_tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_sports_fk" FOREIGN KEY ("sports_id") REFERENCES "public"."sports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_teams_fk" FOREIGN KEY ("teams_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_market_display_rules_fk" FOREIGN KEY ("market_display_rules_id") REFERENCES "public"."market_display_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_props_vocabulary_fk" FOREIGN KEY ("props_vocabulary_id") REFERENCES "public"."props_vocabulary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_tournaments_fk" FOREIGN KEY ("tournaments_id") REFERENCES "public"."tournaments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_reward_rules_fk" FOREIGN KEY ("reward_rules_id") REFERENCES "public"."reward_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "config_changes" ADD CONSTRAINT "config_changes_version_config_versions_version_fk" FOREIGN KEY ("version") REFERENCES "public"."config_versions"("version") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "releases_history_order_idx" ON "releases_history" USING btree ("_order");
  CREATE INDEX "releases_history_parent_id_idx" ON "releases_history" USING btree ("_parent_id");
  CREATE INDEX "releases_history_by_idx" ON "releases_history" USING btree ("by_id");
  CREATE INDEX "releases_updated_at_idx" ON "releases" USING btree ("updated_at");
  CREATE INDEX "releases_created_at_idx" ON "releases" USING btree ("created_at");
  CREATE INDEX "releases_rels_order_idx" ON "releases_rels" USING btree ("order");
  CREATE INDEX "releases_rels_parent_idx" ON "releases_rels" USING btree ("parent_id");
  CREATE INDEX "releases_rels_path_idx" ON "releases_rels" USING btree ("path");
  CREATE INDEX "releases_rels_explore_tags_id_idx" ON "releases_rels" USING btree ("explore_tags_id");
  CREATE INDEX "releases_rels_sports_id_idx" ON "releases_rels" USING btree ("sports_id");
  CREATE INDEX "releases_rels_teams_id_idx" ON "releases_rels" USING btree ("teams_id");
  CREATE INDEX "releases_rels_market_display_rules_id_idx" ON "releases_rels" USING btree ("market_display_rules_id");
  CREATE INDEX "releases_rels_props_vocabulary_id_idx" ON "releases_rels" USING btree ("props_vocabulary_id");
  CREATE INDEX "releases_rels_tournaments_id_idx" ON "releases_rels" USING btree ("tournaments_id");
  CREATE INDEX "releases_rels_reward_rules_id_idx" ON "releases_rels" USING btree ("reward_rules_id");
  CREATE UNIQUE INDEX "config_changes_version_doc_idx" ON "config_changes" USING btree ("version","collection","doc_id");
  CREATE INDEX "config_changes_doc_idx" ON "config_changes" USING btree ("collection","doc_id","version");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_releases_fk" FOREIGN KEY ("releases_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("releases_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "releases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "releases_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "config_versions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "config_changes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "releases_history" CASCADE;
  DROP TABLE "releases" CASCADE;
  DROP TABLE "releases_rels" CASCADE;
  DROP TABLE "config_versions" CASCADE;
  DROP TABLE "config_changes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_releases_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'rescoreRewardSeason', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'rescoreRewardSeason', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_releases_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "releases_id";
  DROP TYPE "public"."enum_releases_status";`)
}
