import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_market_display_rules_visibility_platforms" AS ENUM('ios', 'android', 'web');
  CREATE TYPE "public"."enum_display_rules_version_platform" AS ENUM('ios', 'android', 'web');
  CREATE TYPE "public"."enum_market_display_rules_visibility_country_mode" AS ENUM('allow', 'deny');
  CREATE TYPE "public"."enum_market_display_rules_visibility_unknown_country" AS ENUM('hide', 'show');
  CREATE TYPE "public"."enum__market_display_rules_v_version_visibility_platforms" AS ENUM('ios', 'android', 'web');
  CREATE TYPE "public"."enum__market_display_rules_v_version_visibility_country_mode" AS ENUM('allow', 'deny');
  CREATE TYPE "public"."enum__market_display_rules_v_version_visibility_unknown_country" AS ENUM('hide', 'show');
  CREATE TABLE "market_display_rules_visibility_platforms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_market_display_rules_visibility_platforms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "display_rules_platform_versions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_display_rules_version_platform",
  	"min_app_version" varchar,
  	"max_app_version" varchar
  );
  
  CREATE TABLE "_market_display_rules_v_version_visibility_platforms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__market_display_rules_v_version_visibility_platforms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_display_rules_platform_versions_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform" "enum_display_rules_version_platform",
  	"min_app_version" varchar,
  	"max_app_version" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "market_display_rules" ADD COLUMN "visibility_min_app_version" varchar;
  ALTER TABLE "market_display_rules" ADD COLUMN "visibility_max_app_version" varchar;
  ALTER TABLE "market_display_rules" ADD COLUMN "visibility_country_mode" "enum_market_display_rules_visibility_country_mode";
  ALTER TABLE "market_display_rules" ADD COLUMN "visibility_unknown_country" "enum_market_display_rules_visibility_unknown_country" DEFAULT 'hide';
  ALTER TABLE "market_display_rules" ADD COLUMN "visibility_rollout_percent" numeric;
  ALTER TABLE "_market_display_rules_v" ADD COLUMN "version_visibility_min_app_version" varchar;
  ALTER TABLE "_market_display_rules_v" ADD COLUMN "version_visibility_max_app_version" varchar;
  ALTER TABLE "_market_display_rules_v" ADD COLUMN "version_visibility_country_mode" "enum__market_display_rules_v_version_visibility_country_mode";
  ALTER TABLE "_market_display_rules_v" ADD COLUMN "version_visibility_unknown_country" "enum__market_display_rules_v_version_visibility_unknown_country" DEFAULT 'hide';
  ALTER TABLE "_market_display_rules_v" ADD COLUMN "version_visibility_rollout_percent" numeric;
  ALTER TABLE "market_display_rules_visibility_platforms" ADD CONSTRAINT "market_display_rules_visibility_platforms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."market_display_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "display_rules_platform_versions" ADD CONSTRAINT "display_rules_platform_versions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."market_display_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_market_display_rules_v_version_visibility_platforms" ADD CONSTRAINT "_market_display_rules_v_version_visibility_platforms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_market_display_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_display_rules_platform_versions_v" ADD CONSTRAINT "_display_rules_platform_versions_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_market_display_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "market_display_rules_visibility_platforms_order_idx" ON "market_display_rules_visibility_platforms" USING btree ("order");
  CREATE INDEX "market_display_rules_visibility_platforms_parent_idx" ON "market_display_rules_visibility_platforms" USING btree ("parent_id");
  CREATE INDEX "display_rules_platform_versions_order_idx" ON "display_rules_platform_versions" USING btree ("_order");
  CREATE INDEX "display_rules_platform_versions_parent_id_idx" ON "display_rules_platform_versions" USING btree ("_parent_id");
  CREATE INDEX "_market_display_rules_v_version_visibility_platforms_order_idx" ON "_market_display_rules_v_version_visibility_platforms" USING btree ("order");
  CREATE INDEX "_market_display_rules_v_version_visibility_platforms_parent_idx" ON "_market_display_rules_v_version_visibility_platforms" USING btree ("parent_id");
  CREATE INDEX "_display_rules_platform_versions_v_order_idx" ON "_display_rules_platform_versions_v" USING btree ("_order");
  CREATE INDEX "_display_rules_platform_versions_v_parent_id_idx" ON "_display_rules_platform_versions_v" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "market_display_rules_visibility_platforms" CASCADE;
  DROP TABLE "display_rules_platform_versions" CASCADE;
  DROP TABLE "_market_display_rules_v_version_visibility_platforms" CASCADE;
  DROP TABLE "_display_rules_platform_versions_v" CASCADE;
  ALTER TABLE "market_display_rules" DROP COLUMN "visibility_min_app_version";
  ALTER TABLE "market_display_rules" DROP COLUMN "visibility_max_app_version";
  ALTER TABLE "market_display_rules" DROP COLUMN "visibility_country_mode";
  ALTER TABLE "market_display_rules" DROP COLUMN "visibility_unknown_country";
  ALTER TABLE "market_display_rules" DROP COLUMN "visibility_rollout_percent";
  ALTER TABLE "_market_display_rules_v" DROP COLUMN "version_visibility_min_app_version";
  ALTER TABLE "_market_display_rules_v" DROP COLUMN "version_visibility_max_app_version";
  ALTER TABLE "_market_display_rules_v" DROP COLUMN "version_visibility_country_mode";
  ALTER TABLE "_market_display_rules_v" DROP COLUMN "version_visibility_unknown_country";
  ALTER TABLE "_market_display_rules_v" DROP COLUMN "version_visibility_rollout_percent";
  DROP TYPE "public"."enum_market_display_rules_visibility_platforms";
  DROP TYPE "public"."enum_display_rules_version_platform";
  DROP TYPE "public"."enum_market_display_rules_visibility_country_mode";
  DROP TYPE "public"."enum_market_display_rules_visibility_unknown_country";
  DROP TYPE "public"."enum__market_display_rules_v_version_visibility_platforms";
  DROP TYPE "public"."enum__market_display_rules_v_version_visibility_country_mode";
  DROP TYPE "public"."enum__market_display_rules_v_version_visibility_unknown_country";`)
}
