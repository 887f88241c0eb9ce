using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OrganizationPageClaimIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ClaimCitations_ClaimId",
                table: "ClaimCitations");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Citations_Value",
                table: "Claims",
                columns: new[] { "Citations", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimCitations_ClaimId_ArticleId",
                table: "ClaimCitations",
                columns: new[] { "ClaimId", "ArticleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_Citations_Value",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_ClaimCitations_ClaimId_ArticleId",
                table: "ClaimCitations");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimCitations_ClaimId",
                table: "ClaimCitations",
                column: "ClaimId");
        }
    }
}
