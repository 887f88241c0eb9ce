using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClaimTiesByLastRecorded : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_Basis_Citations_Value",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Citations_Value",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Basis_Citations_FirstFigureId",
                table: "Claims",
                columns: new[] { "Basis", "Citations", "FirstFigureId" },
                filter: "\"Basis\" = 'projected'");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Citations_FirstFigureId",
                table: "Claims",
                columns: new[] { "Citations", "FirstFigureId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_Basis_Citations_FirstFigureId",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Citations_FirstFigureId",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Basis_Citations_Value",
                table: "Claims",
                columns: new[] { "Basis", "Citations", "Value" },
                filter: "\"Basis\" = 'projected'");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Citations_Value",
                table: "Claims",
                columns: new[] { "Citations", "Value" });
        }
    }
}
