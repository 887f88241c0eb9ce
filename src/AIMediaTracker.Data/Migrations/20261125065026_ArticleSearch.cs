using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Migrations
{
    /// <summary>
    /// Full-text search over article titles and texts with SQLite FTS5. The index lives outside the EF
    /// model (an external-content table kept in step by triggers); remove_diacritics makes
    /// "emplois menaces" find "emplois menacés".
    /// </summary>
    public partial class ArticleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE articles_fts USING fts5(
                    Title, Text, content='Articles', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER articles_fts_insert AFTER INSERT ON Articles BEGIN
                    INSERT INTO articles_fts(rowid, Title, Text) VALUES (new.Id, new.Title, new.Text);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER articles_fts_delete AFTER DELETE ON Articles BEGIN
                    INSERT INTO articles_fts(articles_fts, rowid, Title, Text) VALUES ('delete', old.Id, old.Title, old.Text);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER articles_fts_update AFTER UPDATE OF Title, Text ON Articles BEGIN
                    INSERT INTO articles_fts(articles_fts, rowid, Title, Text) VALUES ('delete', old.Id, old.Title, old.Text);
                    INSERT INTO articles_fts(rowid, Title, Text) VALUES (new.Id, new.Title, new.Text);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS articles_fts_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS articles_fts_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS articles_fts_insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS articles_fts;");
        }
    }
}
