using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FigureClaimFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Attribution",
                table: "Figures",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Basis",
                table: "Figures",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "reported");

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "Figures",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Attribution",
                table: "Figures");

            migrationBuilder.DropColumn(
                name: "Basis",
                table: "Figures");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "Figures");
        }
    }
}
