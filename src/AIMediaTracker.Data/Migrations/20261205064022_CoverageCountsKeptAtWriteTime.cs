using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class CoverageCountsKeptAtWriteTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ArticleCount",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ArticleCount",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_People_ArticleCount",
                table: "People",
                column: "ArticleCount");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_ArticleCount",
                table: "Organizations",
                column: "ArticleCount");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_DuplicateOfId_Language_PublishedAt_SourceId",
                table: "Articles",
                columns: new[] { "DuplicateOfId", "Language", "PublishedAt", "SourceId" });

            foreach (var statement in AIMediaTracker.Data.Providers.CoverageFill.Statements) migrationBuilder.Sql(statement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_ArticleCount",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_ArticleCount",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Articles_DuplicateOfId_Language_PublishedAt_SourceId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ArticleCount",
                table: "People");

            migrationBuilder.DropColumn(
                name: "ArticleCount",
                table: "Organizations");
        }
    }
}
