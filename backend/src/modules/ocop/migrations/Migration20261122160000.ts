import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The text search configuration the catalogue search uses (search-postgres with
 * `language: "vietnamese"` reads `medusa_search_vietnamese`): the `simple` dictionary, so no
 * English stemming, behind `unaccent`, so "gom" matches "gốm" and "dong" matches "đồng".
 *
 * It lives here because the OCOP module's migrations run before the search indexes are created
 * and filled. Without the unaccent extension (a managed database that refuses it) the
 * configuration is plain `simple`; search still works, without folding diacritics.
 */
export class Migration20261122160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      DO $$
      BEGIN
        BEGIN
          CREATE EXTENSION IF NOT EXISTS unaccent;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'ocop: could not enable unaccent (%); Vietnamese search will not fold diacritics.', SQLERRM;
        END;
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_vietnamese') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_vietnamese (COPY = simple);
          IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
            ALTER TEXT SEARCH CONFIGURATION medusa_search_vietnamese
              ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
          END IF;
        END IF;
      END
      $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS medusa_search_vietnamese;`)
  }
}
