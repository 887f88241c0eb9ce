using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClaimIndexesForTheDashboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Claims_Basis_Citations_Value",
                table: "Claims",
                columns: new[] { "Basis", "Citations", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Sector",
                table: "Claims",
                column: "Sector");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Year",
                table: "Claims",
                column: "Year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_Basis_Citations_Value",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Sector",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Year",
                table: "Claims");
        }
    }
}
