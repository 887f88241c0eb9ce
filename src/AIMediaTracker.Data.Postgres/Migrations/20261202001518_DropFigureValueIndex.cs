using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DropFigureValueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Figures_Kind_Unit_Value",
                table: "Figures");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Figures_Kind_Unit_Value",
                table: "Figures",
                columns: new[] { "Kind", "Unit", "Value" });
        }
    }
}
