using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Postgres.Migrations
{
    /// <summary>
    /// Full-text search on PostgreSQL: a "french_unaccent" configuration (French stemming after
    /// unaccent, so "emplois menaces" finds "emplois menacés"), a stored tsvector column kept by the
    /// server itself (title weighted above text), and a GIN index on it. The column stays out of the
    /// EF model: only SearchQueries reads it.
    /// </summary>
    public partial class ArticleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
                        CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
                        ALTER TEXT SEARCH CONFIGURATION french_unaccent
                            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
                    END IF;
                END $$;
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Articles" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('french_unaccent'::regconfig, coalesce("Title", '')), 'A') ||
                    setweight(to_tsvector('french_unaccent'::regconfig, "Text"), 'B')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_SearchVector" ON "Articles" USING GIN ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Articles_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Articles" DROP COLUMN IF EXISTS "SearchVector";""");
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION IF EXISTS french_unaccent;");
        }
    }
}
