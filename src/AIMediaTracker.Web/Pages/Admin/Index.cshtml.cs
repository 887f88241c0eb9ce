using AIMediaTracker.Data.Entities;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Sources;
using AIMediaTracker.Web.Hosting;
using AIMediaTracker.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using static AIMediaTracker.Web.Localization.Translator;

namespace AIMediaTracker.Web.Pages.Admin;

/// <summary>What only operators do from the browser: import, follow feeds, re-extract, manage API keys.</summary>
[EnableRateLimiting(OperatorPolicy.WriteLimit)]
public sealed class IndexModel(OperatorAccounts accounts, CorrectionQueries corrections, UrlIngestor urls,
    FeedSubscriptions feeds, ReextractionRequests reextraction, ILogger<IndexModel> log) : PageModel
{
    [TempData] public string? Status { get; set; }
    public string? NewKey { get; private set; }
    public List<ApiKey> Keys { get; private set; } = [];
    public List<Correction> Corrections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(string? url, CancellationToken ct)
    {
        if (!Cli.WebAddress.TryParse(url, out var uri)) return Back(Of("Adresse invalide : donnez une adresse http ou https complète."));
        var outcomes = await urls.ImportAsync(uri, null, ct);
        log.LogInformation("Operator {Operator} imported {Url}: {Outcomes}", User.OperatorName(), uri, string.Join(", ", outcomes.Select(o => o.Status)));
        return Back(Cli.ImportSummary.Describe(outcomes, Of(Cli.ImportSummary.Counts)));
    }

    public async Task<IActionResult> OnPostFeedAsync(string? url, CancellationToken ct)
    {
        if (!Cli.WebAddress.TryParse(url, out var uri)) return Back(Of("Adresse invalide : donnez une adresse http ou https complète."));
        var source = await feeds.AddAsync(uri, ct);
        log.LogInformation("Operator {Operator} follows feed {Url}", User.OperatorName(), uri);
        return Back($"{Of("Flux suivi :")} {source.Url}");
    }

    public IActionResult OnPostReextract()
    {
        reextraction.Request(all: true);
        log.LogInformation("Operator {Operator} asked for a full re-extraction", User.OperatorName());
        return Back(Of("Ré-extraction lancée en arrière-plan."));
    }

    public async Task<IActionResult> OnPostKeyAsync(string? label, CancellationToken ct)
    {
        NewKey = await accounts.CreateApiKeyAsync(User.OperatorName(), label ?? "", ct);
        log.LogInformation("Operator {Operator} created an API key", User.OperatorName());
        // Shown in this response only: never stored in clear, never put in TempData or a URL.
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        try { await accounts.RevokeApiKeyAsync(User.OperatorName(), id, ct); }
        catch (ArgumentException e) { return Back(e.Message); }
        return Back(Of("Clé révoquée."));
    }

    private IActionResult Back(string status)
    {
        Status = status;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Keys = await accounts.KeysAsync(User.OperatorName(), ct);
        Corrections = await corrections.RecentAsync(30, ct);
    }
}
