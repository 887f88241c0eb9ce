using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Migrations
{
    /// <summary>
    /// Articles are no longer added to the FTS5 index by a trigger, one INSERT at a time: whoever writes
    /// articles indexes them (SqliteDialect.IndexArticleTextAsync), a batch in one statement. What is
    /// indexed already stays; the update and delete triggers stay.
    /// </summary>
    public partial class ArticleTextIndexedPerBatch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS articles_fts_insert;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER articles_fts_insert AFTER INSERT ON Articles BEGIN
                    INSERT INTO articles_fts(rowid, Title, Text) VALUES (new.Id, new.Title, new.Text);
                END;
                """);
            // Articles written since Up were indexed by their writer; rebuilt, the index holds them however they came.
            migrationBuilder.Sql("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');");
        }
    }
}
