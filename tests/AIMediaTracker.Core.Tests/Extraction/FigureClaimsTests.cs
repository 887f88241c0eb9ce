using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>Whose claim a figure is (basis, attribution, subject), and the figure rules of issue 14.</summary>
public class FigureClaimsTests
{
    private static IReadOnlyList<FigureFact> Figures(string title, string body) =>
        ArticleExtractor.Extract(new ArticleDocument(title, body)).Figures;

    private static FigureFact Single(string body) => Assert.Single(Figures("", body));

    // The one figure of the body with that value.
    private static FigureFact Valued(string body, decimal value) => Figures("", body).Single(f => f.Value == value);

    private const string VarbankCutting = "La banque Varbank prépare une grande réduction de personnel. Le plan est encore à l'étude. ";

    [Fact]
    public void Selon_credits_the_body_named_after_it()
    {
        var figure = Single("Selon le FMI, 40 % des emplois dans le monde pourraient être touchés par l'IA.");
        Assert.Equal("FMI", figure.Attribution);
        Assert.Null(figure.Subject);
        Assert.Equal(FigureBasis.Projected, figure.Basis);
    }

    [Theory]
    [InlineData("Selon l'OCDE, 80 % des emplois vont se transformer.")]
    [InlineData("Selon le rapport, 70 % des métiers vont changer.")]
    public void What_jobs_are_going_to_become_is_a_projection(string body) =>
        Assert.Equal(FigureBasis.Projected, Single(body).Basis);

    // Who publishes a study or figures is their source, not the employer of the jobs they count.
    [Theory]
    [InlineData("En mars 2023, Norvane Capital sortait des chiffres très inquiétants : 300 millions d'emplois étaient déjà impactés par l'IA.", "Norvane Capital")]
    [InlineData("La banque Varbank a dévoilé une étude : 300 millions d'emplois sont impactés par l'IA.", "Varbank")]
    public void Who_publishes_figures_is_their_source(string body, string source)
    {
        var figure = Single(body);
        Assert.Equal((source, null), (figure.Attribution, figure.Subject));
    }

    [Fact]
    public void A_figure_in_a_quotation_is_its_speaker_s_word()
    {
        var figure = Single("« 70 % des métiers vont changer. » C'est par ces chiffres que le ministre de l'Emploi, Younès Varnier, a ouvert la conférence.");
        Assert.Equal("Younès Varnier", figure.Attribution);
    }

    // A few words quoted inside a sentence may be another's than the nearest name's.
    [Fact]
    public void A_figure_in_a_few_quoted_words_is_not_credited_to_the_quotation()
    {
        var figure = Single("La révélation de la fintech Varbank d'un outil développé avec OpenAI, qui produit « un travail équivalent à 700 employés à temps plein », "
            + "ne trouble pas les centres d'appels.");
        Assert.NotEqual("OpenAI", figure.Attribution);
    }

