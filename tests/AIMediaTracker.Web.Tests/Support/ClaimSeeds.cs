using AIMediaTracker.Core.Model;
using AIMediaTracker.Data;
using AIMediaTracker.Ingestion.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AIMediaTracker.Web.Tests.Support;

/// <summary>
/// Articles whose figures' source the test sets (the extractor reads the numbers; who states them is
/// given here, since extraction does not fill it yet): Ubisoft's cut cited twice, OpenAI's cut, and a
/// Goldman Sachs projection with the same number as Ubisoft's cut.
/// </summary>
public static class ClaimSeeds
{
    public static async Task StoreAsync(TrackerFactory factory, string body, DateOnly? published, Func<FigureFact, FigureFact> claim)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var prepared = PreparedArticle.Of(new ArticleDocument("Emplois et IA", body, PublishedAt: published), new ArticleOrigin($"{Guid.NewGuid():N}.txt"));
        prepared = prepared.WithFacts(prepared.Facts! with { Figures = prepared.Facts!.Figures.Select(claim).ToList() });
        await new ArticleWriter(db, TimeProvider.System).SaveAllAsync([prepared], default);
    }

    public static async Task StoreAllAsync(TrackerFactory factory)
    {
        static FigureFact Cut(FigureFact f, string company) => f with { Basis = FigureBasis.Reported, Subject = company };
        // One announcement repeated by two articles: one claim, counted once.
        await StoreAsync(factory, "Chez Ubisoft, la direction invoque l'IA : 1 200 postes ont été supprimés dans les studios.", new DateOnly(2024, 3, 5), f => Cut(f, "Ubisoft"));
        await StoreAsync(factory, "Ubisoft a supprimé 1 200 postes, remplacés par l'IA, rappellent les syndicats du jeu vidéo.", new DateOnly(2024, 3, 20), f => Cut(f, "Ubisoft"));
        await StoreAsync(factory, "Le groupe OpenAI a supprimé 300 emplois au service client, en raison de l'automatisation.", new DateOnly(2024, 5, 2), f => Cut(f, "OpenAI"));
        // A projection with the same number as a cut: never added to the cuts.
        await StoreAsync(factory, "Selon Goldman Sachs, 1 200 postes pourraient être supprimés d'ici 2030 dans les studios.", new DateOnly(2024, 4, 2),
            f => f with { Basis = FigureBasis.Projected, Attribution = "Goldman Sachs" });
    }
}
