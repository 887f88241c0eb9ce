using System.Globalization;

namespace AIMediaTracker.Web.Tests.Support;

/// <summary>Runs code as a reader of the given language would see it (the UI culture a request sets).</summary>
public static class UiCulture
{
    public static string In(string culture, Func<string> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try { return read(); }
        finally { CultureInfo.CurrentUICulture = before; }
    }
}
