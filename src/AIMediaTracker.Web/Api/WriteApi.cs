using System.Security.Claims;
using AIMediaTracker.Ingestion.Curation;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Sources;
using AIMediaTracker.Web.Hosting;
using AIMediaTracker.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AIMediaTracker.Web.Api;

public sealed record UrlRequest(string? Url);
public sealed record TargetRequest(string? Into);
public sealed record NameRequest(string? Name);
public sealed record KindRequest(string? Kind);
public sealed record BasisRequest(string? Basis);
/// <summary>Who the article credits for the number; null or empty removes it.</summary>
public sealed record AttributionRequest(string? Attribution);
/// <summary>The organisation whose jobs, staff or money the number is; null or empty removes it.</summary>
public sealed record SubjectRequest(string? Subject);
/// <summary>How firmly a reported cut is tied to AI: "explicit", "attributed" or "unclear".</summary>
public sealed record GradeRequest(string? Grade);
public sealed record ReextractionRequest(bool All = true);

/// <summary>
/// The write side of the API: import, feeds, re-extraction, corrections. Every endpoint needs an
/// operator's API key (header X-Api-Key) and is rate limited; a missing or wrong key gets 401 and
/// writes nothing. Answers are named records (WriteResponses.cs); refusals are problem details.
/// </summary>
public static class WriteApi
{
    public static IEndpointRouteBuilder MapWriteApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("AIMediaTracker — écriture (opérateurs)")
            .RequireAuthorization(OperatorPolicy.Api).RequireRateLimiting(OperatorPolicy.WriteLimit)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapPost("/imports", async Task<Results<Ok<List<ImportResult>>, ProblemHttpResult>> (UrlRequest request, UrlIngestor urls, CancellationToken ct) =>
        {
            if (!Cli.WebAddress.TryParse(request.Url, out var uri)) return BadUrl();
            var outcomes = await urls.ImportAsync(uri, null, ct);
            return TypedResults.Ok(outcomes.Select(o => new ImportResult(o.Location, o.Status.ToString(), o.ArticleId, o.Reason,
                o.ArticleId is int id ? SiteUrls.Article(id) : null)).ToList());
        }).WithSummary("Importe une page web (ou toutes les pages d'un flux RSS/Atom).");

        api.MapPost("/sources", async Task<Results<Created<FeedSource>, ProblemHttpResult>> (UrlRequest request, FeedSubscriptions feeds, CancellationToken ct) =>
        {
            if (!Cli.WebAddress.TryParse(request.Url, out var uri)) return BadUrl();
            var source = await feeds.AddAsync(uri, ct);
            return TypedResults.Created("/sources", new FeedSource(source.Id, source.Url));
        }).WithSummary("Suit un flux RSS ou Atom (relevé en arrière-plan).");

        api.MapPost("/reextraction", (ReextractionRequest? request, ReextractionRequests requests) =>
        {
            requests.Request(request?.All ?? true);
            return TypedResults.Accepted("/sources", new ReextractionStarted("Ré-extraction lancée en arrière-plan."));
        }).WithSummary("Relance l'extraction sur les textes stockés, corrections réappliquées.");

