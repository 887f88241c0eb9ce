using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Migrations
{
    /// <summary>
    /// « alice » and « Alice » are one operator, enforced by the database too (two add-operator at once
    /// would both pass the code's check). NOCASE folds ASCII letters; OperatorAccounts also compares
    /// the whole of Unicode. Names that already differ only by case get their id appended first.
    /// </summary>
    public partial class OperatorNamesIgnoreCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Operators" SET "Name" = "Name" || ' (' || "Id" || ')'
                WHERE EXISTS (SELECT 1 FROM "Operators" AS o WHERE o."Id" < "Operators"."Id" AND o."Name" = "Operators"."Name" COLLATE NOCASE);
                """);
            migrationBuilder.Sql("""CREATE UNIQUE INDEX "IX_Operators_Name_IgnoreCase" ON "Operators" ("Name" COLLATE NOCASE);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Operators_Name_IgnoreCase";""");
        }
    }
}
