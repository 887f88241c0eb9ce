using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Postgres.Migrations
{
    /// <summary>
    /// « alice » and « Alice » are one operator, enforced by the database too (two add-operator at once
    /// would both pass the code's check). Names that already differ only by case get their id appended first.
    /// </summary>
    public partial class OperatorNamesIgnoreCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Operators" AS d SET "Name" = d."Name" || ' (' || d."Id" || ')'
                WHERE EXISTS (SELECT 1 FROM "Operators" AS o WHERE o."Id" < d."Id" AND lower(o."Name") = lower(d."Name"));
                """);
            migrationBuilder.Sql("""CREATE UNIQUE INDEX "IX_Operators_Name_IgnoreCase" ON "Operators" (lower("Name"));""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Operators_Name_IgnoreCase";""");
        }
    }
}
