import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tournaments_visibility_platforms" AS ENUM('ios', 'android', 'web');
  CREATE TYPE "public"."enum_tournaments_version_platform" AS ENUM('ios', 'android', 'web');
  CREATE TYPE "public"."enum_tournaments_visibility_country_mode" AS ENUM('allow', 'deny');
  CREATE TYPE "public"."enum_tournaments_visibility_unknown_country" AS ENUM('hide', 'show');
  CREATE TYPE "public"."enum__tournaments_v_version_visibility_platforms" AS ENUM('ios', 'android', 'web');
  CREATE TYPE "public"."enum__tournaments_v_version_visibility_country_mode" AS ENUM('allow', 'deny');
  CREATE TYPE "public"."enum__tournaments_v_version_visibility_unknown_country" AS ENUM('hide', 'show');
  CREATE TABLE "tournaments_visibility_platforms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_tournaments_visibility_platforms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "tournaments_platform_versions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_tournaments_version_platform",
  	"min_app_version" varchar,
  	"max_app_version" varchar
  );
  
  CREATE TABLE "tournaments_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_tournaments_v_version_visibility_platforms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__tournaments_v_version_visibility_platforms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_tournaments_platform_versions_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform" "enum_tournaments_version_platform",
  	"min_app_version" varchar,
  	"max_app_version" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tournaments_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "tournaments" ADD COLUMN "visibility_min_app_version" varchar;
  ALTER TABLE "tournaments" ADD COLUMN "visibility_max_app_version" varchar;
  ALTER TABLE "tournaments" ADD COLUMN "visibility_country_mode" "enum_tournaments_visibility_country_mode";
  ALTER TABLE "tournaments" ADD COLUMN "visibility_unknown_country" "enum_tournaments_visibility_unknown_country" DEFAULT 'hide';
  ALTER TABLE "tournaments" ADD COLUMN "visibility_rollout_percent" numeric;
  ALTER TABLE "_tournaments_v" ADD COLUMN "version_visibility_min_app_version" varchar;
  ALTER TABLE "_tournaments_v" ADD COLUMN "version_visibility_max_app_version" varchar;
  ALTER TABLE "_tournaments_v" ADD COLUMN "version_visibility_country_mode" "enum__tournaments_v_version_visibility_country_mode";
  ALTER TABLE "_tournaments_v" ADD COLUMN "version_visibility_unknown_country" "enum__tournaments_v_version_visibility_unknown_country" DEFAULT 'hide';
  ALTER TABLE "_tournaments_v" ADD COLUMN "version_visibility_rollout_percent" numeric;
  ALTER TABLE "tournaments_visibility_platforms" ADD CONSTRAINT "tournaments_visibility_platforms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tournaments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tournaments_platform_versions" ADD CONSTRAINT "tournaments_platform_versions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tournaments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tournaments_texts" ADD CONSTRAINT "tournaments_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tournaments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tournaments_v_version_visibility_platforms" ADD CONSTRAINT "_tournaments_v_version_visibility_platforms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_tournaments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tournaments_platform_versions_v" ADD CONSTRAINT "_tournaments_platform_versions_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tournaments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tournaments_v_texts" ADD CONSTRAINT "_tournaments_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_tournaments_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tournaments_visibility_platforms_order_idx" ON "tournaments_visibility_platforms" USING btree ("order");
  CREATE INDEX "tournaments_visibility_platforms_parent_idx" ON "tournaments_visibility_platforms" USING btree ("parent_id");
  CREATE INDEX "tournaments_platform_versions_order_idx" ON "tournaments_platform_versions" USING btree ("_order");
  CREATE INDEX "tournaments_platform_versions_parent_id_idx" ON "tournaments_platform_versions" USING btree ("_parent_id");
  CREATE INDEX "tournaments_texts_order_parent" ON "tournaments_texts" USING btree ("order","parent_id");
  CREATE INDEX "_tournaments_v_version_visibility_platforms_order_idx" ON "_tournaments_v_version_visibility_platforms" USING btree ("order");
  CREATE INDEX "_tournaments_v_version_visibility_platforms_parent_idx" ON "_tournaments_v_version_visibility_platforms" USING btree ("parent_id");
  CREATE INDEX "_tournaments_platform_versions_v_order_idx" ON "_tournaments_platform_versions_v" USING btree ("_order");
  CREATE INDEX "_tournaments_platform_versions_v_parent_id_idx" ON "_tournaments_platform_versions_v" USING btree ("_parent_id");
  CREATE INDEX "_tournaments_v_texts_order_parent" ON "_tournaments_v_texts" USING btree ("order","parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "tournaments_visibility_platforms" CASCADE;
  DROP TABLE "tournaments_platform_versions" CASCADE;
  DROP TABLE "tournaments_texts" CASCADE;
  DROP TABLE "_tournaments_v_version_visibility_platforms" CASCADE;
  DROP TABLE "_tournaments_platform_versions_v" CASCADE;
  DROP TABLE "_tournaments_v_texts" CASCADE;
  ALTER TABLE "tournaments" DROP COLUMN "visibility_min_app_version";
  ALTER TABLE "tournaments" DROP COLUMN "visibility_max_app_version";
  ALTER TABLE "tournaments" DROP COLUMN "visibility_country_mode";
  ALTER TABLE "tournaments" DROP COLUMN "visibility_unknown_country";
  ALTER TABLE "tournaments" DROP COLUMN "visibility_rollout_percent";
  ALTER TABLE "_tournaments_v" DROP COLUMN "version_visibility_min_app_version";
  ALTER TABLE "_tournaments_v" DROP COLUMN "version_visibility_max_app_version";
  ALTER TABLE "_tournaments_v" DROP COLUMN "version_visibility_country_mode";
  ALTER TABLE "_tournaments_v" DROP COLUMN "version_visibility_unknown_country";
  ALTER TABLE "_tournaments_v" DROP COLUMN "version_visibility_rollout_percent";
  DROP TYPE "public"."enum_tournaments_visibility_platforms";
  DROP TYPE "public"."enum_tournaments_version_platform";
  DROP TYPE "public"."enum_tournaments_visibility_country_mode";
  DROP TYPE "public"."enum_tournaments_visibility_unknown_country";
  DROP TYPE "public"."enum__tournaments_v_version_visibility_platforms";
  DROP TYPE "public"."enum__tournaments_v_version_visibility_country_mode";
  DROP TYPE "public"."enum__tournaments_v_version_visibility_unknown_country";`)
}
