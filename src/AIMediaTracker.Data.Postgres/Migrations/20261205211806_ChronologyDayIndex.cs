using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ChronologyDayIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dates_Day",
                table: "Dates");

            migrationBuilder.CreateIndex(
                name: "IX_Dates_Day_IsHorizon_ArticleId",
                table: "Dates",
                columns: new[] { "Day", "IsHorizon", "ArticleId" },
                descending: new[] { true, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dates_Day_IsHorizon_ArticleId",
                table: "Dates");

            migrationBuilder.CreateIndex(
                name: "IX_Dates_Day",
                table: "Dates",
                column: "Day");
        }
    }
}
