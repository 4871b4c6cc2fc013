import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_partners_views" AS ENUM('world-cup-group', 'tag-feed', 'event');
  CREATE TYPE "public"."enum_partners_theme_mode" AS ENUM('light', 'dark');
  CREATE TYPE "public"."enum_partners_theme_density" AS ENUM('regular', 'compact');
  CREATE TYPE "public"."enum_partners_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__partners_v_version_views" AS ENUM('world-cup-group', 'tag-feed', 'event');
  CREATE TYPE "public"."enum__partners_v_version_theme_mode" AS ENUM('light', 'dark');
  CREATE TYPE "public"."enum__partners_v_version_theme_density" AS ENUM('regular', 'compact');
  CREATE TYPE "public"."enum__partners_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "partners_allowed_origins" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"origin" varchar
  );
  
  CREATE TABLE "partners_views" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_partners_views",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "partners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"public_key" varchar,
  	"enabled" boolean DEFAULT true,
  	"theme_accent" varchar DEFAULT '#2563eb',
  	"theme_mode" "enum_partners_theme_mode" DEFAULT 'light',
  	"theme_density" "enum_partners_theme_density" DEFAULT 'regular',
  	"theme_font" varchar DEFAULT 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_partners_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_partners_v_version_allowed_origins" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"origin" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_partners_v_version_views" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__partners_v_version_views",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_partners_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_public_key" varchar,
  	"version_enabled" boolean DEFAULT true,
  	"version_theme_accent" varchar DEFAULT '#2563eb',
  	"version_theme_mode" "enum__partners_v_version_theme_mode" DEFAULT 'light',
  	"version_theme_density" "enum__partners_v_version_theme_density" DEFAULT 'regular',
  	"version_theme_font" varchar DEFAULT 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__partners_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "partners_id" integer;
  ALTER TABLE "partners_allowed_origins" ADD CONSTRAINT "partners_allowed_origins_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_views" ADD CONSTRAINT "partners_views_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v_version_allowed_origins" ADD CONSTRAINT "_partners_v_version_allowed_origins_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_partners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v_version_views" ADD CONSTRAINT "_partners_v_version_views_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_partners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v" ADD CONSTRAINT "_partners_v_parent_id_partners_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "partners_allowed_origins_order_idx" ON "partners_allowed_origins" USING btree ("_order");
  CREATE INDEX "partners_allowed_origins_parent_id_idx" ON "partners_allowed_origins" USING btree ("_parent_id");
  CREATE INDEX "partners_views_order_idx" ON "partners_views" USING btree ("order");
  CREATE INDEX "partners_views_parent_idx" ON "partners_views" USING btree ("parent_id");
  CREATE UNIQUE INDEX "partners_public_key_idx" ON "partners" USING btree ("public_key");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  CREATE INDEX "partners__status_idx" ON "partners" USING btree ("_status");
  CREATE INDEX "_partners_v_version_allowed_origins_order_idx" ON "_partners_v_version_allowed_origins" USING btree ("_order");
  CREATE INDEX "_partners_v_version_allowed_origins_parent_id_idx" ON "_partners_v_version_allowed_origins" USING btree ("_parent_id");
  CREATE INDEX "_partners_v_version_views_order_idx" ON "_partners_v_version_views" USING btree ("order");
  CREATE INDEX "_partners_v_version_views_parent_idx" ON "_partners_v_version_views" USING btree ("parent_id");
  CREATE INDEX "_partners_v_parent_idx" ON "_partners_v" USING btree ("parent_id");
  CREATE INDEX "_partners_v_version_version_public_key_idx" ON "_partners_v" USING btree ("version_public_key");
  CREATE INDEX "_partners_v_version_version_updated_at_idx" ON "_partners_v" USING btree ("version_updated_at");
  CREATE INDEX "_partners_v_version_version_created_at_idx" ON "_partners_v" USING btree ("version_created_at");
  CREATE INDEX "_partners_v_version_version__status_idx" ON "_partners_v" USING btree ("version__status");
  CREATE INDEX "_partners_v_created_at_idx" ON "_partners_v" USING btree ("created_at");
  CREATE INDEX "_partners_v_updated_at_idx" ON "_partners_v" USING btree ("updated_at");
  CREATE INDEX "_partners_v_latest_idx" ON "_partners_v" USING btree ("latest");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "partners_allowed_origins" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partners_views" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partners" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_partners_v_version_allowed_origins" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_partners_v_version_views" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_partners_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "partners_allowed_origins" CASCADE;
  DROP TABLE "partners_views" CASCADE;
  DROP TABLE "partners" CASCADE;
  DROP TABLE "_partners_v_version_allowed_origins" CASCADE;
  DROP TABLE "_partners_v_version_views" CASCADE;
  DROP TABLE "_partners_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_partners_fk";
  
  DROP INDEX "payload_locked_documents_rels_partners_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "partners_id";
  DROP TYPE "public"."enum_partners_views";
  DROP TYPE "public"."enum_partners_theme_mode";
  DROP TYPE "public"."enum_partners_theme_density";
  DROP TYPE "public"."enum_partners_status";
  DROP TYPE "public"."enum__partners_v_version_views";
  DROP TYPE "public"."enum__partners_v_version_theme_mode";
  DROP TYPE "public"."enum__partners_v_version_theme_density";
  DROP TYPE "public"."enum__partners_v_version_status";`)
}
