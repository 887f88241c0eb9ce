using AIMediaTracker.Core.Claims;

namespace AIMediaTracker.Core.Tests.Claims;

/// <summary>
/// How firmly a reported cut is tied to AI follows its sentence (and its paragraph): the employer names
/// AI or replaces people by it (explicit), others or the article give AI as the cause (attributed), AI
/// is one reason among several, only the context, or denied (unclear).
/// </summary>
public class AiLinkGraderTests
{
    private static AiLinkGrade Grade(string sentence, string? paragraph = null) =>
        AiLinkGrader.Grade(sentence, paragraph ?? sentence);

    [Theory]
    [InlineData("Le groupe a supprimé 300 postes de traducteurs, remplacés par l'IA.")]
    [InlineData("Les 40 correcteurs de la rédaction seront remplacés par l'intelligence artificielle d'ici juin.")]
    [InlineData("La direction invoque l'intelligence artificielle pour justifier la suppression de 120 postes.")]
    [InlineData("L'entreprise justifie la fin de 85 contrats de doublage par le recours à l'IA générative.")]
    [InlineData("Le studio supprime 200 emplois en raison de l'automatisation, a expliqué la direction.")]
    [InlineData("Le PDG assume : 500 postes du service client disparaissent au profit de l'IA.")]
    // The employer's plan given for AI, work taken over by AI tools.
    [InlineData("Le groupe informatique américain prévoit de supprimer 4 000 postes dans le cadre d'un plan d'adoption de l'intelligence artificielle.")]
    [InlineData("Le travail de 180 équivalents temps plein a été repris par des outils d'intelligence artificielle, a affirmé la banque.")]
    [InlineData("La direction a confirmé 600 suppressions de postes en raison des progrès rapides de la technologie de l'IA.")]
    public void The_employer_naming_or_using_ai_as_the_reason_is_explicit(string sentence) =>
        Assert.Equal(AiLinkGrade.Explicit, Grade(sentence));

    [Fact]
    public void The_employer_speaking_in_the_paragraph_makes_a_causal_sentence_explicit() =>
        Assert.Equal(AiLinkGrade.Explicit, Grade(
            "Au total, 60 postes sont supprimés en raison de l'IA générative.",
            "La direction justifie ce plan devant le comité social. Au total, 60 postes sont supprimés en raison de l'IA générative."));

    [Fact]
    public void A_cut_credited_to_its_employer_with_ai_as_the_cause_is_explicit_and_told_by_the_article_attributed()
    {
        const string sentence = "La banque Valdor avait annoncé que quelque 2 000 emplois seraient supprimés en raison des progrès de la technologie de l'IA.";
        Assert.Equal(AiLinkGrade.Explicit, AiLinkGrader.Grade(sentence, sentence, employerSpeaks: true));
        Assert.Equal(AiLinkGrade.Attributed, AiLinkGrader.Grade(sentence, sentence, employerSpeaks: false));
    }

    [Fact]
    public void An_effect_of_the_sentence_before_takes_its_cause() =>
        Assert.Equal(AiLinkGrade.Attributed, Grade(
            "Résultat : plus de 12 000 postes sont supprimés.",
            "Le cabinet a décidé d'accélérer sa transformation en misant sur l'IA. Résultat : plus de 12 000 postes sont supprimés."));

    [Fact]
    public void An_employer_announcing_cuts_beside_ai_without_giving_it_as_the_cause_is_unclear() =>
        Assert.Equal(AiLinkGrade.Unclear, AiLinkGrader.Grade(
            "Le groupe annonce 300 suppressions de postes et un partenariat avec OpenAI dans l'IA.",
            "Le groupe annonce 300 suppressions de postes et un partenariat avec OpenAI dans l'IA.", employerSpeaks: true));

    [Theory]
    [InlineData("Selon les syndicats, l'IA est derrière la suppression de 150 postes à la rédaction.")]
    [InlineData("D'après la CGT, les 90 licenciements sont liés à l'intelligence artificielle.")]
    [InlineData("Les élus dénoncent 70 suppressions de postes, remplacés par l'IA selon eux.")]
    [InlineData("Quelque 250 emplois ont été supprimés à cause de l'automatisation des traductions.")]
    [InlineData("Ces 45 départs sont imputables à l'IA générative, estime un analyste du secteur.")]
    public void Others_or_the_article_giving_ai_as_the_cause_is_attributed(string sentence) =>
        Assert.Equal(AiLinkGrade.Attributed, Grade(sentence));

    [Fact]
    public void The_unions_speaking_in_the_sentence_win_over_the_employer_in_the_paragraph() =>
        Assert.Equal(AiLinkGrade.Attributed, Grade(
            "Selon les syndicats, 150 postes ont été supprimés à cause de l'IA.",
            "La direction affirme vouloir investir. Selon les syndicats, 150 postes ont été supprimés à cause de l'IA."));

    [Theory]
    [InlineData("Le groupe supprime 300 postes en raison de la baisse des ventes et de l'essor de l'IA.")]
    [InlineData("Entre autres raisons, l'IA explique la suppression de 80 emplois au studio.")]
    [InlineData("Ces 400 suppressions s'inscrivent dans un plan d'économies, l'IA n'étant qu'en partie en cause.")]
    [InlineData("Le journal supprime 35 postes dans un contexte économique difficile.")]
    public void Ai_among_several_reasons_or_only_as_context_is_unclear(string sentence) =>
        Assert.Equal(AiLinkGrade.Unclear, Grade(sentence));

    [Fact]
    public void Ai_only_elsewhere_in_the_paragraph_is_unclear() =>
        Assert.Equal(AiLinkGrade.Unclear, Grade(
            "Le quotidien supprime 50 postes à la rédaction.",
            "L'IA générative bouleverse la presse. Le quotidien supprime 50 postes à la rédaction."));

    [Fact]
    public void A_cut_without_ai_anywhere_is_unclear() =>
        Assert.Equal(AiLinkGrade.Unclear, Grade("La chaîne a supprimé 120 postes, remplacés par des prestataires."));

    [Theory]
    [InlineData("Les 200 postes supprimés ne sont pas remplacés par l'IA, assure la direction.")]
    [InlineData("La direction dément tout lien entre l'intelligence artificielle et la suppression de 90 postes.")]
    [InlineData("Ces 60 licenciements sont sans lien avec l'IA, précise l'entreprise.")]
    [InlineData("Selon les syndicats, les 75 départs n'ont rien à voir avec l'automatisation.")]
    [InlineData("Le groupe supprime 140 postes, mais l'IA n'y est pour rien, affirme son PDG.")]
    public void Ai_denied_as_the_reason_is_unclear(string sentence) =>
        Assert.Equal(AiLinkGrade.Unclear, Grade(sentence));

    [Theory]
    [InlineData(AiLinkGrade.Explicit, "explicit")]
    [InlineData(AiLinkGrade.Attributed, "attributed")]
    [InlineData(AiLinkGrade.Unclear, "unclear")]
    public void A_grade_round_trips_through_its_name(AiLinkGrade grade, string name)
    {
        Assert.Equal(name, AiLinkGrader.Name(grade));
        Assert.Equal(grade, AiLinkGrader.Parse(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Explicit")]
    [InlineData("explicite")]
    public void An_unknown_grade_name_parses_to_nothing(string? name) => Assert.Null(AiLinkGrader.Parse(name));
}
