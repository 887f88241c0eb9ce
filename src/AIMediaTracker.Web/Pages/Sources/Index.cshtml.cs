using AIMediaTracker.Data.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AIMediaTracker.Web.Pages.Sources;

public sealed class IndexModel(SourceQueries queries) : PageModel
{
    public SourcesView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => View = await queries.GetAsync(ct);

    public static string When(DateTimeOffset? at) =>
        at is { } t ? Format.Date(DateOnly.FromDateTime(t.UtcDateTime)) + t.ToOffset(TimeSpan.Zero).ToString(" HH:mm 'UTC'") : Localization.Translator.Of("jamais");
}
