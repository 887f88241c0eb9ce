using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Migrations
{
    /// <summary>
    /// A claim's id becomes a BIGINT primary key instead of the rowid (see TrackerDbContext.OnModelCreating).
    /// SQLite changes a column's type only by rebuilding its table; EF's own rebuild turns foreign keys off
    /// outside the migration's transaction, warns about it on every first start, and an interruption between
    /// its transactions leaves the copies behind. Written by hand instead, in the migration's one transaction:
    /// the new citations table names the new claims table, so dropping the old claims cascades to nothing,
    /// and the rename carries that reference over. ClaimCitations.ClaimId takes the type too, as EF's model does.
    /// </summary>
    public partial class ClaimRowsInInsertionOrder : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "BIGINT");

        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "INTEGER");

        private const string ClaimColumns = """
            "Id", "Bucket", "Kind", "Unit", "Basis", "Value", "MinValue", "MaxValue", "Approximate", "Attribution", "AttributionKey",
            "AttributionOrganizationId", "Subject", "SubjectKey", "SubjectOrganizationId", "Sector", "Year", "Citations", "FirstArticleId",
            "FirstFigureId", "FirstSeen", "LastSeen", "Grade"
            """;

        private static void Rebuild(MigrationBuilder migrationBuilder, string idType)
        {
            migrationBuilder.Sql($"""
                CREATE TABLE "ef_temp_Claims" (
                    "Id" {idType} NOT NULL CONSTRAINT "PK_Claims" PRIMARY KEY,
                    "Bucket" TEXT NOT NULL,
                    "Kind" TEXT NOT NULL,
                    "Unit" TEXT NOT NULL,
                    "Basis" TEXT NOT NULL,
                    "Value" REAL NOT NULL,
                    "MinValue" REAL NOT NULL,
                    "MaxValue" REAL NOT NULL,
                    "Approximate" INTEGER NOT NULL,
                    "Attribution" TEXT NULL,
                    "AttributionKey" TEXT NULL,
                    "AttributionOrganizationId" INTEGER NULL,
                    "Subject" TEXT NULL,
                    "SubjectKey" TEXT NULL,
                    "SubjectOrganizationId" INTEGER NULL,
                    "Sector" TEXT NOT NULL,
                    "Year" INTEGER NULL,
                    "Citations" INTEGER NOT NULL,
                    "FirstArticleId" INTEGER NOT NULL,
                    "FirstFigureId" INTEGER NOT NULL,
                    "FirstSeen" TEXT NULL,
                    "LastSeen" TEXT NULL,
                    "Grade" TEXT NULL
                );
                INSERT INTO "ef_temp_Claims" ({ClaimColumns}) SELECT {ClaimColumns} FROM "Claims";
                CREATE TABLE "ef_temp_ClaimCitations" (
                    "FigureId" INTEGER NOT NULL CONSTRAINT "PK_ClaimCitations" PRIMARY KEY,
                    "ClaimId" {idType} NOT NULL,
                    "ArticleId" INTEGER NOT NULL,
                    "Value" REAL NOT NULL,
                    CONSTRAINT "FK_ClaimCitations_Claims_ClaimId" FOREIGN KEY ("ClaimId") REFERENCES "ef_temp_Claims" ("Id") ON DELETE CASCADE,
                    CONSTRAINT "FK_ClaimCitations_Figures_FigureId" FOREIGN KEY ("FigureId") REFERENCES "Figures" ("Id") ON DELETE CASCADE
                );
                INSERT INTO "ef_temp_ClaimCitations" ("FigureId", "ClaimId", "ArticleId", "Value")
                    SELECT "FigureId", "ClaimId", "ArticleId", "Value" FROM "ClaimCitations";
                DROP TABLE "ClaimCitations";
                DROP TABLE "Claims";
                ALTER TABLE "ef_temp_Claims" RENAME TO "Claims";
                ALTER TABLE "ef_temp_ClaimCitations" RENAME TO "ClaimCitations";
                CREATE INDEX "IX_ClaimCitations_ArticleId" ON "ClaimCitations" ("ArticleId");
                CREATE INDEX "IX_ClaimCitations_ClaimId_ArticleId" ON "ClaimCitations" ("ClaimId", "ArticleId");
                CREATE INDEX "IX_Claims_AttributionKey_SubjectKey_Year_Unit" ON "Claims" ("AttributionKey", "SubjectKey", "Year", "Unit");
                CREATE INDEX "IX_Claims_AttributionOrganizationId" ON "Claims" ("AttributionOrganizationId") WHERE "AttributionOrganizationId" IS NOT NULL;
                CREATE INDEX "IX_Claims_Basis_Citations_Value" ON "Claims" ("Basis", "Citations", "Value") WHERE "Basis" = 'projected';
                CREATE INDEX "IX_Claims_Bucket_MinValue_MaxValue" ON "Claims" ("Bucket", "MinValue", "MaxValue");
                CREATE INDEX "IX_Claims_Citations_Value" ON "Claims" ("Citations", "Value");
                CREATE INDEX "IX_Claims_LatestReportedJobs" ON "Claims" ("Kind", "FirstSeen", "Value") WHERE "Basis" = 'reported' AND "Kind" IN ('jobs_lost', 'jobs_created') AND "Unit" IN ('jobs', 'people');
                CREATE INDEX "IX_Claims_ReportedJobs" ON "Claims" ("Kind", "Basis", "Unit", "Grade", "FirstSeen", "Value", "SubjectOrganizationId", "AttributionOrganizationId") WHERE "Basis" = 'reported' AND "Kind" IN ('jobs_lost', 'jobs_created') AND "Unit" IN ('jobs', 'people');
                CREATE INDEX "IX_Claims_Sector" ON "Claims" ("Sector") WHERE "Sector" <> 'unspecified';
                CREATE INDEX "IX_Claims_SubjectKey" ON "Claims" ("SubjectKey") WHERE "SubjectKey" IS NOT NULL;
                CREATE INDEX "IX_Claims_SubjectOrganizationId" ON "Claims" ("SubjectOrganizationId") WHERE "SubjectOrganizationId" IS NOT NULL;
                CREATE INDEX "IX_Claims_Year" ON "Claims" ("Year") WHERE "Year" IS NOT NULL;
                """);
        }
    }
}