    [Theory]
    [InlineData("Selon McKinsey, le marché pèserait entre 2 600 et 4 400 milliards de dollars par an.", FigureBasis.Projected)]
    [InlineData("Le studio a supprimé entre 200 et 300 postes l'an dernier, et la direction en prévoit d'autres.", FigureBasis.Reported)]
    public void Both_ends_of_a_range_share_its_basis(string body, FigureBasis basis)
    {
        var figures = Figures("", body);
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal(basis, f.Basis));
    }

    [Fact]
    public void A_part_of_a_figure_reads_the_figure_s_words()
    {
        var figures = Figures("", "Les coûts de restructuration devraient atteindre 650 millions de dollars au total, dont 250 millions cette année, selon le groupe Norvane.");
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal(FigureBasis.Projected, f.Basis));
        Assert.All(figures, f => Assert.Equal("Norvane", f.Attribution));
    }

    [Fact]
    public void A_figure_of_another_time_keeps_its_own_words()
    {
        var figures = Figures("", "Le groupe Norvane pourrait supprimer 700 postes en 2026, contre 900 postes supprimés l'an dernier.");
        Assert.Equal(2, figures.Count);
        Assert.Equal(FigureBasis.Projected, figures.Single(f => f.Value == 700).Basis);
        Assert.Equal(FigureBasis.Reported, figures.Single(f => f.Value == 900).Basis);
    }

    [Theory]
    [InlineData("Le groupe Norvana va supprimer 350 postes.")]
    [InlineData("La société Norvana annonce la suppression de 350 postes.")]
    public void A_name_ending_like_an_auxiliary_stays_whole_before_its_verb(string body)
    {
        var figure = Single(body);
        Assert.Equal("Norvana", figure.Subject);
        Assert.Equal("Norvana", figure.Attribution);
    }

    [Theory]
    [InlineData("l'agence prévoit de supprimer 400 postes.")]
    [InlineData("le groupe prévoit de supprimer 400 postes.")]
    public void A_firm_named_after_its_source_s_comma_is_the_subject_not_the_source(string clause)
    {
        var figure = Assert.Single(Figures("", "Le groupe Norvane a présenté jeudi sa stratégie. Selon le Financial Times, " + clause));
        Assert.Equal("Financial Times", figure.Attribution);
        Assert.Equal("Norvane", figure.Subject);
    }

    [Theory]
    [InlineData("Le groupe Norvane a annoncé mercredi 500 suppressions de postes d'ici 2027.")]
    [InlineData("La BBC a annoncé mercredi 500 suppressions de postes d'ici 2026.")]
    // Where its jobs are, right after them, makes them no country's figure.
    [InlineData("La banque Varbank prévoit de supprimer 1 800 postes en France d'ici fin 2027, principalement par attrition naturelle.")]
    [InlineData("Le groupe Norvane prévoit de supprimer 1 800 postes dans le monde d'ici 2027.")]
    public void An_employer_s_cuts_with_a_deadline_are_its_plan(string body)
    {
        var figure = Single(body);
        Assert.Equal(FigureBasis.Reported, figure.Basis);
        Assert.Equal(figure.Attribution, figure.Subject);
        Assert.NotNull(figure.Subject);
    }

    [Theory]
    [InlineData("Le cabinet Velmont a annoncé 500 000 suppressions d'emplois aux États-Unis d'ici 2030.")]
    [InlineData("Le FMI a annoncé 300 000 suppressions d'emplois d'ici 2030.")]
    [InlineData("Selon Les Echos, 500 postes seront supprimés d'ici 2026.")]
    public void A_forecaster_s_a_country_s_or_a_relayed_deadline_stays_a_projection(string body)
    {
        var figure = Single(body);
        Assert.Equal(FigureBasis.Projected, figure.Basis);
        Assert.Null(figure.Subject);
    }

    [Fact]
    public void A_profession_s_count_after_a_pronoun_is_no_firm_s()
    {
        var figures = Figures("", "Le groupe Norvane a cessé de faire appel à 10 % de ses traducteurs. La présidente du syndicat, Estelle Renard, est inquiète. "
            + "Elle rappelle que la profession compte environ 8 000 traducteurs indépendants.");
        Assert.Equal("Norvane", figures.Single(f => f.Value == 10).Subject);
        Assert.Null(figures.Single(f => f.Value == 8000).Subject);
    }

    [Fact]
    public void A_speaker_s_turn_owns_no_figure()
    {
        var figure = Single("Le syndicat des journalistes NUJ estime pour sa part que près de 1 000 emplois pourraient à terme être concernés.");
        Assert.Equal("NUJ", figure.Attribution);
        Assert.Null(figure.Subject);
    }

    [Fact]
    public void Money_raised_from_an_investor_is_the_raiser_s()
    {
        var figure = Assert.Single(Figures("", "La start-up Vocalis prépare sa croissance. La société a levé 12 millions d'euros en mars auprès du fonds Partech."));
        Assert.Equal("Vocalis", figure.Subject);
    }

    [Fact]
    public void Pour_and_a_name_opening_a_sentence_credit_it()
    {
        var figures = Figures("", "Le cabinet Gartner publie sa note. Pour le FMI, près de 40 % des emplois mondiaux sont exposés, et jusqu'à 60 % dans les économies avancées.");
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal(("FMI", (string?)null), (f.Attribution, f.Subject)));
        Assert.Null(Single("Pour les salariés de Klarna, 700 postes ont disparu.").Attribution);
    }

    [Theory]
    [InlineData("M. Altman a refusé de commenter les 5 000 licenciements annoncés la veille par le groupe Norvane.")]
    [InlineData("Les 5 000 suppressions de postes annoncées par le groupe Norvane inquiètent les syndicats.")]
    public void Cuts_announced_by_a_firm_are_its_own_and_its_word(string body)
    {
        var figure = Single(body);
        Assert.Equal(("Norvane", "Norvane"), (figure.Attribution, figure.Subject));
    }

    [Fact]
    public void Cuts_relayed_by_a_paper_are_not_the_paper_s() =>
        Assert.Null(Single("Les 5 000 suppressions de postes relayées par Les Echos inquiètent les syndicats.").Subject);

    [Fact]
    public void A_union_counts_others_jobs_but_its_own_members()
    {
        var cut = Single("Le syndicat CFE-CGC s'inquiète de la disparition de 1,5 million de postes de cadres en Europe à l'horizon 2035.");
        Assert.Null(cut.Subject);
        Assert.Equal(FigureBasis.Projected, cut.Basis);
        Assert.Equal("SNJ", Single("Le syndicat SNJ revendique 3 000 adhérents.").Subject);
    }

    [Theory]
    [InlineData("Fin 2023, le groupe Norvane se séparait de 10 % de ses contractuels.", FigureBasis.Reported)]
    [InlineData("Le groupe Norvane déclarait alors 300 suppressions de postes.", FigureBasis.Reported)]
    [InlineData("Selon le syndicat, le groupe Norvane aurait supprimé 300 postes.", FigureBasis.Projected)]
    [InlineData("Selon le syndicat, 300 postes seraient supprimés chez Norvane.", FigureBasis.Projected)]
    public void The_imperfect_of_a_verb_in_rer_is_no_conditional(string body, FigureBasis basis) =>
        Assert.Equal(basis, Single(body).Basis);

    [Fact]
    public void A_firm_s_worldwide_workforce_and_turnover_stay_the_firm_s()
    {
        var figures = Figures("Canal+ : 150 postes menacés", "Le groupe, qui emploie environ 7 400 personnes dans le monde, a réalisé un chiffre d'affaires de 6,2 milliards d'euros en 2024.");
        Assert.Equal(3, figures.Count);
        Assert.All(figures, f => Assert.Equal("Canal+", f.Subject));
    }

    [Fact]
    public void A_headline_figure_survives_a_vaguer_repeat_in_the_body()
    {
        var figure = Assert.Single(Figures("Canal+ : 150 postes menacés",
            "Jusqu'à 150 postes de sous-titreurs, pour la plupart des indépendants, seraient concernés."));
        Assert.Equal((FigureKind.JobsAtRisk, 150m), (figure.Kind, figure.Value));
    }

    [Fact]
    public void A_funding_round_led_by_a_fund_is_the_raiser_s_word()
    {
        var figure = Single("La start-up Vocalis a annoncé mardi une levée de fonds de 300 millions de dollars, menée par le fonds Partech.");
        Assert.Equal(("Vocalis", "Vocalis"), (figure.Attribution, figure.Subject));
        Assert.Equal("Ifop", Single("Selon une enquête menée par l'Ifop, 30 % des emplois seraient menacés.").Attribution);
    }

    [Fact]
    public void A_body_credited_alone_tells_its_own_headcount()
    {
        var figures = Figures("", "Le groupe Norvane a réduit de 15 % le nombre de ses traducteurs. "
            + "D'après la Commission européenne, la direction générale de la traduction est passée de 2 500 à 1 800 traducteurs en dix ans.");
        Assert.Equal("Norvane", figures.Single(f => f.Value == 15).Subject);
        Assert.All(figures.Where(f => f.Value > 100), f => Assert.Equal("Commission européenne", f.Subject));
    }

    [Fact]
    public void Jobs_a_company_s_project_is_to_create_are_the_company_s()
    {
        var figure = Assert.Single(Figures("", "Le groupe Norvane investit 2 milliards d'euros dans un campus à Lille. Le site devrait créer environ 1 200 emplois d'ici 2028."),
            f => f.Kind == FigureKind.JobsCreated);
        Assert.Equal("Norvane", figure.Subject);
        Assert.Equal(FigureBasis.Projected, figure.Basis);
    }

    [Fact]
    public void Jobs_a_study_expects_the_world_to_create_are_no_one_s()
    {
        var figure = Single("Selon le Forum économique mondial, l'IA devrait créer 170 millions d'emplois dans le monde d'ici 2030.");
        Assert.Equal(FigureKind.JobsCreated, figure.Kind);
        Assert.Null(figure.Subject);
    }

    [Fact]
    public void A_study_credits_its_author_and_projects()
    {
        var figure = Single("D'après une étude de Goldman Sachs, 300 millions d'emplois pourraient être automatisés d'ici 2030.");
        Assert.Equal("Goldman Sachs", figure.Attribution);
        Assert.Null(figure.Subject);
        Assert.Equal(FigureBasis.Projected, figure.Basis);
    }

    [Fact]
    public void A_company_announcing_its_own_cuts_is_attribution_and_subject()
    {
        var figure = Single("Le groupe de presse Reach a annoncé mardi 186 suppressions de postes parmi ses journalistes.");
        Assert.Equal(FigureKind.JobsLost, figure.Kind);
        Assert.Equal("Reach", figure.Attribution);
        Assert.Equal("Reach", figure.Subject);
        Assert.Equal(FigureBasis.Reported, figure.Basis);
    }

    [Fact]
    public void Cuts_made_without_a_source_are_reported_and_unattributed()
    {
        var figure = Single("Electronic Arts a licencié environ 670 employés en février.");
        Assert.Equal(FigureKind.JobsLost, figure.Kind);
        Assert.Null(figure.Attribution);
        Assert.Equal("Electronic Arts", figure.Subject);
        Assert.Equal(FigureBasis.Reported, figure.Basis);
    }

    [Fact]
    public void An_estimate_by_a_person_credits_the_person()
    {
        var figure = Single("« Une cinquantaine de millions de dollars par an, c'est beaucoup », estime Patrick Delmas, analyste chez Corvina Media.");
        Assert.Equal("Patrick Delmas", figure.Attribution);
        Assert.Equal(FigureBasis.Projected, figure.Basis);
    }

    [Fact]
    public void A_paragraph_opening_on_its_source_carries_it_to_the_next_sentence()
    {
        var figures = Figures("", "D'après un rapport récent de BestBrokers, l'année 2024 est dure pour le jeu vidéo. De janvier à septembre, plus de 13 000 employés ont perdu leur travail.");
        Assert.Equal("BestBrokers", Assert.Single(figures).Attribution);
    }

    [Fact]
    public void A_sentence_with_no_source_after_a_sourced_one_stays_unattributed()
    {
        var figures = Figures("", "Le plan est estimé à 865 millions de dollars, d'après le Financial Times. Rien que pour le dernier trimestre, les coûts ont atteint 615 millions de dollars.");
        Assert.Equal("Financial Times", figures[0].Attribution);
        Assert.Null(figures[1].Attribution);
        Assert.Equal(FigureBasis.Projected, figures[0].Basis);
        Assert.Equal(FigureBasis.Reported, figures[1].Basis);
    }

    [Fact]
    public void A_possessive_names_the_firm_being_talked_about()
    {
        var figures = Figures("", "Sony n'a pas été épargné. En février 2024, la firme a licencié 900 personnes, soit environ 8 % de son personnel.");
        Assert.All(figures, f => Assert.Equal("Sony", f.Subject));
        Assert.Equal(FigureKind.ShareOfJobs, figures[1].Kind);
    }

    [Fact]
    public void A_sector_word_after_the_figure_s_comma_leaves_it_to_the_firm_and_one_before_it_does_not()
    {
        const string opening = "Le cabinet de conseil Norvane accélère sa transformation. ";
        var firm = Figures("", opening + "Résultat : plus de 1 200 postes sont supprimés, une décision qui secoue le monde du travail.");
        Assert.Equal("Norvane", Assert.Single(firm).Subject);
        var world = Figures("", opening + "Dans le monde, plus de 1 200 postes sont supprimés chaque mois dans le conseil.");
        Assert.Null(Assert.Single(world).Subject);
    }

    [Fact]
    public void Created_jobs_are_jobs_created()
    {
        var figures = Figures("", "Dans le détail, 321 emplois seront supprimés et 135 seront créés dans la vidéo.");
        Assert.Equal([(FigureKind.JobsLost, 321m), (FigureKind.JobsCreated, 135m)], figures.Select(f => (f.Kind, f.Value)));
        Assert.Equal(FigureKind.JobsCreated, Single("Le site devrait créer environ 4 000 emplois directs et indirects.").Kind);
        Assert.Equal(FigureKind.JobsCreated, Single("La banque souhaite embaucher 3.500 jeunes nouveaux collaborateurs environ.").Kind);
    }

    [Theory]
    [InlineData("Ces 2 000 postes seront remplacés par des outils d'IA.", FigureKind.JobsLost)]
    [InlineData("Le travail de 272 équivalents temps plein a été repris par des outils d'IA.", FigureKind.JobsLost)]
    [InlineData("Ces 2 000 postes pourraient être remplacés par des outils d'IA.", FigureKind.JobsAtRisk)]
    [InlineData("L'automatisation pourrait signifier 1 000 emplois de moins.", FigureKind.JobsAtRisk)]
    [InlineData("Le groupe a annoncé la suppression de 1.200 postes.", FigureKind.JobsLost)]
    public void Replacement_and_conditional_losses_have_their_kind(string text, FigureKind kind)
    {
        var figure = Single(text);
        Assert.Equal(kind, figure.Kind);
    }

    [Fact]
    public void A_headline_the_body_repeats_is_one_figure_with_the_body_as_evidence()
    {
        const string title = "Ubisoft supprime 200 postes";
        const string body = "Ubisoft a annoncé la suppression de 200 postes en France.";
        var figure = Assert.Single(Figures(title, body));
        Assert.True(figure.Span.Start > title.Length, "the body's sentence is the evidence");
        Assert.Equal("Ubisoft", figure.Attribution);
    }

    [Fact]
    public void A_headline_and_a_body_of_other_kinds_for_the_same_count_are_one_figure()
    {
        var figures = Figures("Deux cent mille suppressions de postes dans les banques", "D'après une analyse de Morgan Stanley, 200 000 emplois bancaires pourraient s'évaporer.");
        var figure = Assert.Single(figures);
        Assert.Equal(FigureKind.JobsAtRisk, figure.Kind);
        Assert.Equal("Morgan Stanley", figure.Attribution);
    }

    [Fact]
    public void A_short_standfirst_under_the_title_is_read_as_the_headline()
    {
        const string body = "Trois cent mille suppressions de postes dans l'assurance d'ici 2030.\n"
            + "Selon une étude de McKinsey, 300 000 emplois de l'assurance pourraient disparaître d'ici 2030 en Europe.\n"
            + "Les assureurs automatisent déjà la gestion des sinistres.";
        var figure = Assert.Single(Figures("L'assurance face à l'intelligence artificielle", body));
        Assert.Equal(FigureKind.JobsAtRisk, figure.Kind);
        Assert.Equal("McKinsey", figure.Attribution);
    }

    [Fact]
    public void A_sentence_restating_the_figure_before_is_the_same_claim()
    {
        var figures = Figures("", "D'après une analyse de McKinsey, 90 000 emplois d'assureurs pourraient disparaître avant 2030. "
            + "Le constat est rude : cela représente environ 12 % des effectifs des vingt plus grands assureurs.");
        var share = Assert.Single(figures, f => f.Unit == "percent");
        Assert.Equal(FigureBasis.Projected, share.Basis);
        Assert.Equal("McKinsey", share.Attribution);
        // Not when the sentence states a fact of its own.
        var fact = Assert.Single(Figures("", "D'après une analyse de McKinsey, 90 000 emplois d'assureurs pourraient disparaître avant 2030. "
            + "Le groupe Axa a supprimé 12 % de ses effectifs l'an dernier."), f => f.Unit == "percent");
        Assert.Equal(FigureBasis.Reported, fact.Basis);
    }

    [Fact]
    public void People_of_this_branch_who_left_the_firm_are_the_firm_s_even_when_a_person_tells_it()
    {
        var figures = Figures("", "Le quotidien Ouest-France va reprendre une imprimerie à Rennes. "
            + "Sur la centaine de salariés de cette filiale, une quarantaine ont quitté l'entreprise dans le cadre d'un accord, a indiqué M. Durand.");
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal("Ouest-France", f.Subject));
        // Without the firm's words, a count a person gives is nobody's in particular.
        var told = Assert.Single(Figures("", "Le quotidien Ouest-France va reprendre une imprimerie à Rennes. "
            + "Une quarantaine de personnes ont perdu leur emploi dans la région, a indiqué M. Durand."));
        Assert.Null(told.Subject);
    }

    [Fact]
    public void An_organisation_name_is_not_a_region()
    {
        var figure = Single("Selon Le Monde, 300 postes seront supprimés à la rédaction.");
        Assert.Null(figure.Region);
        Assert.Equal("Le Monde", figure.Attribution);
    }

    [Fact]
    public void A_glued_sector_is_the_sector_it_starts_with()
    {
        var figure = Single("L'étude prévoit la perte de 204 000 emplois dans le secteur du divertissementqui emploie beaucoup.");
        Assert.Equal("divertissement", figure.Sector);
    }

    [Theory]
    [InlineData("Selon un sondage Ipsos, 64 % des personnes interrogées jugent probable que l'IA détruise des emplois.")]
    [InlineData("« 95 % des créateurs et éditeurs de musique demandent plus de transparence ».")]
    [InlineData("Il en ressort qu'« un tiers de l'activité professionnelle » est exposé à l'IA générative.")]
    public void A_survey_share_of_respondents_or_of_work_is_not_a_figure(string text)
    {
        Assert.Empty(Figures("", text));
    }

    [Theory]
    // The person was introduced by a possessive right after her bank was talked about.
    [InlineData("Les banques Société Générale et Crédit Agricole réduisent leurs effectifs. Au Crédit Agricole, des milliers d'emplois vont disparaître. "
        + "Sa directrice générale Hélène Marchetti veut réduire les coûts. Paul Girard de Société Générale affirme le contraire.\n"
        + "Hélène Marchetti a présenté une nouvelle stratégie. D'ici début 2028, le nombre d'employés devra diminuer de 2 300 postes.", "Crédit Agricole")]
    // The person was introduced with « de » and her employer.
    [InlineData("Hélène Marchetti, directrice générale de Crédit Agricole, a reçu les syndicats. Le cabinet Accenture publiait le même jour ses résultats.\n"
        + "Hélène Marchetti a présenté une nouvelle stratégie. D'ici début 2028, le nombre d'employés devra diminuer de 2 300 postes.", "Crédit Agricole")]
    public void A_sentence_opening_on_a_person_is_about_her_employer(string body, string employer)
    {
        var figure = Assert.Single(Figures("", body), f => f.Value == 2300);
        Assert.Equal(FigureKind.JobsLost, figure.Kind);
        Assert.Equal(employer, figure.Subject);
    }

    [Fact]
    public void Jobs_taken_over_with_a_partner_are_the_employer_s_but_a_deal_with_a_partner_is_the_partner_s()
    {
        var jobs = Assert.Single(Figures("", "Selon la presse, Société Générale a affirmé que, grâce à sa collaboration avec la start-up française Mistral AI, "
            + "le travail de 300 postes avait été repris par des outils d'intelligence artificielle."));
        Assert.Equal("Société Générale", jobs.Subject);
        var deal = Assert.Single(Figures("", "En février, Google a de son côté signé avec Reddit un accord d'environ 60 millions de dollars par an."));
        Assert.Equal("Reddit", deal.Subject);
    }

    [Fact]
    public void A_partner_s_own_relative_clause_holding_the_cut_makes_it_the_partner_s()
    {
        var cut = Single("Les exemples ne manquent pas ces derniers mois, à l'étranger – avec Varcenture, par exemple, qui a déjà supprimé "
            + "12.000 postes, expliquant vouloir accélérer sa réorientation vers l'IA -, comme en France.");
        Assert.Equal(("Varcenture", FigureKind.JobsLost), (cut.Subject, cut.Kind));
        // The clause closes before the figure: the partner is not who cuts.
        Assert.NotEqual("Mistral", Single("Grâce à son accord avec Mistral, qui fournit l'outil, le groupe a supprimé 272 postes.").Subject);
    }

    [Fact]
    public void Where_most_of_a_firm_s_cuts_fall_leaves_them_the_firm_s()
    {
        var figure = Valued("Le groupe Norvane a lancé un plan de réduction de ses effectifs. "
            + "A date, 1 200 employés ont déjà été licenciés, en grande partie aux États-Unis.", 1200);
        Assert.Equal(("États-Unis", "Norvane"), (figure.Region, figure.Subject));
    }

    [Fact]
    public void A_firm_speaking_of_its_cuts_in_the_first_person_states_its_plan()
    {
        var figure = Single("« Nous allons supprimer 4 000 postes d'ici 2027 », a annoncé la banque Varbank.");
        Assert.Equal((FigureBasis.Reported, "Varbank", "Varbank"), (figure.Basis, figure.Attribution, figure.Subject));
        var risk = Single("Un représentant de Varbank a souligné que « l'IA pourrait nous permettre d'éliminer près de 4 000 postes sur nos marchés ».");
        Assert.Equal((FigureBasis.Projected, "Varbank"), (risk.Basis, risk.Subject));
    }

    [Fact]
    public void A_consultancy_saying_we_estimate_speaks_of_others_jobs() =>
        Assert.Null(Single("Le cabinet Kelvora affirme que « nous estimons que 300 000 emplois pourraient disparaître ».").Subject);

    [Fact]
    public void A_paper_credited_as_the_source_is_not_the_employer_of_the_jobs_it_reports()
    {
        var figure = Valued(VarbankCutting
            + "Selon Bloomberg, citant des sources proches du dossier, cette plus grande banque européenne envisage de supprimer environ 20 000 postes.", 20000);
        Assert.Equal(("Bloomberg", "Varbank"), (figure.Attribution, figure.Subject));
    }

    [Fact]
    public void A_demonstrative_before_the_firm_s_noun_refers_to_the_firm_talked_about()
    {
        var figure = Valued(VarbankCutting + "Cette grande banque a annoncé jeudi la suppression de 900 postes.", 900);
        Assert.Equal(("Varbank", "Varbank"), (figure.Attribution, figure.Subject));
    }

    [Theory]
    [InlineData("Le groupe Varnel Media a fermé trois titres. Selon Bloomberg, Varnex prévoit de licencier 5 % de ses effectifs.", 5)]
    [InlineData("Le groupe Varnel Media a fermé trois titres. D'après Reuters, Varnex va supprimer 1 200 postes.", 1200)]
    public void The_firm_after_a_paper_that_frames_the_sentence_is_the_employer(string body, decimal value) =>
        Assert.Equal("Varnex", Valued(body, value).Subject);

    [Fact]
    public void A_paper_given_an_interview_is_not_the_employer()
    {
        var figure = Valued("Paul Merlin, PDG de la banque Varbank, défend ses choix. "
            + "Merlin a déclaré mardi dans une interview accordée à Bloomberg TV que la banque dépense environ 2 milliards de dollars par an dans l'IA.",
            2_000_000_000);
        Assert.Equal("Varbank", figure.Subject);
    }

    [Fact]
    public void A_lab_s_head_forecasting_the_economy_s_jobs_speaks_of_no_one_s_own() =>
        Assert.Null(Single("Paul Merlin, PDG d'Anthropic, a lancé un avertissement : l'IA pourrait provoquer une vague de chômage, "
            + "menaçant jusqu'à 50 % des emplois de cols blancs débutants.").Subject);

    [Fact]
    public void A_company_s_head_confirming_cuts_across_the_world_confirms_the_company_s() =>
        Assert.Equal("Omnicom", Single("Paul Merlin, directeur général d'Omnicom, a confirmé la suppression d'environ 4 000 postes dans le monde.").Subject);

    [Fact]
    public void A_listed_body_s_acronym_in_brackets_credits_the_body() =>
        Assert.Equal("Banque mondiale", Single("Le rapport de la Banque mondiale ( BM) sur l'impact de l'IA est paru. "
            + "Toujours selon le rapport de la BM, environ 5,5 % des métiers sont susceptibles d'être remplacés.").Attribution);

    [Fact]
    public void Artificial_intelligence_capitalised_credits_no_figure() =>
        Assert.Null(Single("Le chiffre clé de ce rapport sur le futur de l'Intelligence Artificielle est que l'IA pourrait ajouter "
            + "près de 1 000 milliards de dollars à l'économie africaine d'ici à 2035.").Attribution);

    [Fact]
    public void A_firm_s_plan_with_where_most_of_it_falls_stays_its_plan()
    {
        var figure = Single("Le groupe Norvane a annoncé son intention de supprimer 4 000 emplois d'ici 2030, principalement en Allemagne.");
        Assert.Equal((FigureBasis.Reported, "Norvane"), (figure.Basis, figure.Subject));
    }

    [Theory]
    [InlineData("L'IA générative pourrait toucher 300 millions d'emplois, estime la banque d'investissement Norvane Capital.")]
    [InlineData("L'IA générative pourrait toucher 300 millions d'emplois, prédit Norvane Capital.")]
    public void Who_forecasts_after_the_figure_is_its_source_not_its_employer(string sentence)
    {
        var figure = Single(sentence);
        Assert.Equal(("Norvane Capital", null), (figure.Attribution, figure.Subject));
    }

    [Fact]
    public void A_source_s_short_form_credits_the_source()
    {
        var figure = Figures("", "Un rapport de Goldman Sachs prédit des pertes. Environ 7 % des emplois américains pourraient être remplacés, a déclaré Goldman.")
            .Single(f => f.Value == 7);
        Assert.Equal("Goldman Sachs", figure.Attribution);
    }

    [Fact]
    public void The_maker_of_the_tool_doing_the_work_is_not_the_employer()
    {
        var figures = Figures("", "Varnia, la fintech suédoise, a fait marche arrière. Plus tôt, la fintech estimait que son assistant, alimenté par Mistral AI, "
            + "remplaçait le travail de 500 conseillers. En un an, ses effectifs sont passés de 4 000 à 3 100 employés.");
        Assert.Equal([500m, 4000m, 3100m], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal("Varnia", f.Subject));
    }

    [Theory]
    [InlineData("L'utilisation de DeepL au sein de l'administration fédérale pourrait menacer les postes des 450 traducteurs permanents.")]
    [InlineData("Le recours à Mistral AI pourrait menacer les postes des 450 traducteurs de l'administration.")]
    public void The_tool_used_is_not_the_employer(string body) => Assert.Null(Single(body).Subject);

    [Fact]
    public void Celui_ci_after_a_tool_s_maker_is_the_tool_not_the_maker()
    {
        var figure = Single("Fin février, Varnia a présenté le bilan de son assistant alimenté par Mistral AI. "
            + "Celui-ci traitait deux conversations sur trois, soit le travail de 700 agents à temps plein.");
        Assert.Equal("Varnia", figure.Subject);
    }

    [Fact]
    public void A_count_a_share_is_taken_of_is_a_workforce()
    {
        var figures = Figures("", "Selon la direction, environ 7 % des 35 000 salariés de Capgemini en France seraient concernés.");
        Assert.Equal([FigureKind.ShareOfJobs, FigureKind.Workforce], figures.Select(f => f.Kind));
        Assert.All(figures, f => Assert.Equal("Capgemini", f.Subject));
        Assert.All(figures, f => Assert.Equal(FigureBasis.Reported, f.Basis));
    }

    [Fact]
    public void A_workforce_is_always_reported()
    {
        var figure = Single("Le secteur compterait quelque 8 000 traducteurs indépendants, selon le Collectif Traduire Demain.");
        Assert.Equal(FigureKind.Workforce, figure.Kind);
        Assert.Equal(FigureBasis.Reported, figure.Basis);
        Assert.Null(figure.Subject);
    }

    [Fact]
    public void A_study_known_only_by_its_title_is_credited_by_that_title()
    {
        var figure = Single("Une étude récente, \"Future Unscripted\", prévoit la perte de 204 000 emplois aux États-Unis.");
        Assert.Equal("Future Unscripted", figure.Attribution);
        Assert.Equal(FigureBasis.Projected, figure.Basis);
    }

    [Fact]
    public void A_name_in_the_speaker_s_apposition_is_not_the_figure_s_owner()
    {
        var figure = Single("Le groupe de presse britannique Reach, propriétaire des tabloïds Daily Express et Daily Mirror, a annoncé mardi 186 suppressions de postes.");
        Assert.Equal("Reach", figure.Subject);
        Assert.Equal("Reach", figure.Attribution);
    }

    [Fact]
    public void A_name_after_the_speaker_s_verb_owns_the_figure()
    {
        var figure = Single("Microsoft a confirmé jeudi qu'Activision Blizzard supprimera 1 900 postes.");
        Assert.Equal("Activision Blizzard", figure.Subject);
    }

    [Fact]
    public void A_source_named_in_the_sentence_leaves_the_figure_to_the_firm_talked_about()
    {
        var figures = Figures("", "Accenture a lancé un vaste plan de restructuration. Le plan est estimé à 865 millions de dollars, d'après le Financial Times. Fin août, l'entreprise comptait 779 000 employés, selon l'Irish Times.");
        Assert.Equal([("Financial Times", "Accenture"), ("Irish Times", "Accenture")], figures.Select(f => (f.Attribution, f.Subject)));
    }

    [Fact]
    public void A_source_s_acronym_in_parentheses_is_still_the_source_not_the_employer()
    {
        var figure = Assert.Single(Figures("", "Le studio Norvane Games ferme son site de Halifax. "
            + "Selon le Syndicat des travailleurs du jeu vidéo (STJV), près de 1 000 emplois ont été supprimés dans le groupe depuis 2023."));
        Assert.Equal("Syndicat des travailleurs du jeu vidéo", figure.Attribution);
        Assert.Equal("Norvane Games", figure.Subject);
    }

    [Fact]
    public void A_figure_about_a_country_is_not_the_firm_s_even_with_only_a_source_named()
    {
        var figure = Single("Disney attaque Midjourney en justice. En France, où l'animation fait travailler environ 7 500 personnes selon l'Observatoire Anim'Emploi, les inquiétudes sont les mêmes.");
        Assert.Equal("France", figure.Region);
        Assert.Null(figure.Subject);
    }

    [Theory]
    [InlineData("Le cabinet Norvane supprime 1 200 postes, une décision qui secoue le monde du travail.", null)]
    [InlineData("Le cabinet Norvane supprime 1 200 postes dans le monde.", "monde")]
    public void The_world_of_a_trade_is_not_a_region(string text, string? region) =>
        Assert.Equal(region, Single(text).Region);

    [Fact]
    public void A_possessive_behind_a_comma_belongs_to_the_survey_not_the_figure()
    {
        var figure = Single("Le Collectif Traduire Demain s'inquiète. D'après une enquête menée auprès de ses membres, près d'un traducteur indépendant sur deux a vu ses commandes baisser.");
        Assert.Null(figure.Subject);
        var own = Single("Le Collectif Traduire Demain s'inquiète. Près de 40 % de ses membres ont perdu leurs commandes.");
        Assert.Equal("Collectif Traduire Demain", own.Subject);
    }

    [Fact]
    public void The_group_named_after_the_figure_s_noun_owns_it()
    {
        var figures = Figures("", "HP a annoncé la suppression de 6 000 postes. Cela pourrait représenter jusqu'à 10 % des effectifs du groupe de Palo Alto.");
        Assert.Equal("HP", figures[1].Subject);
        var sector = Figures("", "HP a annoncé la suppression de 6 000 postes. Cela pourrait représenter jusqu'à 10 % des effectifs du secteur.");
        Assert.Null(sector[1].Subject);
    }

    [Fact]
    public void A_projection_naming_no_one_goes_on_with_the_source_of_the_paragraph_before()
    {
        var figures = Figures("", "Le Forum économique mondial a publié mercredi son rapport sur l'avenir de l'emploi, qui prévoit la création de 170 millions d'emplois d'ici à 2030.\nAu total, 22 % des emplois actuels seraient concernés par ces bouleversements.");
        Assert.Equal("Forum économique mondial", figures[1].Attribution);
    }

    [Fact]
    public void A_projection_paragraphs_away_from_the_last_source_is_unattributed()
    {
        var figures = Figures("", "Le Forum économique mondial a publié mercredi son rapport sur l'avenir de l'emploi, qui prévoit la création de 170 millions d'emplois d'ici à 2030.\nLes centres d'appels sont les plus exposés.\nLes tâches simples partent en premier.\nUne réduction de 30 % des effectifs humains est plausible si l'IA est généralisée.");
        Assert.Null(figures[^1].Attribution);
    }

    [Fact]
    public void A_document_named_before_any_source_is_the_firm_talked_about_s()
    {
        var figure = Figures("", "Disney a déposé mercredi une plainte contre Midjourney.\nSelon le document, Midjourney a engrangé 300 millions de dollars de revenus en 2024.")[0];
        Assert.Equal("Disney", figure.Attribution);
        var sourced = Figures("", "Disney a déposé mercredi une plainte contre Midjourney, selon Reuters.\nSelon le document, Midjourney a engrangé 300 millions de dollars de revenus en 2024.")[0];
        Assert.Equal("Reuters", sourced.Attribution);
    }

    [Fact]
    public void A_firm_speaking_after_its_verb_owns_the_cuts_it_details()
    {
        var figures = Figures("", "Le groupe de presse Reach a annoncé mardi une vaste réorganisation.\nDans le détail, 321 emplois seront supprimés, a précisé l'entreprise dans un mail à l'AFP.");
        Assert.Equal(("Reach", "Reach"), (figures[0].Attribution, figures[0].Subject));
        var sector = Figures("", "Le groupe de presse Reach a annoncé mardi une vaste réorganisation.\nDans le secteur, 321 emplois seront supprimés, a précisé l'entreprise dans un mail à l'AFP.");
        Assert.Null(sector[0].Subject);
    }

    [Fact]
    public void A_person_quoted_after_a_study_does_not_replace_it_as_the_source_carried_on()
    {
        const string study = "Un emploi sur quatre est exposé à l'IA, indique une étude de l'OIT.\n"
            + "« Nous avons construit un outil ancré dans les métiers réels », a déclaré Pawel Gmyrek, chercheur à l'OIT.\n";
        var figures = Figures("", study + "Il en ressort que 34 % des emplois des pays riches sont exposés.");
        Assert.Equal("OIT", figures[^1].Attribution);
        var person = Figures("", "« Nous avons construit un outil ancré dans les métiers réels », a déclaré Pawel Gmyrek, chercheur.\n"
            + "Il en ressort que 34 % des emplois des pays riches sont exposés.");
        Assert.Equal("Pawel Gmyrek", person[^1].Attribution);
    }

    [Fact]
    public void A_newspaper_telling_that_a_firm_cut_jobs_is_the_source_not_the_employer()
    {
        var figures = Figures("", "Accenture poursuit sa restructuration. L'Usine Digitale précise que près de 12 000 personnes ont été licenciées en trois mois.");
        Assert.Equal(("L'Usine Digitale", "Accenture"), (figures[0].Attribution, figures[0].Subject));
        var own = Figures("", "Reddit a signé un accord avec OpenAI. News Corp avait annoncé en février la suppression de 1 250 emplois.");
        Assert.Equal("News Corp", own[0].Subject);
    }

    [Fact]
    public void The_firm_talked_about_after_a_fronted_date_is_the_subject()
    {
        var figures = Figures("", "Sony n'a pas été épargné par les difficultés. En février 2024, la firme a licencié 900 personnes, soit environ 8 % de son personnel au sein de la division PlayStation.");
        Assert.Equal("Sony", figures.Single(f => f.Value == 900).Subject);
    }

    [Theory]
    [InlineData("Le groupe de presse Reach annonçait alors 186 suppressions de postes.")]
    [InlineData("Le groupe de presse Reach annonce 186 suppressions de postes.")]
    public void A_company_announcing_in_any_tense_is_the_attribution(string sentence)
    {
        var figure = Single(sentence);
        Assert.Equal("Reach", figure.Attribution);
    }

    [Fact]
    public void One_number_cut_by_two_firms_is_two_claims()
    {
        var figures = Figures("", "Le groupe Norvane a supprimé 200 postes dans sa filiale de Lyon. "
            + "En mars, la société Ardelis a également annoncé la suppression de 200 emplois.");
        Assert.Equal(["Ardelis", "Norvane"], figures.Select(f => f.Subject!).Order());
    }

    [Fact]
    public void A_repeat_whose_subject_is_carried_from_before_is_the_same_claim()
    {
        var figures = Figures("", "Le groupe Norvane a supprimé 200 postes à Lyon. Le groupe Ardelis, son concurrent, a signé un accord avec OpenAI.\n\n"
            + "Ces 200 postes supprimés touchaient surtout la traduction.");
        Assert.Equal("Norvane", Assert.Single(figures).Subject);
    }

    [Fact]
    public void A_paper_told_is_neither_the_source_nor_the_employer()
    {
        var told = Figures("", "Son PDG, Paul Martin, a déclaré à CNBC en mai que la société Norvane avait été réduite de 5 000 à 3 000 employés.");
        Assert.All(told, f => Assert.Equal(("Paul Martin", "Norvane"), (f.Attribution, f.Subject)));
        var confided = Single("Le groupe Ardelis fait exception : son PDG a confié au Wall Street Journal que 200 employés avaient été remplacés par des chatbots.");
        Assert.Equal("Ardelis", confided.Subject);
    }

    [Theory]
    [InlineData("Parallèlement, 18 créations de postes sont envisagées.")]
    [InlineData("Son PDG a déclaré que 300 postes seraient supprimés.")]
    public void An_opening_adverb_or_a_title_is_no_one_s_name(string body)
    {
        var article = ArticleExtractor.Extract(new ArticleDocument("", body));
        Assert.Empty(article.Organizations);
        Assert.Null(Assert.Single(article.Figures).Attribution);
    }

    [Theory]
    [InlineData("Selon une étude du cabinet Oréade, les IA génératives vont affecter plus de 300 millions d'emplois.", FigureBasis.Projected)]
    [InlineData("Le groupe Norvane va supprimer 350 postes d'ici 2026.", FigureBasis.Reported)]
    public void A_near_future_with_no_employer_is_a_projection(string body, FigureBasis basis) =>
        Assert.Equal(basis, Single(body).Basis);

    [Fact]
    public void A_firm_s_nationality_is_not_where_its_cuts_are()
    {
        var figures = Figures("", "Le groupe américain Norvane a annoncé mardi prévoir la suppression de 4 000 à 6 000 postes d'ici fin 2028.");
        Assert.All(figures, f => Assert.Equal((FigureBasis.Reported, "Norvane", (string?)null), (f.Basis, f.Subject, f.Region)));
    }

    [Fact]
    public void Ce_chiffre_represente_restates_the_figure_before()
    {
        var figures = Figures("", "Une analyse du cabinet Oréade prévoit que plus de 200 000 emplois pourraient disparaître d'ici 2030. "
            + "Ce chiffre représente environ 10 % des effectifs de 35 grandes banques.");
        Assert.All(figures, f => Assert.Equal((FigureBasis.Projected, "Oréade"), (f.Basis, f.Attribution)));
    }

    [Fact]
    public void A_paper_that_published_a_study_employs_no_one() =>
        Assert.Null(Single("D'après la banque Morgan Stanley, publiée dans le Financial Times, l'IA pourrait entraîner la suppression "
            + "d'environ 10 % des emplois dans les banques européennes.").Subject);

    [Theory]
    [InlineData("« Nous aurions été déstabilisés », estime Paul Martin, cofondateur de la société Ardelis, qui a réalisé un chiffre d'affaires de 734 millions d'euros en 2023.", FigureBasis.Reported)]
    [InlineData("« Une cinquantaine de millions de dollars par an, c'est beaucoup », estime Paul Martin, analyste chez Ardelis.", FigureBasis.Projected)]
    public void Estime_after_a_quotation_estimates_the_quotation_only(string body, FigureBasis basis) =>
        Assert.Equal(basis, Single(body).Basis);

    [Theory]
    [InlineData("Le site spécialisé Gamescope a appris que 98 personnes ont été remerciées aujourd'hui chez Ardelis.", "Ardelis")]
    [InlineData("Le site spécialisé Gamescope a appris que 98 personnes ont été remerciées.", null)]
    public void What_a_paper_learnt_is_the_firm_s_news_not_the_paper_s(string body, string? subject)
    {
        var figure = Single(body);
        Assert.Equal(("Gamescope", subject), (figure.Attribution, figure.Subject));
    }

    [Fact]
    public void Ses_after_a_paper_s_news_is_the_firm_s()
    {
        var figure = Valued("Le quotidien Gamescope révélait lundi que le géant américain Ardelis s'apprêtait à remercier des milliers de travailleurs, "
            + "soit 6000 personnes (moins de 3 % de ses effectifs).", 3);
        Assert.Equal(("Gamescope", "Ardelis"), (figure.Attribution, figure.Subject));
    }

    [Fact]
    public void A_name_complementing_a_noun_is_not_the_firm_talked_about() =>
        Assert.NotEqual("OpenAI", Single("Le lancement du chatbot d'OpenAI a conduit la banque Ardelis à étudier ses effets. "
            + "Selon ses calculs, la firme estime que l'IA pourrait toucher 300 millions d'emplois.").Attribution);

    [Theory]
    [InlineData("Le studio Zorbex a signé un accord de distribution avec la société Plumex. Cette dernière va supprimer 300 postes.")]
    [InlineData("Le groupe Zorbex a racheté la société Plumex l'an dernier. Ce dernier va supprimer 300 postes en France.")]
    public void Ce_dernier_is_the_organisation_named_last(string body)
    {
        var figure = Single(body);
        Assert.Equal("Plumex", figure.Subject);
        Assert.Equal(FigureBasis.Reported, figure.Basis);
    }

    [Fact]
    public void Each_employer_of_a_list_after_dont_counts_its_own_share()
    {
        var figures = Figures("", "En août, plus de 30 000 personnes ont été licenciées, dont 15 000 chez Zorbex et 12 500 chez Plumex.");
        Assert.Equal([(30_000m, null), (15_000m, "Zorbex"), (12_500m, "Plumex")], figures.Select(f => (f.Value, f.Subject)));
        Assert.All(figures, f => Assert.Equal(FigureKind.JobsLost, f.Kind));
    }

    [Fact]
    public void A_breakdown_in_brackets_is_projected_as_the_total_it_details()
    {
        var figures = Figures("", "Selon l'étude de Zorbex, 24 % des revenus pourraient disparaître d'ici 2028, soit une perte cumulée de 22 milliards d'euros (10 milliards pour la musique et 12 milliards pour l'audiovisuel).");
        Assert.Equal([22e9m, 10e9m, 12e9m], figures.Where(f => f.Kind == FigureKind.Money).Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal(FigureBasis.Projected, f.Basis));
    }

    [Fact]
    public void An_amount_after_a_verb_in_the_future_is_projected_and_its_starting_point_is_not()
    {
        var figures = Figures("", "Le marché est en plein essor : sa valeur actuelle de 3 milliards d'euros atteindra 64 milliards d'euros en 2028.");
        Assert.Equal([(3e9m, FigureBasis.Reported), (64e9m, FigureBasis.Projected)], figures.Select(f => (f.Value, f.Basis)));
        Assert.Equal(FigureBasis.Projected, Single("Le marché des logiciels de doublage pèsera 40 milliards d'euros en 2030.").Basis);
    }

    [Theory]
    [InlineData("Le groupe Havix investit à son tour dans l'IA. Après le groupe Publix et le groupe Wippo en janvier, le groupe français va placer 400 millions d'euros dans l'IA.")]
    [InlineData("La société Havix illustre cette transition. Présente dans 18 pays, la multinationale emploie 1 800 salariés sur son site de Casablanca.")]
    public void Names_in_a_fronted_complement_are_not_the_firm_the_clause_is_about(string body) =>
        Assert.Equal("Havix", Single(body).Subject);

    [Theory]
    [InlineData("Le groupe Havix a publié ses résultats. Chez le groupe Plumex, la direction va supprimer 300 postes.")]
    [InlineData("Le groupe Havix a publié ses résultats. Au sein de la société Plumex, le groupe va supprimer 300 postes.")]
    public void A_firm_fronted_after_chez_is_the_one_the_clause_is_about(string body) =>
        Assert.Equal("Plumex", Single(body).Subject);

    [Theory]
    [InlineData("Selon un rapport de l'Observatoire Valmont, la moitié des emplois seront impactés par l'IA.")]
    [InlineData("« Dans le monde, 40 % des emplois seront touchés », a-t-elle détaillé.")]
    [InlineData("D'après les chercheurs, l'IA transformera 23 % des emplois.")]
    [InlineData("D'après une étude réalisée par l'Observatoire Valmont, 370 000 personnes verront leur fonction changer ou disparaître.")]
    [InlineData("Pour l'Observatoire Valmont, 55 % des salariés verront leurs tâches facilitées plutôt que remplacées.")]
    public void A_verb_in_the_simple_future_with_no_employer_is_a_projection(string body) =>
        Assert.Equal(FigureBasis.Projected, Single(body).Basis);

    [Fact]
    public void An_employer_saying_what_it_will_cut_in_the_simple_future_states_its_plan()
    {
        var figure = Single("Le groupe Zorbex supprimera 300 postes en 2025.");
        Assert.Equal(("Zorbex", FigureBasis.Reported), (figure.Subject, figure.Basis));
    }

    [Fact]
    public void A_study_named_between_its_noun_and_its_author_credits_the_author_not_the_firm_talked_about()
    {
        var figure = Valued("Le groupe Zorbex a réduit ses effectifs. Selon le rapport 2023 Future of Jobs du cabinet Valmont, l'IA transformera 23 % des emplois.", 23);
        Assert.Equal(("Valmont", (string?)null, FigureBasis.Projected), (figure.Attribution, figure.Subject, figure.Basis));
    }

    [Fact]
    public void A_firm_s_cuts_a_consultancy_relays_stay_the_firm_s()
    {
        var figure = Valued("Le groupe Zorbex a réduit ses effectifs. Selon le cabinet Valmont, 300 postes seront supprimés.", 300);
        Assert.Equal(("Zorbex", FigureBasis.Reported), (figure.Subject, figure.Basis));
    }

    [Theory]
    [InlineData("Le groupe Zorbex a déjà réduit ses effectifs. En janvier, le quotidien Valmont avait rapporté une coupe d'environ 700 emplois.", "Valmont")]
    [InlineData("Le groupe Zorbex a déjà réduit ses effectifs. En juillet, le quotidien Plumex faisait état d'une vague de 700 suppressions de postes.", "Plumex")]
    public void A_paper_relaying_cuts_is_their_source_not_their_employer(string body, string paper)
    {
        var figure = Valued(body, 700);
        Assert.Equal((paper, "Zorbex"), (figure.Attribution, figure.Subject));
    }

    [Fact]
    public void A_name_after_et_opens_a_clause_of_its_own()
    {
        var figure = Valued("Le groupe Zorbex a déjà réduit ses effectifs. Le quotidien Plumex avait rapporté 700 licenciements en janvier et le quotidien Vexa environ 300 en juillet.", 700);
        Assert.Equal("Zorbex", figure.Subject);
    }

    [Fact]
    public void Selon_reads_past_a_title_in_capitals_to_the_body()
    {
        var figure = Single("Selon la DG du FMI, Kristalina Georgieva, 60 % des emplois seront touchés dans les économies avancées.");
        Assert.Equal(("FMI", FigureBasis.Projected), (figure.Attribution, figure.Basis));
    }

    [Fact]
    public void A_relative_clause_past_the_complements_of_the_noun_is_the_figure_s()
    {
        var figure = Single("L'audit inquiète 82 salariés des services de fabrication, de correction et de documentation qui pourraient être impactés.");
        Assert.Equal((FigureKind.JobsAffected, FigureBasis.Projected), (figure.Kind, figure.Basis));
    }

    [Fact]
    public void A_capital_on_the_article_after_selon_is_part_of_the_paper_s_title() =>
        Assert.Equal("La Gazette", Single("Selon La Gazette, 40 % des emplois pourraient être touchés par l'IA.").Attribution);

    [Fact]
    public void The_cuts_a_company_s_head_reports_are_the_company_s()
    {
        var figure = Single("Marc Bernier, PDG de Zorbex, affirme que l'IA a déjà remplacé 4 000 emplois.");
        Assert.Equal(("Marc Bernier", "Zorbex", FigureBasis.Reported), (figure.Attribution, figure.Subject, figure.Basis));
    }

    [Fact]
    public void An_analyst_reporting_a_sector_s_cuts_gives_them_no_employer() =>
        Assert.Null(Single("Paul Martin, analyste chez Zorbex, affirme que les banques ont supprimé 200 000 emplois.").Subject);

    [Fact]
    public void A_share_d_entre_eux_is_of_the_jobs_named_before_it()
    {
        var figure = Single("Le développement de l'IA aura un impact sur les emplois car 60 % d'entre eux seront touchés.");
        Assert.Equal((FigureKind.ShareOfJobs, 60m, FigureBasis.Projected), (figure.Kind, figure.Value, figure.Basis));
        Assert.Empty(Figures("", "Les clients sont mécontents : 40 % d'entre eux ont résilié leur abonnement."));
    }

    [Fact]
    public void A_news_agency_putting_a_figure_on_cuts_relays_them()
    {
        var figure = Valued("Le groupe Zorbex supprime des postes de bureau. L'AFP chiffre ces 14 000 suppressions à environ 4 % des employés de bureau du groupe.", 14_000);
        Assert.Equal(("AFP", "Zorbex"), (figure.Attribution, figure.Subject));
    }

    // « elle » inside a sentence opening on « la société » is that firm, not the source of the paragraph before.
    [Theory]
    [InlineData("Le groupe Zorbex supprime des postes depuis dix ans.\n\nDe son côté, Norvane estime que 80 % des emplois seront concernés.\n\nLa société a encore licencié 3 900 salariés en début d'année, même si elle assure toujours recruter.", "Zorbex")]
    [InlineData("De son côté, Norvane estime que 80 % des emplois seront concernés.\n\nLa société a encore licencié 3 900 salariés en début d'année, même si elle assure toujours recruter.", null)]
    public void A_pronoun_after_the_firm_opening_its_sentence_is_that_firm(string body, string? firm)
    {
        var cut = Valued(body, 3900);
        Assert.Equal(firm, cut.Attribution);
    }

    // Names in the apposition of the sentence's opening name are its description, not whose jobs these are.
    [Fact]
    public void A_name_in_the_subject_s_apposition_is_not_the_employer() =>
        Assert.Equal("Norvane", Single("Le groupe Norvane, maison mère de Facebook et Instagram, a décidé de supprimer environ 600 postes au sein de sa division IA.").Subject);

    [Fact]
    public void The_results_of_this_research_are_the_last_source_s() =>
        Assert.Equal("OIT", Figures("", "Dans une étude parue le 20 mai, l'Organisation internationale du travail (OIT) alerte sur l'emploi des femmes.\n\n"
            + "D'après les résultats de cette vaste recherche, un travailleur sur quatre exerce une profession exposée à l'IA.").Single().Attribution);

    // A share of jobs after an institution that studies them is the economy's, not the institution's staff.
    [Fact]
    public void A_share_after_an_institution_talked_about_is_no_one_s()
    {
        var figure = Figures("", "L'Organisation des nations unies (ONU) tire la sonnette d'alarme sur l'emploi des femmes.\n\n"
            + "Et les postes occupés par des femmes le sont davantage (4,7 % de l'ensemble des emplois féminins).").Single();
        Assert.Null(figure.Subject);
    }

    [Fact]
    public void Jobs_a_study_body_talked_about_expects_to_be_created_are_no_one_s() =>
        Assert.Null(Figures("", "Réuni à Davos, l'Institut Norvane de recherche économique publie une étude sur l'IA. Elle indique que d'ici 2030, "
            + "des postes pourraient être supprimés. Dans un même temps cette vague pourrait générer 170 millions de nouveaux emplois.").Single(f => f.Value == 170_000_000).Subject);

    [Fact]
    public void The_firm_subject_of_the_announced_clause_owns_its_cuts_worldwide()
    {
        var figure = Single("Marc Tissot, patron de Google, annonce que l'entreprise va supprimer 12 000 emplois dans le monde.");
        Assert.Equal(("Google", FigureBasis.Reported), (figure.Subject, figure.Basis));
    }

    [Fact]
    public void The_names_of_a_fronted_subordinate_clause_are_not_what_the_article_talks_about() =>
        Assert.Equal("Publicis", Figures("", "Pendant que WPP parle d'écosystème et qu'Omnicom mise sur l'IA, Publicis a préféré travailler en silence.\n\n"
            + "Des outils comme Marcel aident les 100 000 collaborateurs du groupe à se former sur l'IA.").Single().Subject);

    // An aside in brackets before the verb is not its subject.
    [Theory]
    [InlineData("Lors d'un forum, Marc Tissot, producteur américain (il a créé un studio avec Paul Vernet et Anne Norvel) a prédit que l'animation serait touchée. "
        + "Selon lui, 90 % des emplois dans l'animation vont disparaître.", "Marc Tissot")]
    [InlineData("Le groupe Norvane (ex-Zorbex Telecom) a annoncé qu'il comptait supprimer 42 % de ses effectifs d'ici 2030.", "Norvane")]
    public void An_aside_in_brackets_before_the_verb_does_not_speak(string body, string speaker) =>
        Assert.Equal(speaker, Figures("", body).Single().Attribution);

    [Fact]
    public void A_sector_s_figure_after_an_observatory_talked_about_is_the_sector_s() =>
        Assert.Null(Figures("", "L'Observatoire de l'évolution des métiers de l'assurance publie son baromètre prospectif.\n\n"
            + "De fait, l'assurance, qui emploie 154 700 personnes, continue de recruter.").Single().Subject);

    [Fact]
    public void Who_alerts_after_the_figure_is_its_source() =>
        Assert.Equal("Marc Tissot", Single("On nous parle de réductions d'effectifs à hauteur de 2 300 postes en 2027, alerte Marc Tissot, délégué syndical.").Attribution);

    // A firm's word about itself is not carried to the next firm the article turns to.
    [Fact]
    public void A_projection_about_another_firm_is_not_the_first_firm_s_word()
    {
        var figure = Single("Amazon a annoncé une nouvelle salve de suppressions d'emplois. La banque Varbank aurait décidé de sabrer dans ses effectifs en Europe. "
            + "Selon des sources syndicales, le groupe pourrait lancer un plan social touchant 10 % des effectifs français.");
        Assert.Null(figure.Attribution);
    }

    [Fact]
    public void A_projection_after_the_firm_s_own_announcement_is_its_word() =>
        Assert.Equal("Amazon", Single("Amazon a annoncé une nouvelle salve de suppressions d'emplois. "
            + "Au total, le plan pourrait toucher 10 % des effectifs français.").Attribution);

    // « Comme l'a appris Libération, IBM… »: the clause after « comme … , » is the sentence's main one.
    [Fact]
    public void The_firm_after_a_fronted_comme_clause_is_talked_about() =>
        Assert.Equal("Varbank", Figures("", "Comme l'a appris Libération, la banque Varbank aurait décidé de sabrer dans ses effectifs. "
            + "Ce chiffre représente environ 300 emplois, constate un représentant du personnel.").Single().Subject);

    [Fact]
    public void Two_bodies_a_source_cue_joins_are_both_sources_not_the_subject() =>
        Assert.Null(Single("Selon les chiffres compilés par l'Observatoire Valmont et l'Institut Norvel, les jeunes ne représentaient que 6,5 % des emplois du secteur.").Subject);

    // « une prévision », « une estimation » are a study's numbers as much as their plurals: who made them is their source,
    // not whose jobs they are.
    [Theory]
    [InlineData("Cette prévision du cabinet Varnex (plus de 400 millions d'emplois perdus dans le monde) inquiète les syndicats.")]
    [InlineData("D'après une estimation du cabinet Varnex, 400 millions d'emplois pourraient disparaître dans le monde.")]
    public void A_single_forecast_or_estimate_credits_its_maker(string body)
    {
        var figure = Single(body);
        Assert.Equal(("Varnex", null), (figure.Attribution, figure.Subject));
        Assert.Equal(FigureBasis.Projected, figure.Basis);
    }

    // A comma may close what the source is before its name; not the cue's own object.
    [Fact]
    public void A_source_described_before_a_comma_is_still_the_source()
    {
        var figure = Single("L'automatisation pourrait faire disparaître jusqu'à 300 millions d'emplois d'après les prévisions de la banque, Goldman Sachs.");
        Assert.Equal("Goldman Sachs", figure.Attribution);
        Assert.Null(figure.Sector);
    }

    [Theory]
    [InlineData("Selon plusieurs journaux, la banque Varbank a affirmé que le travail de 272 équivalents temps plein avait été repris par des outils d'IA.", "Varbank")]
    [InlineData("Selon le document, Varlix a engrangé 300 millions de dollars de revenus en 2024.", null)]
    public void The_cue_s_own_object_before_a_comma_does_not_credit_the_name_after_it(string body, string? expected) =>
        Assert.Equal(expected, Single(body).Attribution);

    [Theory]
    [InlineData("Varlix va recruter 400 experts d'intelligence artificielle en France d'ici deux ans.")]
    [InlineData("Varlix va recruter 400 spécialistes de la donnée.")]
    public void Experts_hired_are_jobs_created(string body)
    {
        var figure = Single(body);
        Assert.Equal(FigureKind.JobsCreated, figure.Kind);
        Assert.Equal(400, figure.Value);
    }

    [Theory]
    [InlineData("Sont-ils les premiers des « 300 millions d'emplois » appelés à disparaître ?")]
    [InlineData("Dans le secteur, 2 000 postes sont appelés à disparaître.")]
    public void Jobs_bound_to_disappear_are_a_projection(string body) =>
        Assert.Equal(FigureBasis.Projected, Single(body).Basis);

    // « Patron et cofondateur de Varlix, Marc Tissot a annoncé… »: the firm of a role fronted before the person is talked about.
    [Fact]
    public void The_firm_of_a_role_fronted_before_its_holder_is_talked_about() =>
        Assert.Equal("Varlix", Single("Patron et cofondateur de Varlix, Marc Tissot a annoncé une taille conséquente dans les effectifs du groupe.\n\n"
            + "Il y a deux ans, la société comptait 3 000 salariés.").Subject);

    // The clause « au moment où », « alors que » opens has a subject of its own; not when it closes before the figure.
    [Fact]
    public void A_figure_in_a_clause_with_its_own_subject_is_not_the_main_clause_s_firm()
    {
        var figure = Single("Valmont Conseil a qualifié 2023 d'année décisive pour l'IA, au moment même où l'industrie du jeu vidéo enregistrait environ 9 000 licenciements.");
        Assert.Null(figure.Subject);
    }

    [Fact]
    public void A_clause_closed_before_the_figure_leaves_it_to_the_firm() =>
        Assert.Equal("Varbank", Single("La banque Varbank, alors que les profits explosent, supprime 1 400 postes.").Subject);

    // « un an après la reprise de la banque par le fonds Cerberus, les salariés ont appris… »: neither the buyer nor the speaker.
    [Theory]
    [InlineData("Un an après la reprise de la banque par le fonds américain Norvane Capital, un plan social vise près de 1 400 postes.")]
    [InlineData("Un an après la reprise de la banque par le fonds Norvane Capital, les salariés ont appris un plan social visant près de 1 400 postes.")]
    public void The_buyer_of_a_firm_is_not_the_employer_of_its_jobs(string body)
    {
        var figure = Single(body);
        Assert.NotEqual("Norvane Capital", figure.Subject);
        Assert.NotEqual("Norvane Capital", figure.Attribution);
    }

    // The employer's own head telling its plan in reported speech: its cut, not a projection of nobody's.
    [Fact]
    public void A_part_of_a_cut_told_by_the_firm_talked_about_is_its_own()
    {
        var figures = Figures("", "Le groupe Telvane va supprimer 40 000 emplois d'ici 2030. En outre, 8 000 des 40 000 postes qui seraient supprimés "
            + "seraient liés à l'intelligence artificielle, selon le directeur général de Telvane.");
        var part = figures.Single(f => f.Value == 8000m);
        Assert.Equal((FigureKind.JobsLost, "Telvane", "Telvane"), (part.Kind, part.Attribution, part.Subject));
        Assert.DoesNotContain(figures, f => f.Kind == FigureKind.Workforce);
    }

    [Fact]
    public void Cuts_credited_to_another_body_than_the_firm_talked_about_are_not_the_firm_s()
    {
        var figure = Valued("Le groupe Telvane va supprimer 40 000 emplois d'ici 2030. Selon l'institut Varlane, 8 000 postes seraient supprimés dans les centres d'appels.", 8000m);
        Assert.Null(figure.Subject);
    }

    // The words after a range's second end (where the jobs are, by when) are said of both ends.
    [Fact]
    public void Both_ends_of_a_range_are_one_claim()
    {
        var figures = Figures("", "Le fabricant Dorvel prévoit de supprimer entre 2 000 et 3 000 postes dans le monde d'ici à fin 2027.");
        Assert.Equal([(2000m, FigureBasis.Reported, "Dorvel"), (3000m, FigureBasis.Reported, "Dorvel")],
            figures.Select(f => (f.Value, f.Basis, f.Subject)));
    }

    [Theory]
    [InlineData("Le fabricant Dorvel prévoit de supprimer 3 000 postes dans le monde d'ici à fin 2027, soit environ 8 % de ses 37 000 salariés.", FigureBasis.Reported, "Dorvel")]
    [InlineData("Selon le cabinet Varlane, l'IA pourrait supprimer 300 000 postes dans la banque d'ici à 2030, soit 12 % des emplois du secteur.", FigureBasis.Projected, null)]
    public void A_share_restating_a_cut_is_the_same_claim(string body, FigureBasis basis, string? subject)
    {
        var share = Figures("", body).Single(f => f.Kind == FigureKind.ShareOfJobs);
        Assert.Equal((basis, subject), (share.Basis, share.Subject));
    }

    // A share said again as a count is one claim too: the count is the economy's when the share is, not the institute's the
    // article talks about.
    [Fact]
    public void A_count_restating_a_share_is_the_same_claim()
    {
        var figures = Figures("", "L'Institut Varnex de la statistique vient de publier un rapport sur l'exposition des professions.\n\n"
            + "Le chiffre est impressionnant : environ 59 % de la main-d'œuvre québécoise occupait en 2024 un emploi présentant une haute exposition à l'IA, "
            + "soit environ 2,7 millions de personnes.");
        var (share, count) = (figures.Single(f => f.Value == 59m), figures.Single(f => f.Value == 2700000m));
        Assert.Equal((share.Basis, share.Attribution, null), (count.Basis, count.Attribution, count.Subject));
        Assert.Null(share.Subject);
    }

    // Before any firm opens a sentence, the first one the article calls a firm is the one its cuts are about; a sector's
    // figure stays no one's.
    [Fact]
    public void Cuts_after_the_firm_the_article_introduces_are_its_own()
    {
        var figures = Figures("", "Un plan social inédit. Personne ne s'y attendait du côté des salariés de l'entreprise Varnolia, basée à Lyon. "
            + "Sur les 383 emplois, 217 seront supprimés et remplacés par l'IA.");
        Assert.All(figures, f => Assert.Equal("Varnolia", f.Subject));
        Assert.Null(Valued("Les salariés de l'entreprise Varnolia s'inquiètent. Dans le secteur de la traduction, 2 000 emplois ont disparu en 2024.", 2000m).Subject);
    }

    // What a plan is to bring about is a target, a projection; what it brought about is a fact.
    [Theory]
    [InlineData("Le plan de la banque Varbank doit lui permettre d'économiser plus d'un milliard de dollars.", FigureBasis.Projected)]
    [InlineData("Le nouveau site de la banque Varbank permettra de créer 500 emplois.", FigureBasis.Projected)]
    [InlineData("Le plan a permis à la banque Varbank d'économiser 300 millions d'euros.", FigureBasis.Reported)]
    public void What_a_plan_is_to_bring_about_is_a_target(string body, FigureBasis basis) => Assert.Equal(basis, Single(body).Basis);

    // « chez » names the firm of the count right before it, past a year but not past another count.
    [Fact]
    public void The_firm_after_chez_is_the_nearest_count_s()
    {
        var figures = Figures("", "L'IA menace 300 millions d'emplois dans le monde et elle en menace 7 800 chez Varnex.");
        Assert.Equal((null, "Varnex"), (figures.Single(f => f.Value == 300000000m).Subject, figures.Single(f => f.Value == 7800m).Subject));
        Assert.Equal("Varnex", Single("98 personnes ont été remerciées en 2024 chez Varnex.").Subject);
        Assert.Equal("Varnex", Single("98 personnes ont été remerciées le 12 mars chez Varnex.").Subject);
    }

    [Fact]
    public void Jobs_within_the_group_talked_about_are_its_own() =>
        Assert.Equal("Telvane", Valued("Le groupe Telvane veut réduire ses coûts. Cela pourrait se traduire par près de 6 000 emplois en moins au sein du groupe "
            + "informatique américain.", 6000m).Subject);

    [Theory]
    [InlineData("Comptant parmi les plus grandes agences du monde avec plus de 9 000 collaborateurs dans plus de 40 pays, le groupe français Dorvane s'est saisi de l'IA.", "Dorvane")]
    [InlineData("Avec 9 000 collaborateurs dans plus de 40 pays et une croissance de 8 %, l'agence Dorvane mise sur l'IA.", "Dorvane")]
    [InlineData("Avec 9 000 collaborateurs dans plus de 40 pays, selon le cabinet Varlane, l'agence Dorvane mise sur l'IA.", null)]
    public void A_phrase_fronted_before_the_main_clause_describes_its_subject(string body, string? subject) =>
        Assert.Equal(subject, Valued(body, 9000m).Subject);
}
