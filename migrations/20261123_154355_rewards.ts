import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'rescoreRewardSeason' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'rescoreRewardSeason' BEFORE 'schedulePublish';
  CREATE TABLE "api_keys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"key_prefix" varchar,
  	"key_hash" varchar,
  	"revoked" boolean DEFAULT false,
  	"revoked_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reward_requests" (
  	"id" bigserial PRIMARY KEY NOT NULL,
  	"api_key_id" integer NOT NULL,
  	"idempotency_key" text NOT NULL,
  	"request_hash" text NOT NULL,
  	"status" smallint NOT NULL,
  	"response" text NOT NULL,
  	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reward_activities" (
  	"id" uuid PRIMARY KEY NOT NULL,
  	"request_id" bigint NOT NULL,
  	"seq" integer NOT NULL,
  	"type" text NOT NULL,
  	"wallet" text NOT NULL,
  	"occurred_at" timestamp (3) with time zone NOT NULL,
  	"amount" numeric,
  	"ref" text,
  	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reward_ledger" (
  	"id" bigserial PRIMARY KEY NOT NULL,
  	"activity_id" uuid NOT NULL,
  	"season_id" integer NOT NULL,
  	"wallet" text NOT NULL,
  	"activity_type" text NOT NULL,
  	"day" date NOT NULL,
  	"rule_id" integer NOT NULL,
  	"rule_version" text NOT NULL,
  	"points" numeric NOT NULL,
  	"multiplier" numeric NOT NULL,
  	"daily_cap" numeric,
  	"scored_at" timestamp (3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reward_state" (
  	"id" smallint PRIMARY KEY NOT NULL,
  	"generation" bigint NOT NULL
  );
  
  CREATE TABLE "reward_rescores" (
  	"season_id" integer PRIMARY KEY NOT NULL,
  	"status" text NOT NULL,
  	"rules_version" text NOT NULL,
  	"cursor_at" timestamp (3) with time zone,
  	"cursor_id" uuid,
  	"processed" integer NOT NULL,
  	"error" text,
  	"started_at" timestamp (3) with time zone NOT NULL,
  	"updated_at" timestamp (3) with time zone NOT NULL,
  	"finished_at" timestamp (3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "api_keys_id" integer;
  ALTER TABLE "reward_activities" ADD CONSTRAINT "reward_activities_request_id_reward_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."reward_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reward_ledger" ADD CONSTRAINT "reward_ledger_activity_id_reward_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."reward_activities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "api_keys_key_hash_idx" ON "api_keys" USING btree ("key_hash");
  CREATE INDEX "api_keys_updated_at_idx" ON "api_keys" USING btree ("updated_at");
  CREATE INDEX "api_keys_created_at_idx" ON "api_keys" USING btree ("created_at");
  CREATE UNIQUE INDEX "reward_requests_key_idx" ON "reward_requests" USING btree ("api_key_id","idempotency_key");
  CREATE UNIQUE INDEX "reward_activities_request_seq_idx" ON "reward_activities" USING btree ("request_id","seq");
  CREATE INDEX "reward_activities_wallet_idx" ON "reward_activities" USING btree ("wallet","occurred_at");
  CREATE INDEX "reward_activities_occurred_idx" ON "reward_activities" USING btree ("occurred_at","id");
  CREATE UNIQUE INDEX "reward_ledger_activity_season_idx" ON "reward_ledger" USING btree ("activity_id","season_id");
  CREATE INDEX "reward_ledger_season_wallet_idx" ON "reward_ledger" USING btree ("season_id","wallet");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_keys_fk" FOREIGN KEY ("api_keys_id") REFERENCES "public"."api_keys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_api_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("api_keys_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "api_keys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reward_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reward_activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reward_ledger" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reward_state" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reward_rescores" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "api_keys" CASCADE;
  DROP TABLE "reward_requests" CASCADE;
  DROP TABLE "reward_activities" CASCADE;
  DROP TABLE "reward_ledger" CASCADE;
  DROP TABLE "reward_state" CASCADE;
  DROP TABLE "reward_rescores" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_api_keys_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_api_keys_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "api_keys_id";`)
}
