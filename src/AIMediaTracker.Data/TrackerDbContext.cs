using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data;

public sealed class TrackerDbContext(DbContextOptions<TrackerDbContext> options) : DbContext(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleSketch> ArticleSketches => Set<ArticleSketch>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationAlias> OrganizationAliases => Set<OrganizationAlias>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<CoMention> CoMentions => Set<CoMention>();
    public DbSet<Figure> Figures => Set<Figure>();
    public DbSet<DateMention> Dates => Set<DateMention>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<Link> Links => Set<Link>();
    public DbSet<ImportFailure> ImportFailures => Set<ImportFailure>();
    public DbSet<Operator> Operators => Set<Operator>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Correction> Corrections => Set<Correction>();
    public DbSet<FigureCorrection> FigureCorrections => Set<FigureCorrection>();
    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<ClaimCitation> ClaimCitations => Set<ClaimCitation>();
    public DbSet<ClaimGradeOverride> ClaimGradeOverrides => Set<ClaimGradeOverride>();
    public DbSet<ClaimTally> ClaimTallies => Set<ClaimTally>();
    public DbSet<LedgerState> LedgerStates => Set<LedgerState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);
        // On SQLite an INTEGER PRIMARY KEY is the rowid, the order rows are stored in. A claim's id is a
        // hash (ClaimGrouping.IdOf), so each new claim landed on a random page of the widest table, and of
        // every index that ends with the rowid. Any other type keeps the id unique in an index of its own,
        // and the rowid, given in insertion order, puts a batch's new claims together at the end.
        if (Database.IsSqlite()) modelBuilder.Entity<Claim>().Property(c => c.Id).HasColumnType("BIGINT");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset columns; ticks can.
        if (Database.IsSqlite())
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
    }
}
