using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class LatestReportedJobsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Claims_LatestReportedJobs",
                table: "Claims",
                columns: new[] { "Kind", "FirstSeen", "Value" },
                filter: "\"Basis\" = 'reported' AND \"Kind\" IN ('jobs_lost', 'jobs_created') AND \"Unit\" IN ('jobs', 'people')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_LatestReportedJobs",
                table: "Claims");
        }
    }
}
