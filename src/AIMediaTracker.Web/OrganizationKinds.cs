namespace AIMediaTracker.Web;

/// <summary>French labels for the gazetteer's organisation kinds.</summary>
public static class OrganizationKinds
{
    /// <summary>The label of a kind the gazetteer does not use (an organisation found in the text only).</summary>
    public const string Unknown = "Organisation";

    public static string Label(string kind) => kind switch
    {
        "ai_lab" => "Laboratoire d'IA",
        "tech" => "Entreprise technologique",
        "studio" => "Studio",
        "streamer" => "Plateforme de streaming",
        "media" => "Média",
        "agency" => "Agence",
        "union" => "Syndicat ou guilde",
        "institution" => "Institution",
        "consultancy" => "Cabinet de conseil",
        "research" => "Organisme de recherche",
        "university" => "Université",
        "company" => "Entreprise",
        "finance" => "Société financière",
        "investor" => "Investisseur",
        _ => Unknown,
    };
}
