using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClaimGradeCorrectionsAndLedgerStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "SubjectId",
                table: "Corrections",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.CreateTable(
                name: "LedgerStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Stamp = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerStates", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LedgerStates");

            migrationBuilder.AlterColumn<int>(
                name: "SubjectId",
                table: "Corrections",
                type: "integer",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint");
        }
    }
}
