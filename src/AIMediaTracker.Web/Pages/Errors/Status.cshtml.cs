using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AIMediaTracker.Web.Pages.Errors;

/// <summary>Error pages in French; no stack trace ever reaches them.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Heading => Code switch
    {
        404 => "Page introuvable",
        413 => "Envoi trop volumineux",
        429 => "Trop de requêtes",
        _ => "Une erreur est survenue",
    };

    public string Message => Code switch
    {
        404 => "Cette page n'existe pas ou a été déplacée. Vérifiez l'adresse, ou repartez du tableau de bord.",
        413 => "Le contenu envoyé dépasse la taille autorisée.",
        429 => "Merci de patienter quelques instants avant de réessayer.",
        _ => "Le serveur n'a pas pu traiter la demande. L'incident a été consigné ; réessayez dans un instant.",
    };

    public void OnGet(int? code) => Set(code);

    public void OnPost(int? code) => Set(code);

    private void Set(int? code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null || HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        // Typed in by hand, /erreur/1 or /erreur is not an error being served: it would otherwise set an
        // invalid status line or a false 500.
        Code = reExecuted ? code ?? 500 : 404;
        if (HttpContext.Response.StatusCode == 200) Response.StatusCode = Code;
    }
}
