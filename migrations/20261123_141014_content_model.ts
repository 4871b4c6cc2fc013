import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_explore_tags_filter_groups_match" AS ENUM('all', 'any');
  CREATE TYPE "public"."enum_explore_tags_visibility_platforms" AS ENUM('ios', 'android', 'web');
  CREATE TYPE "public"."enum_explore_tags_kind" AS ENUM('market-tag', 'time-period', 'composite');
  CREATE TYPE "public"."enum_explore_tags_filter_match" AS ENUM('all', 'any');
  CREATE TYPE "public"."enum_explore_tags_time_window" AS ENUM('today', 'this-week', 'this-month', 'custom');
  CREATE TYPE "public"."enum_explore_tags_sort" AS ENUM('volume', 'liquidity', 'end-date', 'newest');
  CREATE TYPE "public"."enum_explore_tags_market_status" AS ENUM('open', 'settled', 'all');
  CREATE TYPE "public"."enum_explore_tags_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__explore_tags_v_version_filter_groups_match" AS ENUM('all', 'any');
  CREATE TYPE "public"."enum__explore_tags_v_version_visibility_platforms" AS ENUM('ios', 'android', 'web');
  CREATE TYPE "public"."enum__explore_tags_v_version_kind" AS ENUM('market-tag', 'time-period', 'composite');
  CREATE TYPE "public"."enum__explore_tags_v_version_filter_match" AS ENUM('all', 'any');
  CREATE TYPE "public"."enum__explore_tags_v_version_time_window" AS ENUM('today', 'this-week', 'this-month', 'custom');
  CREATE TYPE "public"."enum__explore_tags_v_version_sort" AS ENUM('volume', 'liquidity', 'end-date', 'newest');
  CREATE TYPE "public"."enum__explore_tags_v_version_market_status" AS ENUM('open', 'settled', 'all');
  CREATE TYPE "public"."enum__explore_tags_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_sports_market_type_order" AS ENUM('moneyline', 'spreads', 'totals', 'team_totals', 'player_props', 'first_half', 'first_set', 'set_totals', 'ufc_method', 'ufc_round', 'ufc_distance', 'odd_even', 'other');
  CREATE TYPE "public"."enum_sports_period_vocabulary" AS ENUM('quarters', 'halves', 'periods', 'innings', 'sets', 'rounds', 'maps', 'overs');
  CREATE TYPE "public"."enum_sports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sports_v_version_market_type_order" AS ENUM('moneyline', 'spreads', 'totals', 'team_totals', 'player_props', 'first_half', 'first_set', 'set_totals', 'ufc_method', 'ufc_round', 'ufc_distance', 'odd_even', 'other');
  CREATE TYPE "public"."enum__sports_v_version_period_vocabulary" AS ENUM('quarters', 'halves', 'periods', 'innings', 'sets', 'rounds', 'maps', 'overs');
  CREATE TYPE "public"."enum__sports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_teams_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__teams_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_market_display_rules_market_kind" AS ENUM('moneyline', 'spreads', 'totals', 'team_totals', 'player_props', 'first_half', 'first_set', 'set_totals', 'ufc_method', 'ufc_round', 'ufc_distance', 'odd_even', 'other');
  CREATE TYPE "public"."enum_market_display_rules_sort" AS ENUM('upstream', 'abs-line', 'line', 'volume');
  CREATE TYPE "public"."enum_market_display_rules_group_by" AS ENUM('none', 'player', 'team', 'round', 'period');
  CREATE TYPE "public"."enum_market_display_rules_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__market_display_rules_v_version_market_kind" AS ENUM('moneyline', 'spreads', 'totals', 'team_totals', 'player_props', 'first_half', 'first_set', 'set_totals', 'ufc_method', 'ufc_round', 'ufc_distance', 'odd_even', 'other');
  CREATE TYPE "public"."enum__market_display_rules_v_version_sort" AS ENUM('upstream', 'abs-line', 'line', 'volume');
  CREATE TYPE "public"."enum__market_display_rules_v_version_group_by" AS ENUM('none', 'player', 'team', 'round', 'period');
  CREATE TYPE "public"."enum__market_display_rules_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_props_vocabulary_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__props_vocabulary_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_tournaments_groups_letter" AS ENUM('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L');
  CREATE TYPE "public"."enum_tournaments_legacy_layout" AS ENUM('flat-list', 'groups-only');
  CREATE TYPE "public"."enum_tournaments_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__tournaments_v_version_groups_letter" AS ENUM('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L');
  CREATE TYPE "public"."enum__tournaments_v_version_legacy_layout" AS ENUM('flat-list', 'groups-only');
  CREATE TYPE "public"."enum__tournaments_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_reward_seasons_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reward_seasons_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_reward_rules_activity_type" AS ENUM('trade', 'deposit', 'referral', 'prediction_won', 'streak');
  CREATE TYPE "public"."enum_reward_rules_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reward_rules_v_version_activity_type" AS ENUM('trade', 'deposit', 'referral', 'prediction_won', 'streak');
  CREATE TYPE "public"."enum__reward_rules_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_wallets_type" AS ENUM('proxy', 'eoa');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "explore_tags_filter_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"match" "enum_explore_tags_filter_groups_match" DEFAULT 'any'
  );
  
  CREATE TABLE "explore_tags_visibility_platforms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_explore_tags_visibility_platforms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "explore_tags" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"slug" varchar,
  	"parent_id" integer,
  	"order" numeric DEFAULT 0,
  	"icon" varchar,
  	"kind" "enum_explore_tags_kind" DEFAULT 'market-tag',
  	"inherit_parent_filter" boolean DEFAULT true,
  	"filter_match" "enum_explore_tags_filter_match" DEFAULT 'all',
  	"time_window" "enum_explore_tags_time_window",
  	"window_start" timestamp(3) with time zone,
  	"window_end" timestamp(3) with time zone,
  	"sort" "enum_explore_tags_sort" DEFAULT 'volume',
  	"market_status" "enum_explore_tags_market_status" DEFAULT 'open',
  	"visibility_min_app_version" varchar,
  	"visibility_max_app_version" varchar,
  	"visibility_visible_from" timestamp(3) with time zone,
  	"visibility_visible_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_explore_tags_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "explore_tags_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "explore_tags_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "_explore_tags_v_version_filter_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"match" "enum__explore_tags_v_version_filter_groups_match" DEFAULT 'any',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_explore_tags_v_version_visibility_platforms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__explore_tags_v_version_visibility_platforms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_explore_tags_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_label" varchar,
  	"version_slug" varchar,
  	"version_parent_id" integer,
  	"version_order" numeric DEFAULT 0,
  	"version_icon" varchar,
  	"version_kind" "enum__explore_tags_v_version_kind" DEFAULT 'market-tag',
  	"version_inherit_parent_filter" boolean DEFAULT true,
  	"version_filter_match" "enum__explore_tags_v_version_filter_match" DEFAULT 'all',
  	"version_time_window" "enum__explore_tags_v_version_time_window",
  	"version_window_start" timestamp(3) with time zone,
  	"version_window_end" timestamp(3) with time zone,
  	"version_sort" "enum__explore_tags_v_version_sort" DEFAULT 'volume',
  	"version_market_status" "enum__explore_tags_v_version_market_status" DEFAULT 'open',
  	"version_visibility_min_app_version" varchar,
  	"version_visibility_max_app_version" varchar,
  	"version_visibility_visible_from" timestamp(3) with time zone,
  	"version_visibility_visible_until" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__explore_tags_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_explore_tags_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_explore_tags_v_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "sports_market_type_order" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_sports_market_type_order",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "sports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"upstream_tag_id" numeric,
  	"upstream_series_id" varchar,
  	"upstream_sport_code" varchar,
  	"period_vocabulary" "enum_sports_period_vocabulary",
  	"icon" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_sports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_sports_v_version_market_type_order" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__sports_v_version_market_type_order",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_sports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_upstream_tag_id" numeric,
  	"version_upstream_series_id" varchar,
  	"version_upstream_sport_code" varchar,
  	"version_period_vocabulary" "enum__sports_v_version_period_vocabulary",
  	"version_icon" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__sports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "teams" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"short_name" varchar,
  	"abbreviation" varchar,
  	"upstream_team_id" numeric,
  	"sport_id" integer,
  	"colour" varchar,
  	"logo_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_teams_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_teams_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_short_name" varchar,
  	"version_abbreviation" varchar,
  	"version_upstream_team_id" numeric,
  	"version_sport_id" integer,
  	"version_colour" varchar,
  	"version_logo_url" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__teams_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "market_display_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"sport_id" integer,
  	"market_kind" "enum_market_display_rules_market_kind",
  	"title_template" varchar,
  	"subtitle_template" varchar,
  	"section" varchar,
  	"section_order" numeric DEFAULT 0,
  	"sort" "enum_market_display_rules_sort" DEFAULT 'upstream',
  	"group_by" "enum_market_display_rules_group_by" DEFAULT 'none',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_market_display_rules_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "market_display_rules_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_market_display_rules_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_sport_id" integer,
  	"version_market_kind" "enum__market_display_rules_v_version_market_kind",
  	"version_title_template" varchar,
  	"version_subtitle_template" varchar,
  	"version_section" varchar,
  	"version_section_order" numeric DEFAULT 0,
  	"version_sort" "enum__market_display_rules_v_version_sort" DEFAULT 'upstream',
  	"version_group_by" "enum__market_display_rules_v_version_group_by" DEFAULT 'none',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__market_display_rules_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_market_display_rules_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "props_vocabulary" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sport_id" integer,
  	"stat" varchar,
  	"stat_label" varchar,
  	"verb" varchar,
  	"unit_singular" varchar,
  	"unit_plural" varchar,
  	"title_template" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_props_vocabulary_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_props_vocabulary_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_sport_id" integer,
  	"version_stat" varchar,
  	"version_stat_label" varchar,
  	"version_verb" varchar,
  	"version_unit_singular" varchar,
  	"version_unit_plural" varchar,
  	"version_title_template" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__props_vocabulary_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "tournaments_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"letter" "enum_tournaments_groups_letter",
  	"page_slug" varchar,
  	"page_title" varchar,
  	"intro" varchar
  );
  
  CREATE TABLE "tournaments_search_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"alias" varchar,
  	"team_id" integer
  );
  
  CREATE TABLE "tournaments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"upstream_tag_id" numeric,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"min_app_version" varchar,
  	"legacy_layout" "enum_tournaments_legacy_layout" DEFAULT 'flat-list',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_tournaments_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "tournaments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"teams_id" integer
  );
  
  CREATE TABLE "_tournaments_v_version_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"letter" "enum__tournaments_v_version_groups_letter",
  	"page_slug" varchar,
  	"page_title" varchar,
  	"intro" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tournaments_v_version_search_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"alias" varchar,
  	"team_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tournaments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_upstream_tag_id" numeric,
  	"version_start_date" timestamp(3) with time zone,
  	"version_end_date" timestamp(3) with time zone,
  	"version_min_app_version" varchar,
  	"version_legacy_layout" "enum__tournaments_v_version_legacy_layout" DEFAULT 'flat-list',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__tournaments_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_tournaments_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"teams_id" integer
  );
  
  CREATE TABLE "reward_seasons" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_reward_seasons_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_reward_seasons_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__reward_seasons_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "reward_rules_multiplier_windows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"multiplier" varchar
  );
  
  CREATE TABLE "reward_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"season_id" integer,
  	"activity_type" "enum_reward_rules_activity_type",
  	"base_points" varchar,
  	"points_per_unit" varchar,
  	"unit_label" varchar,
  	"daily_cap" varchar,
  	"effective_from" timestamp(3) with time zone,
  	"effective_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_reward_rules_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_reward_rules_v_version_multiplier_windows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"multiplier" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reward_rules_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_season_id" integer,
  	"version_activity_type" "enum__reward_rules_v_version_activity_type",
  	"version_base_points" varchar,
  	"version_points_per_unit" varchar,
  	"version_unit_label" varchar,
  	"version_daily_cap" varchar,
  	"version_effective_from" timestamp(3) with time zone,
  	"version_effective_until" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__reward_rules_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "app_users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"handle" varchar NOT NULL,
  	"display_name" varchar,
  	"avatar_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "wallets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"address" varchar NOT NULL,
  	"type" "enum_wallets_type" NOT NULL,
  	"owner_id" integer,
  	"eoa_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "explore_tags_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "teams_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "market_display_rules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "props_vocabulary_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tournaments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reward_seasons_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reward_rules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "app_users_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "wallets_id" integer;
  ALTER TABLE "explore_tags_filter_groups" ADD CONSTRAINT "explore_tags_filter_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."explore_tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "explore_tags_visibility_platforms" ADD CONSTRAINT "explore_tags_visibility_platforms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."explore_tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "explore_tags" ADD CONSTRAINT "explore_tags_parent_id_explore_tags_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."explore_tags"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "explore_tags_texts" ADD CONSTRAINT "explore_tags_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."explore_tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "explore_tags_numbers" ADD CONSTRAINT "explore_tags_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."explore_tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_explore_tags_v_version_filter_groups" ADD CONSTRAINT "_explore_tags_v_version_filter_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_explore_tags_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_explore_tags_v_version_visibility_platforms" ADD CONSTRAINT "_explore_tags_v_version_visibility_platforms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_explore_tags_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_explore_tags_v" ADD CONSTRAINT "_explore_tags_v_parent_id_explore_tags_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."explore_tags"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_explore_tags_v" ADD CONSTRAINT "_explore_tags_v_version_parent_id_explore_tags_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."explore_tags"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_explore_tags_v_texts" ADD CONSTRAINT "_explore_tags_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_explore_tags_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_explore_tags_v_numbers" ADD CONSTRAINT "_explore_tags_v_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_explore_tags_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sports_market_type_order" ADD CONSTRAINT "sports_market_type_order_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sports_v_version_market_type_order" ADD CONSTRAINT "_sports_v_version_market_type_order_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_sports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sports_v" ADD CONSTRAINT "_sports_v_parent_id_sports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "teams" ADD CONSTRAINT "teams_sport_id_sports_id_fk" FOREIGN KEY ("sport_id") REFERENCES "public"."sports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_teams_v" ADD CONSTRAINT "_teams_v_parent_id_teams_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_teams_v" ADD CONSTRAINT "_teams_v_version_sport_id_sports_id_fk" FOREIGN KEY ("version_sport_id") REFERENCES "public"."sports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "market_display_rules" ADD CONSTRAINT "market_display_rules_sport_id_sports_id_fk" FOREIGN KEY ("sport_id") REFERENCES "public"."sports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "market_display_rules_texts" ADD CONSTRAINT "market_display_rules_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."market_display_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_market_display_rules_v" ADD CONSTRAINT "_market_display_rules_v_parent_id_market_display_rules_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."market_display_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_market_display_rules_v" ADD CONSTRAINT "_market_display_rules_v_version_sport_id_sports_id_fk" FOREIGN KEY ("version_sport_id") REFERENCES "public"."sports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_market_display_rules_v_texts" ADD CONSTRAINT "_market_display_rules_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_market_display_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "props_vocabulary" ADD CONSTRAINT "props_vocabulary_sport_id_sports_id_fk" FOREIGN KEY ("sport_id") REFERENCES "public"."sports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_props_vocabulary_v" ADD CONSTRAINT "_props_vocabulary_v_parent_id_props_vocabulary_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."props_vocabulary"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_props_vocabulary_v" ADD CONSTRAINT "_props_vocabulary_v_version_sport_id_sports_id_fk" FOREIGN KEY ("version_sport_id") REFERENCES "public"."sports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tournaments_groups" ADD CONSTRAINT "tournaments_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tournaments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tournaments_search_aliases" ADD CONSTRAINT "tournaments_search_aliases_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tournaments_search_aliases" ADD CONSTRAINT "tournaments_search_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tournaments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tournaments_rels" ADD CONSTRAINT "tournaments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tournaments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tournaments_rels" ADD CONSTRAINT "tournaments_rels_teams_fk" FOREIGN KEY ("teams_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tournaments_v_version_groups" ADD CONSTRAINT "_tournaments_v_version_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tournaments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tournaments_v_version_search_aliases" ADD CONSTRAINT "_tournaments_v_version_search_aliases_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tournaments_v_version_search_aliases" ADD CONSTRAINT "_tournaments_v_version_search_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tournaments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tournaments_v" ADD CONSTRAINT "_tournaments_v_parent_id_tournaments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tournaments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tournaments_v_rels" ADD CONSTRAINT "_tournaments_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_tournaments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tournaments_v_rels" ADD CONSTRAINT "_tournaments_v_rels_teams_fk" FOREIGN KEY ("teams_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reward_seasons_v" ADD CONSTRAINT "_reward_seasons_v_parent_id_reward_seasons_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reward_seasons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reward_rules_multiplier_windows" ADD CONSTRAINT "reward_rules_multiplier_windows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reward_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reward_rules" ADD CONSTRAINT "reward_rules_season_id_reward_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."reward_seasons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reward_rules_v_version_multiplier_windows" ADD CONSTRAINT "_reward_rules_v_version_multiplier_windows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reward_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reward_rules_v" ADD CONSTRAINT "_reward_rules_v_parent_id_reward_rules_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reward_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reward_rules_v" ADD CONSTRAINT "_reward_rules_v_version_season_id_reward_seasons_id_fk" FOREIGN KEY ("version_season_id") REFERENCES "public"."reward_seasons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wallets" ADD CONSTRAINT "wallets_owner_id_app_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."app_users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wallets" ADD CONSTRAINT "wallets_eoa_id_wallets_id_fk" FOREIGN KEY ("eoa_id") REFERENCES "public"."wallets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "explore_tags_filter_groups_order_idx" ON "explore_tags_filter_groups" USING btree ("_order");
  CREATE INDEX "explore_tags_filter_groups_parent_id_idx" ON "explore_tags_filter_groups" USING btree ("_parent_id");
  CREATE INDEX "explore_tags_visibility_platforms_order_idx" ON "explore_tags_visibility_platforms" USING btree ("order");
  CREATE INDEX "explore_tags_visibility_platforms_parent_idx" ON "explore_tags_visibility_platforms" USING btree ("parent_id");
  CREATE UNIQUE INDEX "explore_tags_slug_idx" ON "explore_tags" USING btree ("slug");
  CREATE INDEX "explore_tags_parent_idx" ON "explore_tags" USING btree ("parent_id");
  CREATE INDEX "explore_tags_updated_at_idx" ON "explore_tags" USING btree ("updated_at");
  CREATE INDEX "explore_tags_created_at_idx" ON "explore_tags" USING btree ("created_at");
  CREATE INDEX "explore_tags__status_idx" ON "explore_tags" USING btree ("_status");
  CREATE INDEX "explore_tags_texts_order_parent" ON "explore_tags_texts" USING btree ("order","parent_id");
  CREATE INDEX "explore_tags_numbers_order_parent_idx" ON "explore_tags_numbers" USING btree ("order","parent_id");
  CREATE INDEX "_explore_tags_v_version_filter_groups_order_idx" ON "_explore_tags_v_version_filter_groups" USING btree ("_order");
  CREATE INDEX "_explore_tags_v_version_filter_groups_parent_id_idx" ON "_explore_tags_v_version_filter_groups" USING btree ("_parent_id");
  CREATE INDEX "_explore_tags_v_version_visibility_platforms_order_idx" ON "_explore_tags_v_version_visibility_platforms" USING btree ("order");
  CREATE INDEX "_explore_tags_v_version_visibility_platforms_parent_idx" ON "_explore_tags_v_version_visibility_platforms" USING btree ("parent_id");
  CREATE INDEX "_explore_tags_v_parent_idx" ON "_explore_tags_v" USING btree ("parent_id");
  CREATE INDEX "_explore_tags_v_version_version_slug_idx" ON "_explore_tags_v" USING btree ("version_slug");
  CREATE INDEX "_explore_tags_v_version_version_parent_idx" ON "_explore_tags_v" USING btree ("version_parent_id");
  CREATE INDEX "_explore_tags_v_version_version_updated_at_idx" ON "_explore_tags_v" USING btree ("version_updated_at");
  CREATE INDEX "_explore_tags_v_version_version_created_at_idx" ON "_explore_tags_v" USING btree ("version_created_at");
  CREATE INDEX "_explore_tags_v_version_version__status_idx" ON "_explore_tags_v" USING btree ("version__status");
  CREATE INDEX "_explore_tags_v_created_at_idx" ON "_explore_tags_v" USING btree ("created_at");
  CREATE INDEX "_explore_tags_v_updated_at_idx" ON "_explore_tags_v" USING btree ("updated_at");
  CREATE INDEX "_explore_tags_v_latest_idx" ON "_explore_tags_v" USING btree ("latest");
  CREATE INDEX "_explore_tags_v_texts_order_parent" ON "_explore_tags_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_explore_tags_v_numbers_order_parent_idx" ON "_explore_tags_v_numbers" USING btree ("order","parent_id");
  CREATE INDEX "sports_market_type_order_order_idx" ON "sports_market_type_order" USING btree ("order");
  CREATE INDEX "sports_market_type_order_parent_idx" ON "sports_market_type_order" USING btree ("parent_id");
  CREATE UNIQUE INDEX "sports_slug_idx" ON "sports" USING btree ("slug");
  CREATE INDEX "sports_updated_at_idx" ON "sports" USING btree ("updated_at");
  CREATE INDEX "sports_created_at_idx" ON "sports" USING btree ("created_at");
  CREATE INDEX "sports__status_idx" ON "sports" USING btree ("_status");
  CREATE INDEX "_sports_v_version_market_type_order_order_idx" ON "_sports_v_version_market_type_order" USING btree ("order");
  CREATE INDEX "_sports_v_version_market_type_order_parent_idx" ON "_sports_v_version_market_type_order" USING btree ("parent_id");
  CREATE INDEX "_sports_v_parent_idx" ON "_sports_v" USING btree ("parent_id");
  CREATE INDEX "_sports_v_version_version_slug_idx" ON "_sports_v" USING btree ("version_slug");
  CREATE INDEX "_sports_v_version_version_updated_at_idx" ON "_sports_v" USING btree ("version_updated_at");
  CREATE INDEX "_sports_v_version_version_created_at_idx" ON "_sports_v" USING btree ("version_created_at");
  CREATE INDEX "_sports_v_version_version__status_idx" ON "_sports_v" USING btree ("version__status");
  CREATE INDEX "_sports_v_created_at_idx" ON "_sports_v" USING btree ("created_at");
  CREATE INDEX "_sports_v_updated_at_idx" ON "_sports_v" USING btree ("updated_at");
  CREATE INDEX "_sports_v_latest_idx" ON "_sports_v" USING btree ("latest");
  CREATE UNIQUE INDEX "teams_upstream_team_id_idx" ON "teams" USING btree ("upstream_team_id");
  CREATE INDEX "teams_sport_idx" ON "teams" USING btree ("sport_id");
  CREATE INDEX "teams_updated_at_idx" ON "teams" USING btree ("updated_at");
  CREATE INDEX "teams_created_at_idx" ON "teams" USING btree ("created_at");
  CREATE INDEX "teams__status_idx" ON "teams" USING btree ("_status");
  CREATE INDEX "_teams_v_parent_idx" ON "_teams_v" USING btree ("parent_id");
  CREATE INDEX "_teams_v_version_version_upstream_team_id_idx" ON "_teams_v" USING btree ("version_upstream_team_id");
  CREATE INDEX "_teams_v_version_version_sport_idx" ON "_teams_v" USING btree ("version_sport_id");
  CREATE INDEX "_teams_v_version_version_updated_at_idx" ON "_teams_v" USING btree ("version_updated_at");
  CREATE INDEX "_teams_v_version_version_created_at_idx" ON "_teams_v" USING btree ("version_created_at");
  CREATE INDEX "_teams_v_version_version__status_idx" ON "_teams_v" USING btree ("version__status");
  CREATE INDEX "_teams_v_created_at_idx" ON "_teams_v" USING btree ("created_at");
  CREATE INDEX "_teams_v_updated_at_idx" ON "_teams_v" USING btree ("updated_at");
  CREATE INDEX "_teams_v_latest_idx" ON "_teams_v" USING btree ("latest");
  CREATE INDEX "market_display_rules_sport_idx" ON "market_display_rules" USING btree ("sport_id");
  CREATE INDEX "market_display_rules_updated_at_idx" ON "market_display_rules" USING btree ("updated_at");
  CREATE INDEX "market_display_rules_created_at_idx" ON "market_display_rules" USING btree ("created_at");
  CREATE INDEX "market_display_rules__status_idx" ON "market_display_rules" USING btree ("_status");
  CREATE INDEX "market_display_rules_texts_order_parent" ON "market_display_rules_texts" USING btree ("order","parent_id");
  CREATE INDEX "_market_display_rules_v_parent_idx" ON "_market_display_rules_v" USING btree ("parent_id");
  CREATE INDEX "_market_display_rules_v_version_version_sport_idx" ON "_market_display_rules_v" USING btree ("version_sport_id");
  CREATE INDEX "_market_display_rules_v_version_version_updated_at_idx" ON "_market_display_rules_v" USING btree ("version_updated_at");
  CREATE INDEX "_market_display_rules_v_version_version_created_at_idx" ON "_market_display_rules_v" USING btree ("version_created_at");
  CREATE INDEX "_market_display_rules_v_version_version__status_idx" ON "_market_display_rules_v" USING btree ("version__status");
  CREATE INDEX "_market_display_rules_v_created_at_idx" ON "_market_display_rules_v" USING btree ("created_at");
  CREATE INDEX "_market_display_rules_v_updated_at_idx" ON "_market_display_rules_v" USING btree ("updated_at");
  CREATE INDEX "_market_display_rules_v_latest_idx" ON "_market_display_rules_v" USING btree ("latest");
  CREATE INDEX "_market_display_rules_v_texts_order_parent" ON "_market_display_rules_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "props_vocabulary_sport_idx" ON "props_vocabulary" USING btree ("sport_id");
  CREATE INDEX "props_vocabulary_updated_at_idx" ON "props_vocabulary" USING btree ("updated_at");
  CREATE INDEX "props_vocabulary_created_at_idx" ON "props_vocabulary" USING btree ("created_at");
  CREATE INDEX "props_vocabulary__status_idx" ON "props_vocabulary" USING btree ("_status");
  CREATE INDEX "_props_vocabulary_v_parent_idx" ON "_props_vocabulary_v" USING btree ("parent_id");
  CREATE INDEX "_props_vocabulary_v_version_version_sport_idx" ON "_props_vocabulary_v" USING btree ("version_sport_id");
  CREATE INDEX "_props_vocabulary_v_version_version_updated_at_idx" ON "_props_vocabulary_v" USING btree ("version_updated_at");
  CREATE INDEX "_props_vocabulary_v_version_version_created_at_idx" ON "_props_vocabulary_v" USING btree ("version_created_at");
  CREATE INDEX "_props_vocabulary_v_version_version__status_idx" ON "_props_vocabulary_v" USING btree ("version__status");
  CREATE INDEX "_props_vocabulary_v_created_at_idx" ON "_props_vocabulary_v" USING btree ("created_at");
  CREATE INDEX "_props_vocabulary_v_updated_at_idx" ON "_props_vocabulary_v" USING btree ("updated_at");
  CREATE INDEX "_props_vocabulary_v_latest_idx" ON "_props_vocabulary_v" USING btree ("latest");
  CREATE INDEX "tournaments_groups_order_idx" ON "tournaments_groups" USING btree ("_order");
  CREATE INDEX "tournaments_groups_parent_id_idx" ON "tournaments_groups" USING btree ("_parent_id");
  CREATE INDEX "tournaments_search_aliases_order_idx" ON "tournaments_search_aliases" USING btree ("_order");
  CREATE INDEX "tournaments_search_aliases_parent_id_idx" ON "tournaments_search_aliases" USING btree ("_parent_id");
  CREATE INDEX "tournaments_search_aliases_team_idx" ON "tournaments_search_aliases" USING btree ("team_id");
  CREATE UNIQUE INDEX "tournaments_slug_idx" ON "tournaments" USING btree ("slug");
  CREATE INDEX "tournaments_updated_at_idx" ON "tournaments" USING btree ("updated_at");
  CREATE INDEX "tournaments_created_at_idx" ON "tournaments" USING btree ("created_at");
  CREATE INDEX "tournaments__status_idx" ON "tournaments" USING btree ("_status");
  CREATE INDEX "tournaments_rels_order_idx" ON "tournaments_rels" USING btree ("order");
  CREATE INDEX "tournaments_rels_parent_idx" ON "tournaments_rels" USING btree ("parent_id");
  CREATE INDEX "tournaments_rels_path_idx" ON "tournaments_rels" USING btree ("path");
  CREATE INDEX "tournaments_rels_teams_id_idx" ON "tournaments_rels" USING btree ("teams_id");
  CREATE INDEX "_tournaments_v_version_groups_order_idx" ON "_tournaments_v_version_groups" USING btree ("_order");
  CREATE INDEX "_tournaments_v_version_groups_parent_id_idx" ON "_tournaments_v_version_groups" USING btree ("_parent_id");
  CREATE INDEX "_tournaments_v_version_search_aliases_order_idx" ON "_tournaments_v_version_search_aliases" USING btree ("_order");
  CREATE INDEX "_tournaments_v_version_search_aliases_parent_id_idx" ON "_tournaments_v_version_search_aliases" USING btree ("_parent_id");
  CREATE INDEX "_tournaments_v_version_search_aliases_team_idx" ON "_tournaments_v_version_search_aliases" USING btree ("team_id");
  CREATE INDEX "_tournaments_v_parent_idx" ON "_tournaments_v" USING btree ("parent_id");
  CREATE INDEX "_tournaments_v_version_version_slug_idx" ON "_tournaments_v" USING btree ("version_slug");
  CREATE INDEX "_tournaments_v_version_version_updated_at_idx" ON "_tournaments_v" USING btree ("version_updated_at");
  CREATE INDEX "_tournaments_v_version_version_created_at_idx" ON "_tournaments_v" USING btree ("version_created_at");
  CREATE INDEX "_tournaments_v_version_version__status_idx" ON "_tournaments_v" USING btree ("version__status");
  CREATE INDEX "_tournaments_v_created_at_idx" ON "_tournaments_v" USING btree ("created_at");
  CREATE INDEX "_tournaments_v_updated_at_idx" ON "_tournaments_v" USING btree ("updated_at");
  CREATE INDEX "_tournaments_v_latest_idx" ON "_tournaments_v" USING btree ("latest");
  CREATE INDEX "_tournaments_v_rels_order_idx" ON "_tournaments_v_rels" USING btree ("order");
  CREATE INDEX "_tournaments_v_rels_parent_idx" ON "_tournaments_v_rels" USING btree ("parent_id");
  CREATE INDEX "_tournaments_v_rels_path_idx" ON "_tournaments_v_rels" USING btree ("path");
  CREATE INDEX "_tournaments_v_rels_teams_id_idx" ON "_tournaments_v_rels" USING btree ("teams_id");
  CREATE UNIQUE INDEX "reward_seasons_slug_idx" ON "reward_seasons" USING btree ("slug");
  CREATE INDEX "reward_seasons_updated_at_idx" ON "reward_seasons" USING btree ("updated_at");
  CREATE INDEX "reward_seasons_created_at_idx" ON "reward_seasons" USING btree ("created_at");
  CREATE INDEX "reward_seasons__status_idx" ON "reward_seasons" USING btree ("_status");
  CREATE INDEX "_reward_seasons_v_parent_idx" ON "_reward_seasons_v" USING btree ("parent_id");
  CREATE INDEX "_reward_seasons_v_version_version_slug_idx" ON "_reward_seasons_v" USING btree ("version_slug");
  CREATE INDEX "_reward_seasons_v_version_version_updated_at_idx" ON "_reward_seasons_v" USING btree ("version_updated_at");
  CREATE INDEX "_reward_seasons_v_version_version_created_at_idx" ON "_reward_seasons_v" USING btree ("version_created_at");
  CREATE INDEX "_reward_seasons_v_version_version__status_idx" ON "_reward_seasons_v" USING btree ("version__status");
  CREATE INDEX "_reward_seasons_v_created_at_idx" ON "_reward_seasons_v" USING btree ("created_at");
  CREATE INDEX "_reward_seasons_v_updated_at_idx" ON "_reward_seasons_v" USING btree ("updated_at");
  CREATE INDEX "_reward_seasons_v_latest_idx" ON "_reward_seasons_v" USING btree ("latest");
  CREATE INDEX "reward_rules_multiplier_windows_order_idx" ON "reward_rules_multiplier_windows" USING btree ("_order");
  CREATE INDEX "reward_rules_multiplier_windows_parent_id_idx" ON "reward_rules_multiplier_windows" USING btree ("_parent_id");
  CREATE INDEX "reward_rules_season_idx" ON "reward_rules" USING btree ("season_id");
  CREATE INDEX "reward_rules_updated_at_idx" ON "reward_rules" USING btree ("updated_at");
  CREATE INDEX "reward_rules_created_at_idx" ON "reward_rules" USING btree ("created_at");
  CREATE INDEX "reward_rules__status_idx" ON "reward_rules" USING btree ("_status");
  CREATE INDEX "_reward_rules_v_version_multiplier_windows_order_idx" ON "_reward_rules_v_version_multiplier_windows" USING btree ("_order");
  CREATE INDEX "_reward_rules_v_version_multiplier_windows_parent_id_idx" ON "_reward_rules_v_version_multiplier_windows" USING btree ("_parent_id");
  CREATE INDEX "_reward_rules_v_parent_idx" ON "_reward_rules_v" USING btree ("parent_id");
  CREATE INDEX "_reward_rules_v_version_version_season_idx" ON "_reward_rules_v" USING btree ("version_season_id");
  CREATE INDEX "_reward_rules_v_version_version_updated_at_idx" ON "_reward_rules_v" USING btree ("version_updated_at");
  CREATE INDEX "_reward_rules_v_version_version_created_at_idx" ON "_reward_rules_v" USING btree ("version_created_at");
  CREATE INDEX "_reward_rules_v_version_version__status_idx" ON "_reward_rules_v" USING btree ("version__status");
  CREATE INDEX "_reward_rules_v_created_at_idx" ON "_reward_rules_v" USING btree ("created_at");
  CREATE INDEX "_reward_rules_v_updated_at_idx" ON "_reward_rules_v" USING btree ("updated_at");
  CREATE INDEX "_reward_rules_v_latest_idx" ON "_reward_rules_v" USING btree ("latest");
  CREATE UNIQUE INDEX "app_users_handle_idx" ON "app_users" USING btree ("handle");
  CREATE INDEX "app_users_updated_at_idx" ON "app_users" USING btree ("updated_at");
  CREATE INDEX "app_users_created_at_idx" ON "app_users" USING btree ("created_at");
  CREATE UNIQUE INDEX "wallets_address_idx" ON "wallets" USING btree ("address");
  CREATE INDEX "wallets_owner_idx" ON "wallets" USING btree ("owner_id");
  CREATE INDEX "wallets_eoa_idx" ON "wallets" USING btree ("eoa_id");
  CREATE INDEX "wallets_updated_at_idx" ON "wallets" USING btree ("updated_at");
  CREATE INDEX "wallets_created_at_idx" ON "wallets" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_explore_tags_fk" FOREIGN KEY ("explore_tags_id") REFERENCES "public"."explore_tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sports_fk" FOREIGN KEY ("sports_id") REFERENCES "public"."sports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_teams_fk" FOREIGN KEY ("teams_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_market_display_rules_fk" FOREIGN KEY ("market_display_rules_id") REFERENCES "public"."market_display_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_props_vocabulary_fk" FOREIGN KEY ("props_vocabulary_id") REFERENCES "public"."props_vocabulary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tournaments_fk" FOREIGN KEY ("tournaments_id") REFERENCES "public"."tournaments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reward_seasons_fk" FOREIGN KEY ("reward_seasons_id") REFERENCES "public"."reward_seasons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reward_rules_fk" FOREIGN KEY ("reward_rules_id") REFERENCES "public"."reward_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_app_users_fk" FOREIGN KEY ("app_users_id") REFERENCES "public"."app_users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_wallets_fk" FOREIGN KEY ("wallets_id") REFERENCES "public"."wallets"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_explore_tags_id_idx" ON "payload_locked_documents_rels" USING btree ("explore_tags_id");
  CREATE INDEX "payload_locked_documents_rels_sports_id_idx" ON "payload_locked_documents_rels" USING btree ("sports_id");
  CREATE INDEX "payload_locked_documents_rels_teams_id_idx" ON "payload_locked_documents_rels" USING btree ("teams_id");
  CREATE INDEX "payload_locked_documents_rels_market_display_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("market_display_rules_id");
  CREATE INDEX "payload_locked_documents_rels_props_vocabulary_id_idx" ON "payload_locked_documents_rels" USING btree ("props_vocabulary_id");
  CREATE INDEX "payload_locked_documents_rels_tournaments_id_idx" ON "payload_locked_documents_rels" USING btree ("tournaments_id");
  CREATE INDEX "payload_locked_documents_rels_reward_seasons_id_idx" ON "payload_locked_documents_rels" USING btree ("reward_seasons_id");
  CREATE INDEX "payload_locked_documents_rels_reward_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("reward_rules_id");
  CREATE INDEX "payload_locked_documents_rels_app_users_id_idx" ON "payload_locked_documents_rels" USING btree ("app_users_id");
  CREATE INDEX "payload_locked_documents_rels_wallets_id_idx" ON "payload_locked_documents_rels" USING btree ("wallets_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "explore_tags_filter_groups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "explore_tags_visibility_platforms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "explore_tags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "explore_tags_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "explore_tags_numbers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_explore_tags_v_version_filter_groups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_explore_tags_v_version_visibility_platforms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_explore_tags_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_explore_tags_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_explore_tags_v_numbers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sports_market_type_order" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_sports_v_version_market_type_order" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_sports_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "teams" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_teams_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "market_display_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "market_display_rules_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_market_display_rules_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_market_display_rules_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "props_vocabulary" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_props_vocabulary_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tournaments_groups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tournaments_search_aliases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tournaments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tournaments_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_tournaments_v_version_groups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_tournaments_v_version_search_aliases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_tournaments_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_tournaments_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reward_seasons" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reward_seasons_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reward_rules_multiplier_windows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reward_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reward_rules_v_version_multiplier_windows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reward_rules_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "app_users" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "wallets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "explore_tags_filter_groups" CASCADE;
  DROP TABLE "explore_tags_visibility_platforms" CASCADE;
  DROP TABLE "explore_tags" CASCADE;
  DROP TABLE "explore_tags_texts" CASCADE;
  DROP TABLE "explore_tags_numbers" CASCADE;
  DROP TABLE "_explore_tags_v_version_filter_groups" CASCADE;
  DROP TABLE "_explore_tags_v_version_visibility_platforms" CASCADE;
  DROP TABLE "_explore_tags_v" CASCADE;
  DROP TABLE "_explore_tags_v_texts" CASCADE;
  DROP TABLE "_explore_tags_v_numbers" CASCADE;
  DROP TABLE "sports_market_type_order" CASCADE;
  DROP TABLE "sports" CASCADE;
  DROP TABLE "_sports_v_version_market_type_order" CASCADE;
  DROP TABLE "_sports_v" CASCADE;
  DROP TABLE "teams" CASCADE;
  DROP TABLE "_teams_v" CASCADE;
  DROP TABLE "market_display_rules" CASCADE;
  DROP TABLE "market_display_rules_texts" CASCADE;
  DROP TABLE "_market_display_rules_v" CASCADE;
  DROP TABLE "_market_display_rules_v_texts" CASCADE;
  DROP TABLE "props_vocabulary" CASCADE;
  DROP TABLE "_props_vocabulary_v" CASCADE;
  DROP TABLE "tournaments_groups" CASCADE;
  DROP TABLE "tournaments_search_aliases" CASCADE;
  DROP TABLE "tournaments" CASCADE;
  DROP TABLE "tournaments_rels" CASCADE;
  DROP TABLE "_tournaments_v_version_groups" CASCADE;
  DROP TABLE "_tournaments_v_version_search_aliases" CASCADE;
  DROP TABLE "_tournaments_v" CASCADE;
  DROP TABLE "_tournaments_v_rels" CASCADE;
  DROP TABLE "reward_seasons" CASCADE;
  DROP TABLE "_reward_seasons_v" CASCADE;
  DROP TABLE "reward_rules_multiplier_windows" CASCADE;
  DROP TABLE "reward_rules" CASCADE;
  DROP TABLE "_reward_rules_v_version_multiplier_windows" CASCADE;
  DROP TABLE "_reward_rules_v" CASCADE;
  DROP TABLE "app_users" CASCADE;
  DROP TABLE "wallets" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_explore_tags_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_teams_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_market_display_rules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_props_vocabulary_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tournaments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reward_seasons_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reward_rules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_app_users_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_wallets_fk";
  
  DROP INDEX "payload_locked_documents_rels_explore_tags_id_idx";
  DROP INDEX "payload_locked_documents_rels_sports_id_idx";
  DROP INDEX "payload_locked_documents_rels_teams_id_idx";
  DROP INDEX "payload_locked_documents_rels_market_display_rules_id_idx";
  DROP INDEX "payload_locked_documents_rels_props_vocabulary_id_idx";
  DROP INDEX "payload_locked_documents_rels_tournaments_id_idx";
  DROP INDEX "payload_locked_documents_rels_reward_seasons_id_idx";
  DROP INDEX "payload_locked_documents_rels_reward_rules_id_idx";
  DROP INDEX "payload_locked_documents_rels_app_users_id_idx";
  DROP INDEX "payload_locked_documents_rels_wallets_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "explore_tags_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "teams_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "market_display_rules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "props_vocabulary_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tournaments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reward_seasons_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reward_rules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "app_users_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "wallets_id";
  DROP TYPE "public"."enum_explore_tags_filter_groups_match";
  DROP TYPE "public"."enum_explore_tags_visibility_platforms";
  DROP TYPE "public"."enum_explore_tags_kind";
  DROP TYPE "public"."enum_explore_tags_filter_match";
  DROP TYPE "public"."enum_explore_tags_time_window";
  DROP TYPE "public"."enum_explore_tags_sort";
  DROP TYPE "public"."enum_explore_tags_market_status";
  DROP TYPE "public"."enum_explore_tags_status";
  DROP TYPE "public"."enum__explore_tags_v_version_filter_groups_match";
  DROP TYPE "public"."enum__explore_tags_v_version_visibility_platforms";
  DROP TYPE "public"."enum__explore_tags_v_version_kind";
  DROP TYPE "public"."enum__explore_tags_v_version_filter_match";
  DROP TYPE "public"."enum__explore_tags_v_version_time_window";
  DROP TYPE "public"."enum__explore_tags_v_version_sort";
  DROP TYPE "public"."enum__explore_tags_v_version_market_status";
  DROP TYPE "public"."enum__explore_tags_v_version_status";
  DROP TYPE "public"."enum_sports_market_type_order";
  DROP TYPE "public"."enum_sports_period_vocabulary";
  DROP TYPE "public"."enum_sports_status";
  DROP TYPE "public"."enum__sports_v_version_market_type_order";
  DROP TYPE "public"."enum__sports_v_version_period_vocabulary";
  DROP TYPE "public"."enum__sports_v_version_status";
  DROP TYPE "public"."enum_teams_status";
  DROP TYPE "public"."enum__teams_v_version_status";
  DROP TYPE "public"."enum_market_display_rules_market_kind";
  DROP TYPE "public"."enum_market_display_rules_sort";
  DROP TYPE "public"."enum_market_display_rules_group_by";
  DROP TYPE "public"."enum_market_display_rules_status";
  DROP TYPE "public"."enum__market_display_rules_v_version_market_kind";
  DROP TYPE "public"."enum__market_display_rules_v_version_sort";
  DROP TYPE "public"."enum__market_display_rules_v_version_group_by";
  DROP TYPE "public"."enum__market_display_rules_v_version_status";
  DROP TYPE "public"."enum_props_vocabulary_status";
  DROP TYPE "public"."enum__props_vocabulary_v_version_status";
  DROP TYPE "public"."enum_tournaments_groups_letter";
  DROP TYPE "public"."enum_tournaments_legacy_layout";
  DROP TYPE "public"."enum_tournaments_status";
  DROP TYPE "public"."enum__tournaments_v_version_groups_letter";
  DROP TYPE "public"."enum__tournaments_v_version_legacy_layout";
  DROP TYPE "public"."enum__tournaments_v_version_status";
  DROP TYPE "public"."enum_reward_seasons_status";
  DROP TYPE "public"."enum__reward_seasons_v_version_status";
  DROP TYPE "public"."enum_reward_rules_activity_type";
  DROP TYPE "public"."enum_reward_rules_status";
  DROP TYPE "public"."enum__reward_rules_v_version_activity_type";
  DROP TYPE "public"."enum__reward_rules_v_version_status";
  DROP TYPE "public"."enum_wallets_type";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