        api.MapPost("/organizations/{slug}/merge", (string slug, TargetRequest request, EntityCorrections corrections, ClaimsPrincipal user, CancellationToken ct) =>
            CorrectAsync(async () => Slugged(await corrections.MergeOrganizationsAsync(slug, request.Into ?? "", user.OperatorName(), ct))))
            .WithSummary("Fusionne l'organisation dans une autre (alias et mentions suivent).");
        api.MapPost("/organizations/{slug}/rename", (string slug, NameRequest request, EntityCorrections corrections, ClaimsPrincipal user, CancellationToken ct) =>
            CorrectAsync(async () => Slugged(await corrections.RenameOrganizationAsync(slug, request.Name ?? "", user.OperatorName(), ct))))
            .WithSummary("Renomme une organisation (l'ancien nom reste un alias).");
        api.MapPost("/people/{slug}/merge", (string slug, TargetRequest request, EntityCorrections corrections, ClaimsPrincipal user, CancellationToken ct) =>
            CorrectAsync(async () => Slugged(await corrections.MergePeopleAsync(slug, request.Into ?? "", user.OperatorName(), ct))))
            .WithSummary("Fusionne la personne dans une autre.");
        api.MapPost("/people/{slug}/rename", (string slug, NameRequest request, EntityCorrections corrections, ClaimsPrincipal user, CancellationToken ct) =>
            CorrectAsync(async () => Slugged(await corrections.RenamePersonAsync(slug, request.Name ?? "", user.OperatorName(), ct))))
            .WithSummary("Renomme une personne.");
        api.MapPost("/figures/{id:long}/reject", (long id, FigureCorrections corrections, ClaimsPrincipal user, CancellationToken ct) =>
            CorrectAsync(async () => { await corrections.RejectAsync(id, user.OperatorName(), ct); return new FigureRejected(id); }))
            .WithSummary("Marque un chiffre comme faux : il sort des statistiques, même après ré-extraction.");
        api.MapPost("/figures/{id:long}/kind", (long id, KindRequest request, FigureCorrections corrections, ClaimsPrincipal user, CancellationToken ct) =>
            CorrectAsync(async () => { await corrections.SetKindAsync(id, request.Kind ?? "", user.OperatorName(), ct); return new FigureKindSet(id, request.Kind); }))
            .WithSummary("Change le type d'un chiffre (jobs_lost, jobs_at_risk, …), même après ré-extraction.");
        api.MapPost("/figures/{id:long}/basis", (long id, BasisRequest request, FigureCorrections corrections, ClaimsPrincipal user, CancellationToken ct) =>
            ClaimAsync(id, new ClaimEdit(Basis: request.Basis ?? ""), corrections, user, ct))
            .WithSummary("Dit si un chiffre est constaté ou annoncé (reported) ou une estimation (projected), même après ré-extraction.");
        api.MapPost("/figures/{id:long}/attribution", (long id, AttributionRequest request, FigureCorrections corrections, ClaimsPrincipal user, CancellationToken ct) =>
            ClaimAsync(id, new ClaimEdit(Attribution: request.Attribution ?? ""), corrections, user, ct))
            .WithSummary("Dit qui l'article crédite du chiffre (« selon … ») ; vide ou null l'efface. Tient après ré-extraction.");
        api.MapPost("/figures/{id:long}/subject", (long id, SubjectRequest request, FigureCorrections corrections, ClaimsPrincipal user, CancellationToken ct) =>
            ClaimAsync(id, new ClaimEdit(Subject: request.Subject ?? ""), corrections, user, ct))
            .WithSummary("Dit de quelle organisation sont les emplois, l'effectif ou l'argent chiffrés ; vide ou null l'efface. Tient après ré-extraction.");
        api.MapPost("/claims/{id:long}/grade", (long id, GradeRequest request, ClaimCorrections corrections, ClaimsPrincipal user, CancellationToken ct) =>
            CorrectAsync(async () => new ClaimGradeSet(id, await corrections.SetGradeAsync(id, request.Grade ?? "", user.OperatorName(), ct))))
            .WithSummary("Dit à quel point une suppression d'emplois constatée est liée à l'IA (explicit, attributed, unclear) ; tient après ré-extraction.");
        api.MapPost("/figure-corrections/{id:int}/restore", (int id, FigureCorrections corrections, ClaimsPrincipal user, CancellationToken ct) =>
            CorrectAsync(async () => { await corrections.RestoreAsync(id, user.OperatorName(), ct); return new FigureRestored(id); }))
            .WithSummary("Rétablit un chiffre marqué comme faux.");
        return app;
    }

    private static EntityName Slugged(AIMediaTracker.Data.Entities.Organization o) => new(o.Slug, o.Name, SiteUrls.Organization(o.Slug));
    private static EntityName Slugged(AIMediaTracker.Data.Entities.Person p) => new(p.Slug, p.Name, SiteUrls.Person(p.Slug));

    /// <summary>One of the figure's claim fields changed; the answer is all three as stored.</summary>
    private static Task<Results<Ok<FigureClaimSet>, ProblemHttpResult>> ClaimAsync(long id, ClaimEdit edit, FigureCorrections corrections, ClaimsPrincipal user, CancellationToken ct) =>
        CorrectAsync(async () =>
        {
            var fields = await corrections.SetClaimAsync(id, edit, user.OperatorName(), ct);
            return new FigureClaimSet(id, fields.Basis, fields.Attribution, fields.Subject);
        });

    private static ProblemHttpResult BadUrl() =>
        TypedResults.Problem("Adresse invalide : donnez une adresse http ou https complète.", statusCode: StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<T>, ProblemHttpResult>> CorrectAsync<T>(Func<Task<T>> correction)
    {
        try { return TypedResults.Ok(await correction()); }
        catch (CorrectionException e) { return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest); }
    }
}
