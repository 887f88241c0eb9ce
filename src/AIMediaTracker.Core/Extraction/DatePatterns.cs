using System.Text.RegularExpressions;
using static AIMediaTracker.Core.French.FrenchDates;

namespace AIMediaTracker.Core.Extraction;

/// <summary>The regular expressions behind date extraction, compiled at build time. They run on folded text.</summary>
internal static partial class DatePatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Month = "(?<month>(?:" + MonthName + @")\b|(?:" + MonthAbbreviation + "))";

    /// <summary>"12/01/2024", "12.01.2024", "12-01-2024".</summary>
    // Without IgnoreCase, which changes nothing here (no letters) but would make the generator
    // fall back to the interpreter: it does not compile case-insensitive backreferences.
    [GeneratedRegex(@"(?<![\w/.,-])(?<day>[0-3]?\d)(?<sep>[/.-])(?<month>[01]?\d)\k<sep>(?<year>" + Year + @")(?![\w/-]|[.,]\d)", Options & ~RegexOptions.IgnoreCase)]
    public static partial Regex NumericDate();

    /// <summary>"2024-01-12", also at the head of a timestamp.</summary>
    [GeneratedRegex(@"(?<![\w/.,-])(?<year>" + Year + @")-(?<month>[01]\d)-(?<day>[0-3]\d)(?![\d/-])", Options)]
    public static partial Regex IsoDate();

    /// <summary>"22 mars 2024", "mercredi 8 janvier", "1er avril", "le 3 déc. 2023".</summary>
    private const string DayMonthPattern = @"(?<![\p{L}\p{N},.])(?:(?<weekday>" + WeekdayName + @")\s+)?(?<day>[0-3]?\d)(?:er|e|ème)?\s+" + Month
        + @"(?:\s+(?<year>" + Year + @")(?![\p{L}\p{N}])(?![\s.,]?\d))?";

    [GeneratedRegex(DayMonthPattern, Options)]
    public static partial Regex DayMonth();

    /// <summary>A day sharing the month of the date right after it: "le 2 et le 9 octobre", "les 2 et 9 octobre".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N},.])(?<day>[0-3]?\d)(?:er)?\s+et\s+(?:le\s+)?$", Options)]
    public static partial Regex DayBeforeAnother();

    [GeneratedRegex(@"\G(?:" + DayMonthPattern + ")", Options)]
    private static partial Regex DayMonthAtStart();

    /// <summary><see cref="DayMonth"/>, tried only before a month (<see cref="AnchorWords.Months"/>): a weekday and a day come first.</summary>
    public static readonly AnchoredSearch DayMonths = new(DayMonthAtStart(), wordsBefore: 3);

    /// <summary>"mars 2024", "juin de l'année 2023".</summary>
    private const string MonthYearPattern = @"(?<![\p{L}\p{N}-])" + Month + @"\s+(?:de\s+l'ann[ée]e\s+)?(?<year>" + Year + @")(?![\p{L}\p{N}])(?![\s.,]?\d)";

    [GeneratedRegex(MonthYearPattern, Options)]
    public static partial Regex MonthYear();

    [GeneratedRegex(@"\G(?:" + MonthYearPattern + ")", Options)]
    private static partial Regex MonthYearAtStart();

    [GeneratedRegex(Year, Options)]
    private static partial Regex YearAnchor();

    /// <summary><see cref="MonthYear"/>, tried only before a year: the month and "de l'année" come first.</summary>
    public static readonly AnchoredSearch MonthYears = new(MonthYearAtStart(), wordsBefore: 4, YearAnchor());

    /// <summary>"2023-2024", "2019/2020".</summary>
    [GeneratedRegex(@"(?<![\w,.$€£/-])(?<first>" + Year + @")\s?[-/]\s?(?<second>" + Year + @")(?![\w%€$]|[\s.,]?\d)", Options)]
    public static partial Regex YearRange();

    /// <summary>A four-digit number that may be a year; <see cref="YearContext"/> decides.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N},.$€£/@#])(?<year>" + Year + @")(?![\p{L}\p{N}%€$£]|[.,]\d|\s?%|\s\d{3}\b)", Options)]
    public static partial Regex BareYear();

    /// <summary>"l'année dernière", "l'an dernier", "l'an prochain", "cette année".</summary>
    private const string RelativeYearPattern = @"(?<![\w])(?:l'(?:ann[ée]e|an)\s+(?<rel>derni[èe]re?|pass[ée]e?|prochaine?)|(?<this>cette\s+ann[ée]e))\b(?!-l[àa])";

    [GeneratedRegex(RelativeYearPattern, Options)]
    public static partial Regex RelativeYear();

    [GeneratedRegex(@"\G(?:" + RelativeYearPattern + ")", Options)]
    private static partial Regex RelativeYearAtStart();

    /// <summary><see cref="RelativeYear"/>, tried only where « l'an » or « cette » starts (<see cref="AnchorWords.RelativeYears"/>).</summary>
    public static readonly AnchoredSearch RelativeYears = new(RelativeYearAtStart(), wordsBefore: 0);

    /// <summary>"le mois dernier", "le mois prochain", "ce mois-ci".</summary>
    private const string RelativeMonthPattern = @"(?<![\w])(?:le\s+mois\s+(?<rel>dernier|pass[ée]|prochain)\b|(?<this>ce\s+mois-ci)\b)";

    [GeneratedRegex(RelativeMonthPattern, Options)]
    public static partial Regex RelativeMonth();

    [GeneratedRegex(@"\G(?:" + RelativeMonthPattern + ")", Options)]
    private static partial Regex RelativeMonthAtStart();

    /// <summary><see cref="RelativeMonth"/>, tried only a word before « mois » (<see cref="AnchorWords.RelativeMonths"/>).</summary>
    public static readonly AnchoredSearch RelativeMonths = new(RelativeMonthAtStart(), wordsBefore: 1);

    /// <summary>"hier", "avant-hier"; "d'hier" (of the past) is not a date.</summary>
    private const string YesterdayPattern = @"(?<![\w'-])(?<before>avant-)?hier\b(?!-)";

    [GeneratedRegex(YesterdayPattern, Options)]
    public static partial Regex Yesterday();

    [GeneratedRegex(@"\G(?:" + YesterdayPattern + ")", Options)]
    private static partial Regex YesterdayAtStart();

    /// <summary><see cref="Yesterday"/>, tried only at « hier » and the word it ends (« avant-hier », <see cref="AnchorWords.Yesterdays"/>).</summary>
    public static readonly AnchoredSearch Yesterdays = new(YesterdayAtStart(), wordsBefore: 1);

    /// <summary>A month without a year, possibly followed by "dernier"/"prochain"; <see cref="MonthCue"/> checks what precedes it.</summary>
    private const string BareMonthPattern = @"(?<![\w'])(?<month>" + MonthName + @")\b(?!\s*\d|-)(?:\s+(?<rel>dernier|pass[ée]|prochain)\b)?";

    [GeneratedRegex(BareMonthPattern, Options)]
    public static partial Regex BareMonth();

    [GeneratedRegex(@"\G(?:" + BareMonthPattern + ")", Options)]
    private static partial Regex BareMonthAtStart();

    /// <summary><see cref="BareMonth"/>, tried only where a month name starts (<see cref="AnchorWords.Months"/>).</summary>
    public static readonly AnchoredSearch BareMonths = new(BareMonthAtStart(), wordsBefore: 0);

    /// <summary>Words that anchor a month named without a year: "en mars", "début janvier", "mi-mai", "depuis décembre".</summary>
    [GeneratedRegex(@"(?<![\w'-])(?:(?<cue>en|depuis|d[èe]s|d[ée]but|fin|courant|jusqu'en|jusqu'[àa]\s+fin|d'ici|d'ici\s+fin|avant|apr[èe]s|au\s+(?:mois|d[ée]but|cours)\s+de|le\s+mois\s+de|en\s+(?:d[ée]but|fin)\s+de|[àa]\s+(?:partir|compter)\s+de|[àa]\s+la\s+fin\s+de|entre)\s+|(?<cue>mi)-)$", Options)]
    public static partial Regex MonthCue();

    /// <summary>A weekday used as a date ("a annoncé lundi", "mardi dernier").</summary>
    private const string WeekdayPattern = @"(?<![\w-])(?<weekday>" + WeekdayName + @")(?![\w-])(?:\s+(?<rel>dernier|prochain)\b)?";

    [GeneratedRegex(WeekdayPattern, Options)]
    public static partial Regex Weekday();

    [GeneratedRegex(@"\G(?:" + WeekdayPattern + ")", Options)]
    private static partial Regex WeekdayAtStart();

    /// <summary><see cref="Weekday"/>, tried only where a weekday's name starts (<see cref="AnchorWords.Weekdays"/>).</summary>
    public static readonly AnchoredSearch Weekdays = new(WeekdayAtStart(), wordsBefore: 0);

    /// <summary>Words just before a year that make it a horizon ("d'ici à 2030", "à l'horizon 2030").</summary>
    [GeneratedRegex(@"(?:d'ici(?:\s+(?:[àa]|fin|la\s+fin\s+(?:de\s+l'ann[ée]e|de)|l'an|l'ann[ée]e))?|horizon)\s*$", Options)]
    public static partial Regex HorizonCue();

    /// <summary>Signs that a sentence speaks of the future: future tense, "prévu", "doit", "devrait".</summary>
    [GeneratedRegex(@"\b(?:(?!(?:cam[ée]|op[ée]|ext|int|mant|cob|sah)ra\b)\p{Ll}{2,}(?:ra|ront)|pr[ée]vue?s?|doi(?:t|vent)|devrai(?:t|ent)|va|vont|compte(?:nt)?|entend(?:ent)?|pr[ée]voi(?:t|ent)|prochaine?)\b(?<!\bf?ront)", RegexOptions.CultureInvariant)]
    public static partial Regex FutureTense();

    /// <summary>A future verb just before a weekday ("se réunira lundi") points forward.</summary>
    [GeneratedRegex(@"\b\w{2,}(?:ra|ront)\s+(?:ce\s+)?$", Options)]
    public static partial Regex FutureVerbBefore();
}
