using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class MentionPartialIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mentions_OrganizationId_ArticleId",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_PersonId_ArticleId",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_ProductId_ArticleId",
                table: "Mentions");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_OrganizationId_ArticleId",
                table: "Mentions",
                columns: new[] { "OrganizationId", "ArticleId" },
                filter: "\"OrganizationId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_PersonId_ArticleId",
                table: "Mentions",
                columns: new[] { "PersonId", "ArticleId" },
                filter: "\"PersonId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ProductId_ArticleId",
                table: "Mentions",
                columns: new[] { "ProductId", "ArticleId" },
                filter: "\"ProductId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mentions_OrganizationId_ArticleId",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_PersonId_ArticleId",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_ProductId_ArticleId",
                table: "Mentions");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_OrganizationId_ArticleId",
                table: "Mentions",
                columns: new[] { "OrganizationId", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_PersonId_ArticleId",
                table: "Mentions",
                columns: new[] { "PersonId", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ProductId_ArticleId",
                table: "Mentions",
                columns: new[] { "ProductId", "ArticleId" });
        }
    }
}
