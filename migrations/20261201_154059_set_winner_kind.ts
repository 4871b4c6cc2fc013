import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_sports_market_type_order" ADD VALUE 'set_winner' BEFORE 'set_totals';
  ALTER TYPE "public"."enum__sports_v_version_market_type_order" ADD VALUE 'set_winner' BEFORE 'set_totals';
  ALTER TYPE "public"."enum_market_display_rules_market_kind" ADD VALUE 'set_winner' BEFORE 'set_totals';
  ALTER TYPE "public"."enum__market_display_rules_v_version_market_kind" ADD VALUE 'set_winner' BEFORE 'set_totals';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The kind goes away with its enum value: rules and sport orderings that use it would not cast back.
  await db.execute(sql`
   DELETE FROM "sports_market_type_order" WHERE "value" = 'set_winner';
  DELETE FROM "_sports_v_version_market_type_order" WHERE "value" = 'set_winner';
  DELETE FROM "_market_display_rules_v" WHERE "version_market_kind" = 'set_winner';
  DELETE FROM "market_display_rules" WHERE "market_kind" = 'set_winner';
  ALTER TABLE "sports_market_type_order" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_sports_market_type_order";
  CREATE TYPE "public"."enum_sports_market_type_order" AS ENUM('moneyline', 'spreads', 'totals', 'team_totals', 'player_props', 'first_half', 'first_set', 'set_totals', 'ufc_method', 'ufc_round', 'ufc_distance', 'odd_even', 'other');
  ALTER TABLE "sports_market_type_order" ALTER COLUMN "value" SET DATA TYPE "public"."enum_sports_market_type_order" USING "value"::"public"."enum_sports_market_type_order";
  ALTER TABLE "_sports_v_version_market_type_order" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum__sports_v_version_market_type_order";
  CREATE TYPE "public"."enum__sports_v_version_market_type_order" AS ENUM('moneyline', 'spreads', 'totals', 'team_totals', 'player_props', 'first_half', 'first_set', 'set_totals', 'ufc_method', 'ufc_round', 'ufc_distance', 'odd_even', 'other');
  ALTER TABLE "_sports_v_version_market_type_order" ALTER COLUMN "value" SET DATA TYPE "public"."enum__sports_v_version_market_type_order" USING "value"::"public"."enum__sports_v_version_market_type_order";
  ALTER TABLE "market_display_rules" ALTER COLUMN "market_kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_market_display_rules_market_kind";
  CREATE TYPE "public"."enum_market_display_rules_market_kind" AS ENUM('moneyline', 'spreads', 'totals', 'team_totals', 'player_props', 'first_half', 'first_set', 'set_totals', 'ufc_method', 'ufc_round', 'ufc_distance', 'odd_even', 'other');
  ALTER TABLE "market_display_rules" ALTER COLUMN "market_kind" SET DATA TYPE "public"."enum_market_display_rules_market_kind" USING "market_kind"::"public"."enum_market_display_rules_market_kind";
  ALTER TABLE "_market_display_rules_v" ALTER COLUMN "version_market_kind" SET DATA TYPE text;
  DROP TYPE "public"."enum__market_display_rules_v_version_market_kind";
  CREATE TYPE "public"."enum__market_display_rules_v_version_market_kind" AS ENUM('moneyline', 'spreads', 'totals', 'team_totals', 'player_props', 'first_half', 'first_set', 'set_totals', 'ufc_method', 'ufc_round', 'ufc_distance', 'odd_even', 'other');
  ALTER TABLE "_market_display_rules_v" ALTER COLUMN "version_market_kind" SET DATA TYPE "public"."enum__market_display_rules_v_version_market_kind" USING "version_market_kind"::"public"."enum__market_display_rules_v_version_market_kind";`)
}
