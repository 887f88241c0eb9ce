using AIMediaTracker.Core.Extraction;

namespace AIMediaTracker.Core.Tests.Extraction;

public sealed class DedicationsTests
{
    private static List<string> Names(string text) => Dedications.Find(text).Select(s => text[s.Start..s.End]).ToList();

    [Theory]
    [InlineData("Elle a grandi rue Victor Hugo, à Besançon.", "Victor Hugo")]
    [InlineData("Le lycée Jean-Moulin accueille un atelier.", "Jean-Moulin")]
    [InlineData("Lycée Angela Davis (Saint-Denis, 93) : grève.", "Angela Davis")]
    [InlineData("Le cortège est parti de la place de la République.", "République")]
    [InlineData("Le vol a décollé de l'aéroport Charles-de-Gaulle.", "Charles-de-Gaulle")]
    [InlineData("Il a reçu le prix Albert-Londres en 2021.", "Albert-Londres")]
    public void Finds_the_name_after_a_place_a_school_or_a_prize(string text, string name) =>
        Assert.Equal(name, Assert.Single(Names(text)));

    [Fact]
    public void Only_the_prize_s_own_name_follows_a_prize() =>
        Assert.Equal("Nobel", Assert.Single(Names("Le prix Nobel Joseph Stiglitz juge ces annonces prématurées.")));

    [Theory]
    [InlineData("Son parcours Jean Dupont le connaît bien.")]
    [InlineData("La rue a été bloquée par les manifestants.")]
    [InlineData("Selon Jean Dupont, la place manque dans les rédactions.")]
    public void Finds_nothing_without_a_place_noun_before_a_name(string text) =>
        Assert.Empty(Names(text));
}
