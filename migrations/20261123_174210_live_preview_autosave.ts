import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "_explore_tags_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_market_display_rules_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_props_vocabulary_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_tournaments_v" ADD COLUMN "autosave" boolean;
  CREATE INDEX "_explore_tags_v_autosave_idx" ON "_explore_tags_v" USING btree ("autosave");
  CREATE INDEX "_market_display_rules_v_autosave_idx" ON "_market_display_rules_v" USING btree ("autosave");
  CREATE INDEX "_props_vocabulary_v_autosave_idx" ON "_props_vocabulary_v" USING btree ("autosave");
  CREATE INDEX "_tournaments_v_autosave_idx" ON "_tournaments_v" USING btree ("autosave");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_explore_tags_v_autosave_idx";
  DROP INDEX "_market_display_rules_v_autosave_idx";
  DROP INDEX "_props_vocabulary_v_autosave_idx";
  DROP INDEX "_tournaments_v_autosave_idx";
  ALTER TABLE "_explore_tags_v" DROP COLUMN "autosave";
  ALTER TABLE "_market_display_rules_v" DROP COLUMN "autosave";
  ALTER TABLE "_props_vocabulary_v" DROP COLUMN "autosave";
  ALTER TABLE "_tournaments_v" DROP COLUMN "autosave";`)
}
