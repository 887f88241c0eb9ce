using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleDuplicateCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_DuplicateOfId",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_DuplicateOfId_Id_SimHash",
                table: "Articles",
                columns: new[] { "DuplicateOfId", "Id", "SimHash" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_DuplicateOfId_Id_SimHash",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_DuplicateOfId",
                table: "Articles",
                column: "DuplicateOfId");
        }
    }
}
