using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClaimVariantIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_AttributionKey",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_AttributionKey_SubjectKey_Year_Unit",
                table: "Claims",
                columns: new[] { "AttributionKey", "SubjectKey", "Year", "Unit" });

            migrationBuilder.DropIndex(
                name: "IX_Claims_Kind_Basis_FirstSeen",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ReportedJobs",
                table: "Claims",
                columns: new[] { "Kind", "Basis", "Unit", "Grade", "FirstSeen", "Value", "SubjectOrganizationId", "AttributionOrganizationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_ReportedJobs",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Kind_Basis_FirstSeen",
                table: "Claims",
                columns: new[] { "Kind", "Basis", "FirstSeen" });

            migrationBuilder.DropIndex(
                name: "IX_Claims_AttributionKey_SubjectKey_Year_Unit",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_AttributionKey",
                table: "Claims",
                column: "AttributionKey");
        }
    }
}
