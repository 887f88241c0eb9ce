using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClaimRowsInInsertionOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "Claims",
                type: "BIGINT",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<long>(
                name: "ClaimId",
                table: "ClaimCitations",
                type: "BIGINT",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "BIGINT");

            migrationBuilder.AlterColumn<long>(
                name: "ClaimId",
                table: "ClaimCitations",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "BIGINT");
        }
    }
}
