using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AIMediaTracker.Web.Hosting;

/// <summary>
/// A page asked with a method it has no handler for (TRACE, PUT, DELETE on /chronologie) answers 405.
/// Razor Pages would otherwise render it without running any handler, with an empty model, and the
/// view would fail on it (a 500).
/// </summary>
internal sealed class PageMethodFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (context.HandlerMethod is null && handlers.Count > 0)
        {
            var allowed = handlers.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct().ToList();
            if (allowed.Contains(HttpMethods.Get)) allowed.Add(HttpMethods.Head);
            context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed);
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }
        await next();
    }
}
