using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class CountedArticlesIndexOrdersByDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_DuplicateOfId_Language_PublishedAt_SourceId",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_DuplicateOfId_PublishedAt",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_DuplicateOfId_PublishedAt_Language_SourceId",
                table: "Articles",
                columns: new[] { "DuplicateOfId", "PublishedAt", "Language", "SourceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_DuplicateOfId_PublishedAt_Language_SourceId",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_DuplicateOfId_Language_PublishedAt_SourceId",
                table: "Articles",
                columns: new[] { "DuplicateOfId", "Language", "PublishedAt", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_DuplicateOfId_PublishedAt",
                table: "Articles",
                columns: new[] { "DuplicateOfId", "PublishedAt" });
        }
    }
}
