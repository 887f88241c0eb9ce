using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClaimRangeIndexCoversMaxValue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_Bucket_MinValue",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Bucket_MinValue_MaxValue",
                table: "Claims",
                columns: new[] { "Bucket", "MinValue", "MaxValue" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_Bucket_MinValue_MaxValue",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Bucket_MinValue",
                table: "Claims",
                columns: new[] { "Bucket", "MinValue" });
        }
    }
}
