import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_explore_tags_version_platform" AS ENUM('ios', 'android', 'web');
  CREATE TYPE "public"."enum_explore_tags_visibility_country_mode" AS ENUM('allow', 'deny');
  CREATE TYPE "public"."enum_explore_tags_visibility_unknown_country" AS ENUM('hide', 'show');
  CREATE TYPE "public"."enum__explore_tags_v_version_visibility_country_mode" AS ENUM('allow', 'deny');
  CREATE TYPE "public"."enum__explore_tags_v_version_visibility_unknown_country" AS ENUM('hide', 'show');
  CREATE TABLE "explore_tags_platform_versions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_explore_tags_version_platform",
  	"min_app_version" varchar,
  	"max_app_version" varchar
  );
  
  CREATE TABLE "_explore_tags_platform_versions_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform" "enum_explore_tags_version_platform",
  	"min_app_version" varchar,
  	"max_app_version" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "explore_tags" ADD COLUMN "visibility_country_mode" "enum_explore_tags_visibility_country_mode";
  ALTER TABLE "explore_tags" ADD COLUMN "visibility_unknown_country" "enum_explore_tags_visibility_unknown_country" DEFAULT 'hide';
  ALTER TABLE "explore_tags" ADD COLUMN "visibility_rollout_percent" numeric;
  ALTER TABLE "_explore_tags_v" ADD COLUMN "version_visibility_country_mode" "enum__explore_tags_v_version_visibility_country_mode";
  ALTER TABLE "_explore_tags_v" ADD COLUMN "version_visibility_unknown_country" "enum__explore_tags_v_version_visibility_unknown_country" DEFAULT 'hide';
  ALTER TABLE "_explore_tags_v" ADD COLUMN "version_visibility_rollout_percent" numeric;
  ALTER TABLE "explore_tags_platform_versions" ADD CONSTRAINT "explore_tags_platform_versions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."explore_tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_explore_tags_platform_versions_v" ADD CONSTRAINT "_explore_tags_platform_versions_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_explore_tags_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "explore_tags_platform_versions_order_idx" ON "explore_tags_platform_versions" USING btree ("_order");
  CREATE INDEX "explore_tags_platform_versions_parent_id_idx" ON "explore_tags_platform_versions" USING btree ("_parent_id");
  CREATE INDEX "_explore_tags_platform_versions_v_order_idx" ON "_explore_tags_platform_versions_v" USING btree ("_order");
  CREATE INDEX "_explore_tags_platform_versions_v_parent_id_idx" ON "_explore_tags_platform_versions_v" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "explore_tags_platform_versions" CASCADE;
  DROP TABLE "_explore_tags_platform_versions_v" CASCADE;
  ALTER TABLE "explore_tags" DROP COLUMN "visibility_country_mode";
  ALTER TABLE "explore_tags" DROP COLUMN "visibility_unknown_country";
  ALTER TABLE "explore_tags" DROP COLUMN "visibility_rollout_percent";
  ALTER TABLE "_explore_tags_v" DROP COLUMN "version_visibility_country_mode";
  ALTER TABLE "_explore_tags_v" DROP COLUMN "version_visibility_unknown_country";
  ALTER TABLE "_explore_tags_v" DROP COLUMN "version_visibility_rollout_percent";
  DROP TYPE "public"."enum_explore_tags_version_platform";
  DROP TYPE "public"."enum_explore_tags_visibility_country_mode";
  DROP TYPE "public"."enum_explore_tags_visibility_unknown_country";
  DROP TYPE "public"."enum__explore_tags_v_version_visibility_country_mode";
  DROP TYPE "public"."enum__explore_tags_v_version_visibility_unknown_country";`)
}
