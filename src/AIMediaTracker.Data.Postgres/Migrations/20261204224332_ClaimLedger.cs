using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIMediaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClaimLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClaimGradeOverrides",
                columns: table => new
                {
                    ClaimId = table.Column<long>(type: "bigint", nullable: false),
                    Grade = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimGradeOverrides", x => x.ClaimId);
                });

            migrationBuilder.CreateTable(
                name: "Claims",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Bucket = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Basis = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    MinValue = table.Column<double>(type: "double precision", nullable: false),
                    MaxValue = table.Column<double>(type: "double precision", nullable: false),
                    Approximate = table.Column<bool>(type: "boolean", nullable: false),
                    Attribution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AttributionKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AttributionOrganizationId = table.Column<int>(type: "integer", nullable: true),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubjectKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubjectOrganizationId = table.Column<int>(type: "integer", nullable: true),
                    Sector = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Citations = table.Column<int>(type: "integer", nullable: false),
                    FirstArticleId = table.Column<int>(type: "integer", nullable: false),
                    FirstFigureId = table.Column<long>(type: "bigint", nullable: false),
                    FirstSeen = table.Column<DateOnly>(type: "date", nullable: true),
                    LastSeen = table.Column<DateOnly>(type: "date", nullable: true),
                    Grade = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClaimCitations",
                columns: table => new
                {
                    FigureId = table.Column<long>(type: "bigint", nullable: false),
                    ClaimId = table.Column<long>(type: "bigint", nullable: false),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimCitations", x => x.FigureId);
                    table.ForeignKey(
                        name: "FK_ClaimCitations_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClaimCitations_Figures_FigureId",
                        column: x => x.FigureId,
                        principalTable: "Figures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimCitations_ArticleId",
                table: "ClaimCitations",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimCitations_ClaimId",
                table: "ClaimCitations",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_AttributionKey",
                table: "Claims",
                column: "AttributionKey");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_AttributionOrganizationId",
                table: "Claims",
                column: "AttributionOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Bucket_MinValue",
                table: "Claims",
                columns: new[] { "Bucket", "MinValue" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Kind_Basis_FirstSeen",
                table: "Claims",
                columns: new[] { "Kind", "Basis", "FirstSeen" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SubjectKey",
                table: "Claims",
                column: "SubjectKey");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SubjectOrganizationId",
                table: "Claims",
                column: "SubjectOrganizationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClaimCitations");

            migrationBuilder.DropTable(
                name: "ClaimGradeOverrides");

            migrationBuilder.DropTable(
                name: "Claims");
        }
    }
}
