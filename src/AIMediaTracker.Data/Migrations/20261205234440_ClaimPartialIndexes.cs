using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClaimPartialIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_AttributionOrganizationId",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_ReportedJobs",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_SubjectKey",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_SubjectOrganizationId",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Year",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_AttributionOrganizationId",
                table: "Claims",
                column: "AttributionOrganizationId",
                filter: "\"AttributionOrganizationId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ReportedJobs",
                table: "Claims",
                columns: new[] { "Kind", "Basis", "Unit", "Grade", "FirstSeen", "Value", "SubjectOrganizationId", "AttributionOrganizationId" },
                filter: "\"Basis\" = 'reported' AND \"Kind\" IN ('jobs_lost', 'jobs_created') AND \"Unit\" IN ('jobs', 'people')");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SubjectKey",
                table: "Claims",
                column: "SubjectKey",
                filter: "\"SubjectKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SubjectOrganizationId",
                table: "Claims",
                column: "SubjectOrganizationId",
                filter: "\"SubjectOrganizationId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Year",
                table: "Claims",
                column: "Year",
                filter: "\"Year\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_AttributionOrganizationId",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_ReportedJobs",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_SubjectKey",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_SubjectOrganizationId",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Year",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_AttributionOrganizationId",
                table: "Claims",
                column: "AttributionOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ReportedJobs",
                table: "Claims",
                columns: new[] { "Kind", "Basis", "Unit", "Grade", "FirstSeen", "Value", "SubjectOrganizationId", "AttributionOrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SubjectKey",
                table: "Claims",
                column: "SubjectKey");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SubjectOrganizationId",
                table: "Claims",
                column: "SubjectOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Year",
                table: "Claims",
                column: "Year");
        }
    }
}
