using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class CoMentionsKeptAtWriteTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // EF's CreateTable, plus WITHOUT ROWID: the rows live in the key's b-tree (see CoMentionConfiguration).
            migrationBuilder.Sql("""
                CREATE TABLE "CoMentions" (
                    "OrganizationId" INTEGER NOT NULL,
                    "Kind" INTEGER NOT NULL,
                    "OtherId" INTEGER NOT NULL,
                    "Articles" INTEGER NOT NULL,
                    CONSTRAINT "PK_CoMentions" PRIMARY KEY ("OrganizationId", "Kind", "OtherId"),
                    CONSTRAINT "FK_CoMentions_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID
                """);

            // Filled for the articles already stored, as the writers keep it from now on.
            foreach (var statement in AIMediaTracker.Data.Writing.CoMentionSql.RecountAll(AIMediaTracker.Data.Providers.SqliteDialect.Instance)) migrationBuilder.Sql(statement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoMentions");
        }
    }
}
