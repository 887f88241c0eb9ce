using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClaimPartialIndexesMore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_Basis_Citations_Value",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Sector",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Basis_Citations_Value",
                table: "Claims",
                columns: new[] { "Basis", "Citations", "Value" },
                filter: "\"Basis\" = 'projected'");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Sector",
                table: "Claims",
                column: "Sector",
                filter: "\"Sector\" <> 'unspecified'");
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

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Basis_Citations_Value",
                table: "Claims",
                columns: new[] { "Basis", "Citations", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Sector",
                table: "Claims",
                column: "Sector");
        }
    }
}
