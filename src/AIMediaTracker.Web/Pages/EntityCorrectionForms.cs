namespace AIMediaTracker.Web.Pages;

/// <summary>What the rename and merge forms need: "Organization" or "Person" names the handlers.</summary>
public sealed record EntityCorrectionForms(string Kind, string Slug, string Name, string Example);
