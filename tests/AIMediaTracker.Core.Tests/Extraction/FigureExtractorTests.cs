using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

public sealed class FigureExtractorTests
{
    private static IReadOnlyList<FigureFact> Extract(string text) => FigureExtractor.Extract(ArticleText.From(text));

    private static FigureFact Single(string text) => Assert.Single(Extract(text));

    [Theory]
    [InlineData("Le groupe supprimera 1 250 emplois d'ici 2026.", 1250, "jobs", false)]
    [InlineData("Près de 204\u00A0000 emplois pourraient être touchés.", 204000, "jobs", true)]
    [InlineData("L'usine emploie 3\u202F400 salariés.", 3400, "people", false)]
    [InlineData("Le plan prévoit 1.500 suppressions de postes.", 1500, "jobs", false)]
    [InlineData("Le groupe supprimera 1,5 million de postes.", 1500000, "jobs", false)]
    [InlineData("L'enquête couvre des employeurs représentant quelque 14 millions de salariés.", 14000000, "people", true)]
    [InlineData("La filière compte deux cent mille travailleurs.", 200000, "people", false)]
    [InlineData("La chaîne va licencier une centaine de journalistes.", 100, "people", true)]
    [InlineData("Le studio emploie un millier de personnes.", 1000, "people", true)]
    [InlineData("Le groupe compte plus de 3 000 collaborateurs.", 3000, "people", true)]
    [InlineData("Selon le cabinet Varnex, plus de 400 M d'emplois seraient perdus dans le monde.", 400000000, "jobs", true)]
    [InlineData("Le secteur emploie 1,2 M de personnes.", 1200000, "people", false)]
    public void Reads_counts_of_jobs_and_people(string text, double value, string unit, bool approximate)
    {
        var figure = Extract(text)[0];
        Assert.Equal((decimal)value, figure.Value);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(approximate, figure.Approximate);
    }

    [Theory]
    [InlineData("L'éditeur, qui a déjà réduit ses effectifs de 1 700 personnes en deux ans, poursuit son plan.", 1700)]
    [InlineData("La réduction de ses effectifs de 450 postes est actée.", 450)]
    [InlineData("Le diffuseur a annoncé jeudi l'abolition de 1 200 postes.", 1200)]
    [InlineData("Le studio a réduit ses équipes de 120 personnes.", 120)]
    [InlineData("Le groupe a licencié 300 contractuels.", 300)]
    [InlineData("Le groupe annonce une réduction de ses effectifs de 1 200 salariés.", 1200)]
    [InlineData("La direction annonce la réduction de 30 postes équivalent plein-temps.", 30)]
    [InlineData("Lancé en 2010, l'outil a coûté au secteur l'équivalent de 28 000 emplois.", 28000)]
    public void A_workforce_reduced_by_a_count_is_a_loss(string text, double value)
    {
        var figure = Single(text);
        Assert.Equal((decimal)value, figure.Value);
        Assert.Equal(FigureKind.JobsLost, figure.Kind);
    }

    [Fact]
    public void A_reduction_of_a_range_of_jobs_loses_both_ends() =>
        Assert.Equal([FigureKind.JobsLost, FigureKind.JobsLost],
            Extract("La direction annonce la réduction de 25 à 30 postes équivalent plein-temps.").Select(f => f.Kind));

    // An amount said again without its currency is the one said before, and a part of it named after it counts the same.
    [Fact]
    public void An_amount_said_again_without_its_currency_keeps_it_and_gives_it_to_its_part()
    {
        var figures = Extract("Le sommet donne lieu à l'annonce de 37 milliards d'euros d'investissements. "
            + "Sur les 37 milliards annoncés par le gouvernement, 20 milliards correspondent à des projets nouveaux.");
        Assert.Contains(figures, f => (f.Kind, f.Value, f.Unit) == (FigureKind.Money, 20000000000m, "EUR"));
        Assert.DoesNotContain(figures, f => f.Unit != "EUR");
    }

    [Fact]
    public void A_bare_amount_that_repeats_no_amount_takes_no_currency() =>
        Assert.DoesNotContain(Extract("Le budget atteint 12 milliards d'euros. Sur les 37 milliards annoncés par le gouvernement, 20 milliards sont nouveaux."),
            f => f.Value is 37000000000m or 20000000000m);

    // The count said again between commas is no end to the first one's words: the verb after it is still the first one's.
    [Theory]
    [InlineData("Au total, 4,7 millions d'emplois, soit un emploi sur quatre au Canada, sont à risque d'être remplacés.", FigureKind.JobsAtRisk)]
    [InlineData("En tout, 1 250 postes, soit 5 % de l'effectif, ont été supprimés l'an dernier.", FigureKind.JobsLost)]
    [InlineData("Quelque 3 000 emplois, c'est-à-dire un poste sur dix, seront créés d'ici 2027.", FigureKind.JobsCreated)]
    public void A_restatement_between_commas_leaves_the_verb_after_it_to_the_count_before(string text, FigureKind kind)
    {
        var figures = Extract(text);
        Assert.Equal(kind, figures[0].Kind);
        Assert.Equal(FigureKind.ShareOfJobs, figures[1].Kind);
    }

    [Fact]
    public void A_part_given_as_a_range_keeps_both_ends_and_their_own_words()
    {
        var figures = Extract("En France, la publicité emploie quelque 120 000 salariés, dont 20 000 à 30 000 pourraient voir leur poste disparaître.");
        Assert.Equal([120000m, 20000m, 30000m], figures.Select(f => f.Value));
        Assert.Equal(FigureKind.Workforce, figures[0].Kind);
        Assert.All(figures.Skip(1), f => Assert.Equal((FigureKind.JobsAtRisk, "people"), (f.Kind, f.Unit)));
    }

    [Fact]
    public void Hires_frozen_or_suspended_are_no_jobs_created()
    {
        Assert.Empty(Extract("Tout a commencé au printemps 2023, quand le groupe a gelé 7 800 embauches."));
        Assert.Empty(Extract("Le groupe suspend 300 recrutements."));
        Assert.Equal(FigureKind.JobsCreated, Single("Le groupe va procéder à 7 800 embauches.").Kind);
    }

    // A count in what the sentence denies is no announcement; a possibility left open (« il n'est pas exclu que ») still is one.
    [Theory]
    [InlineData("Le groupe Varnex étudie l'IA, mais cela ne signifie pas pour autant que 7 800 employés vont être licenciés.")]
    [InlineData("Cela ne veut pas dire que 300 millions d'emplois vont disparaître.")]
    [InlineData("Rien ne dit que 2 000 postes seront supprimés chez Varnex.")]
    public void A_count_in_what_a_sentence_denies_is_no_job_figure(string text) => Assert.Empty(Extract(text));

    // How much more or less (« 66 % plus rapide ») compares; it is no share of jobs, even beside them.
    [Theory]
    [InlineData("Dans les emplois exposés à l'IA, les compétences évoluent à un rythme 66 % plus rapide.")]
    [InlineData("Les salaires des postes liés à l'IA sont 56 % plus élevés que la moyenne.")]
    public void A_percentage_comparing_is_no_share_of_jobs(string text) => Assert.Empty(Extract(text));

    // « en » before a bare number stands for what an earlier count of the sentence counts; its own verb says what happens to
    // them, or, without one, the noun that count was.
    [Theory]
    [InlineData("L'IA menace 300 millions d'emplois dans le monde et elle en menace 7 800 chez Varnex.", 7800, FigureKind.JobsAtRisk)]
    [InlineData("Après 900 suppressions de postes en 2024, la banque Varnex en a annoncé 1 800 supplémentaires.", 1800, FigureKind.JobsLost)]
    [InlineData("Le groupe a annoncé 500 embauches, mais en supprimera 200 en 2025.", 200, FigureKind.JobsLost)]
    public void A_bare_count_after_en_counts_what_the_earlier_count_counts(string text, int value, FigureKind kind)
    {
        var figure = Extract(text).Single(f => f.Value == value);
        Assert.Equal(("jobs", kind), (figure.Unit, figure.Kind));
    }

    // What a sentence gives as possible is a risk, and a projection: « il est possible que », « il n'est pas exclu que ».
    [Theory]
    [InlineData("Il est possible que 500 postes soient supprimés chez Varnex.")]
    [InlineData("Il n'est pas exclu que 500 postes soient supprimés chez Varnex.")]
    [InlineData("Il est probable que 500 postes seront supprimés chez Varnex.")]
    public void Cuts_given_as_possible_are_at_risk(string text) =>
        Assert.Equal((FigureKind.JobsAtRisk, FigureBasis.Projected), (Single(text).Kind, Single(text).Basis));

    [Theory]
    [InlineData("Cela ne signifie pas que l'IA est inutile, mais 2 000 postes seront supprimés chez Varnex.")]
    [InlineData("Il n'est pas exclu que 2 000 postes soient supprimés chez Varnex.")]
    public void A_count_outside_a_denial_stays_a_job_figure(string text) => Assert.Equal(2000m, Single(text).Value);

    [Fact]
    public void A_recruitment_firm_s_trade_hires_no_one_where_a_recruitment_plan_does()
    {
        // The cue's exception reaches past the few words the classifier reads before the number.
        Assert.Equal(FigureKind.Workforce, Single("Jason Leverant dirige AtWork Group, une franchise nationale de recrutement fournissant plus de 40 000 travailleurs à divers secteurs.").Kind);
        Assert.NotEqual(FigureKind.JobsCreated, Single("Le cabinet de recrutement Hays a placé 40 000 intérimaires l'an dernier.").Kind);
        Assert.Equal(FigureKind.JobsCreated, Single("Le groupe lance un plan de recrutement de 500 personnes.").Kind);
        Assert.Equal(FigureKind.JobsCreated, Single("Le cabinet de recrutement prévoit 300 recrutements.").Kind);
        Assert.Equal(FigureKind.JobsLost, Single("À partir de 2026, 300 postes seront supprimés.").Kind);
    }

    [Fact]
    public void Cuts_already_known_stay_cuts_behind_a_modal_of_the_writer()
    {
        var known = Single("On peut même ajouter à ce chiffre les 48 000 suppressions d'emploi chez UPS depuis le début de l'année.");
        Assert.Equal((FigureKind.JobsLost, FigureBasis.Reported), (known.Kind, known.Basis));
        Assert.Equal(FigureKind.JobsLost, Single("Le plan pourrait s'ajouter aux 48 000 suppressions d'emploi déjà annoncées par le groupe.").Kind);
        var risk = Single("Le plan pourrait entraîner 48 000 suppressions d'emploi chez UPS.");
        Assert.Equal((FigureKind.JobsAtRisk, FigureBasis.Projected), (risk.Kind, risk.Basis));
    }

    [Fact]
    public void A_cut_by_a_number_counts_what_is_named_after_it()
    {
        var postes = Single("Nestlé a indiqué le 16 octobre qu'elle allait réduire de 16.000 le nombre de postes à l'échelle mondiale d'ici deux ans.");
        Assert.Equal((FigureKind.JobsLost, 16000m, "jobs"), (postes.Kind, postes.Value, postes.Unit));
        Assert.Equal((FigureKind.JobsLost, 300m, "people"), Triple(Single("Renault va diminuer de 300 ses effectifs en France.")));
        Assert.Equal((FigureKind.JobsLost, 2000m, "people"), Triple(Single("Le groupe a réduit de 2 000 le nombre de ses salariés.")));
        // What is not a job or a worker is no figure; a share keeps its reading.
        Assert.Empty(Extract("La ville a réduit de 200 le nombre de places de parking."));
        Assert.Empty(Extract("Le chômage a reculé : la mesure a réduit de 200 000 le nombre de chômeurs."));
        Assert.Equal(FigureKind.ShareOfJobs, Single("Nestlé va réduire de 10 % ses effectifs.").Kind);

        static (FigureKind, decimal, string) Triple(FigureFact f) => (f.Kind, f.Value, f.Unit);
    }

    [Fact]
    public void A_share_cut_from_the_staff_named_after_it_is_a_share_of_jobs()
    {
        var figure = Single("Le groupe va réduire d'environ 10 % les effectifs de ses studios.");
        Assert.Equal((FigureKind.ShareOfJobs, 10m, "percent", true), (figure.Kind, figure.Value, figure.Unit, figure.Approximate));
        Assert.Empty(Extract("Le groupe va réduire de 10 % les coûts de ses studios."));
        Assert.Empty(Extract("Le nombre d'offres d'emploi pour les rédacteurs a baissé de 21 % en un an."));
        Assert.Equal(FigureKind.ShareOfJobs, Single("L'agence a réduit de 15 % le nombre de ses traducteurs en un an.").Kind);
        Assert.Equal(FigureKind.ShareOfJobs, Single("Le groupe va réduire ses effectifs de 10 % les deux prochaines années.").Kind);
        Assert.Equal(FigureKind.ShareOfJobs, Single("Le studio réduit quant à lui ses équipes de 5 %.").Kind);
    }

    [Theory]
    [InlineData("La start-up a levé 80 millions de dollars.", 80000000, "USD")]
    [InlineData("Elle est valorisée 1,1 milliard de dollars.", 1100000000, "USD")]
    [InlineData("Le chiffre d'affaires atteint environ 1,3 milliard d'euros.", 1300000000, "EUR")]
    [InlineData("Le fonds a investi 300 M€ dans la société.", 300000000, "EUR")]
    [InlineData("Le contrat pèse 2,6 Md$ sur cinq ans.", 2600000000, "USD")]
    [InlineData("La prime atteint 50 k€ par an.", 50000, "EUR")]
    [InlineData("Le studio a reçu 150 000 $ de dommages.", 150000, "USD")]
    [InlineData("La BBC a dépensé 20 millions de livres sterling.", 20000000, "GBP")]
    [InlineData("Le groupe a versé 3 millions de francs suisses.", 3000000, "CHF")]
    [InlineData("La société a levé 40 millions de dollars canadiens.", 40000000, "CAD")]
    [InlineData("La banque a investi 2 milliards de dollars singapouriens.", 2000000000, "SGD")]
    [InlineData("Un accord de deux milliards d'euros a été signé.", 2000000000, "EUR")]
    [InlineData("Le budget s'élève à €1,5 milliard.", 1500000000, "EUR")]
    [InlineData("Une cinquantaine de millions de dollars par an, c'est beaucoup.", 50000000, "USD")]
    public void Reads_every_amount_of_money(string text, double value, string unit)
    {
        var figure = Single(text);
        Assert.Equal(FigureKind.Money, figure.Kind);
        Assert.Equal((decimal)value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    // A scale after digits is read with them; the same scale after a spelled number, a few words on,
    // is still a number in words (the pattern for those runs only where a spelled number can be).
    [Fact]
    public void Spelled_numbers_are_read_beside_amounts_in_digits()
    {
        var figures = Extract("La start-up a levé 2,5 millions d'euros ; le groupe, lui, a levé deux\nmillions d'euros et 3 milliards de dollars.");
        Assert.Equal([2_500_000m, 2_000_000m, 3_000_000_000m], figures.Select(f => f.Value));
    }

    [Fact]
    public void A_paragraph_ending_on_a_number_is_not_continued_by_the_next_paragraph_s_first_word()
    {
        // « Livres » opens the next paragraph (a magazine's name): 78 millions is not £78M.
        var figures = Extract("Titre\n\nLe rapport prévoit la disparition de 92 millions d'emplois, soit un solde positif de 78 millions\n\n"
            + "Livres Hebdo a annoncé la suppression de 2 147 postes dans la musique.");
        Assert.DoesNotContain(figures, f => f.Unit == "GBP");
        Assert.Contains(figures, f => f.Value == 92_000_000m && f.Unit == "jobs");
        Assert.Contains(figures, f => f.Value == 2147m && f.Kind == FigureKind.JobsLost);
    }

    [Fact]
    public void A_share_ending_a_paragraph_is_not_of_the_next_paragraph_s_first_words()
    {
        // A heading after a paragraph that ends on « 22,4% »: not « 22,4 % des emplois automatisés ».
        var figures = Extract("Titre\n\nDans le pays, le taux d'exposition est estimé à 22,4%\n\nDes emplois automatisés sous l'effet de la productivité");
        Assert.DoesNotContain(figures, f => f.Kind == FigureKind.ShareOfJobs);
    }

    [Fact]
    public void The_numbers_of_a_ratio_of_respondents_are_no_count() =>
        Assert.Empty(Extract("« Une avancée » : plus de 4 cadres sur 10 utilisent l'IA au travail"));

    [Fact]
    public void Staff_reduced_by_a_number_past_an_adverb_are_jobs_lost()
    {
        Assert.Equal(FigureKind.JobsLost, Single("Le groupe Varnex réduit considérablement ses effectifs d'environ 1 000 postes.").Kind);
        Assert.Equal(FigureKind.ShareOfJobs, Single("Le studio Kelvane va réduire fortement ses effectifs de 10 %.").Kind);
    }

    [Fact]
    public void Swiss_french_groups_thousands_with_an_apostrophe()
    {
        var figure = Single("Le groupe Varnex a annoncé qu'il allait supprimer quelque 12'000 emplois.");
        Assert.Equal(FigureKind.JobsLost, figure.Kind);
        Assert.Equal(12000m, figure.Value);
    }

    [Fact]
    public void Workers_who_see_their_job_go_are_a_share_of_jobs() =>
        Assert.Equal(FigureKind.ShareOfJobs, Single("Le groupe va supprimer des postes : 10 % voient leur poste disparaître.").Kind);

    [Fact]
    public void A_share_of_employees_after_pour_inside_a_clause_stays_a_share() =>
        Assert.Equal(FigureKind.ShareOfJobs, Single("Le plan prévoit de supprimer des postes pour 10 % des salariés, selon la direction.").Kind);

    [Fact]
    public void The_press_a_figure_is_credited_to_is_no_sector_of_it() =>
        Assert.All(Extract("L'assureur Varnex va, selon la presse allemande, supprimer 1 500 à 1 800 postes."), f => Assert.Null(f.Sector));

    [Fact]
    public void People_are_not_the_world()
    {
        Assert.Null(Single("Avec 2800 membres, l'ordre n'a jamais représenté autant de monde.").Region);
        Assert.Equal("monde", Single("Le groupe emploie 2 000 personnes dans le monde.").Region);
    }

    [Fact]
    public void A_currency_s_country_is_not_the_figure_s_region()
    {
        Assert.Null(Single("Le studio a reçu environ 745 millions de dollars américains.").Region);
        Assert.Null(Single("Le groupe a versé 3 millions de francs suisses.").Region);
    }

    [Fact]
    public void A_leading_currency_symbol_wins_over_a_contradictory_word()
    {
        var figure = Single("Il a reporté un projet d'expansion de $800 millions d'euros.");
        Assert.Equal("USD", figure.Unit);
        Assert.Equal(800000000m, figure.Value);
        Assert.Equal("$800 millions d'euros", ArticleText.From("Il a reporté un projet d'expansion de $800 millions d'euros.")[figure.Span]);
    }

    [Theory]
    [InlineData("Environ 21% d'emplois devraient être touchés.", 21, true)]
    [InlineData("Au total, 22 % des emplois actuels seraient concernés.", 22, false)]
    [InlineData("Le groupe a supprimé 1 250 postes, soit 5 % de ses effectifs.", 5, false)]
    [InlineData("Jusqu'à 30 pour cent des postes de doubleurs pourraient disparaître.", 30, true)]
    [InlineData("L'IA menace 12,5 % de la main-d'œuvre.", 12.5, false)]
    [InlineData("Un emploi sur cinq pourrait être automatisé.", 20, false)]
    [InlineData("Près d'un traducteur indépendant sur deux a perdu des clients.", 50, true)]
    [InlineData("Deux postes sur trois seront transformés.", 66.67, false)]
    [InlineData("La moitié des emplois de bureau sera touchée.", 50, false)]
    [InlineData("Les deux tiers des salariés du secteur seront formés.", 66.67, false)]
    [InlineData("Le groupe veut réduire ses effectifs de 10 % d'ici 2026.", 10, false)]
    [InlineData("Cela représente quelque dix pour cent de son personnel.", 10, true)]
    [InlineData("La banque supprime vingt-cinq pour cent de ses postes.", 25, false)]
    public void Reads_shares_of_jobs(string text, double value, bool approximate)
    {
        var figure = Extract(text).Single(f => f.Unit == "percent");
        Assert.Equal(FigureKind.ShareOfJobs, figure.Kind);
        Assert.Equal((decimal)value, figure.Value);
        Assert.Equal(approximate, figure.Approximate);
    }

    // The words round the survey's percentage; the brackets give it: one figure, the exact one.
    [Theory]
    [InlineData("Quatre traductrices sur dix (36 %) ont déjà perdu des contrats.", 36)]
    [InlineData("Un poste de conseiller sur cinq (soit 21,5 %) sera supprimé.", 21.5)]
    [InlineData("Les deux tiers des doubleurs (64 %) ont vu leurs cachets baisser.", 64)]
    public void Reads_the_exact_share_in_brackets_after_a_rounded_one(string text, double value)
    {
        var figure = Assert.Single(Extract(text));
        Assert.Equal(FigureKind.ShareOfJobs, figure.Kind);
        Assert.Equal((decimal)value, figure.Value);
    }

    [Fact]
    public void Respondents_stay_respondents_with_their_exact_share_in_brackets() =>
        Assert.Empty(Extract("La moitié des salariés (47,5 %) craignent pour leur poste."));

    [Theory]
    [InlineData("30 % des sondés disent utiliser l'IA au travail.")]
    [InlineData("40 % des employeurs prévoient de réduire leurs effectifs.")]
    [InlineData("Jusqu'à 30 % des heures travaillées pourraient être automatisées.")]
    [InlineData("Le robot a pris en charge 47 % des demandes des clients.")]
    [InlineData("Le groupe vise 10 % de ses ventes par ce canal.")]
    [InlineData("45 % des salariés estiment que l'IA menace leur emploi.")]
    [InlineData("IA : 44 % des salariés ne savent pas à quoi s'attendre")]
    [InlineData("Selon le sondage, 30 % des traducteurs s'attendent à perdre des contrats.")]
    [InlineData("Pourtant, la crainte de perdre son emploi reste limitée : 21% s'inquiètent que l'IA reprenne leur travail.")]
    [InlineData("Les élus voient un risque pour l'emploi, et 50% indiquent que cette technologie dégrade les conditions de travail des salariés.")]
    [InlineData("Pour 48% des cadres, « le déploiement de l'IA dans le monde professionnel est une avancée ».")]
    [InlineData("Un Français sur deux utilise déjà ChatGPT.")]
    [InlineData("La moitié des entreprises ont adopté l'IA.")]
    [InlineData("Le candidat a obtenu 52 % des voix.")]
    [InlineData("Le regard des cadres sur l'impact de l'IA sur leur métier est nuancé : 37 % y voient une opportunité.")]
    [InlineData("Peu de cadres ont été formés à l'IA dans leur emploi, alors que 72 % le souhaitent.")]
    [InlineData("Une enquête révèle que 49% des studios utilisent déjà l'IA, et 80% des employés s'en inquiètent.")]
    [InlineData("Selon l'enquête, 62 % des salariés se méfient de l'IA.")]
    public void Ignores_percentages_of_anything_but_jobs(string text) => Assert.Empty(Extract(text));

    [Theory]
    [InlineData("Le studio a été fondé en 2021 à Pittsburgh.")]
    [InlineData("OpenAI organise des réunions 2 SEMAINES après l'annonce.")]
    [InlineData("Camille Arnaud, 33 ans, traductrice installée à Lyon.")]
    [InlineData("La plainte, longue d'environ 110 pages, aligne des exemples.")]
    [InlineData("L'application compte près de 21 millions d'utilisateurs.")]
    [InlineData("Le groupe est présent dans 31 pays et 55 économies.")]
    [InlineData("La série compte 24 épisodes de 45 minutes.")]
    [InlineData("C'est la 3e fois, le 1er janvier, à 20 heures.")]
    [InlineData("Voir https://t.co/L1Hyw200muvjI et @Rahll2024 ou www.site.fr/2024/300-emplois.")]
    [InlineData("L'outil traduit une vidéo dans une vingtaine de langues en trois heures.")]
    [InlineData("Des centaines de milliers d'emplois sont menacés.")]
    [InlineData("Payée deux fois moins, elle a reçu un courriel.")]
    [InlineData("Une enquête auprès de plus de 1 000 employeurs a été menée.")]
    public void Ignores_numbers_that_measure_no_impact(string text) => Assert.Empty(Extract(text));

    [Theory]
    [InlineData("News Corp avait annoncé la suppression de 1 250 emplois.", FigureKind.JobsLost)]
    [InlineData("Le groupe va supprimer 300 postes en France.", FigureKind.JobsLost)]
    [InlineData("BuzzFeed a licencié 180 personnes.", FigureKind.JobsLost)]
    [InlineData("Quelque 92 millions d'emplois seront détruits d'ici 2030.", FigureKind.JobsLost)]
    [InlineData("Le journal a perdu 400 postes en dix ans.", FigureKind.JobsLost)]
    [InlineData("Le plan social prévoit 1 200 licenciements.", FigureKind.JobsLost)]
    [InlineData("Le groupe prévoit de réduire ses effectifs de 1 500 personnes.", FigureKind.JobsLost)]
    [InlineData("Le groupe se sépare de 300 salariés.", FigureKind.JobsLost)]
    [InlineData("Avec environ 1 800 emplois menacés, la musique n'est pas à l'abri.", FigureKind.JobsAtRisk)]
    [InlineData("Jusqu'à 300 millions d'emplois pourraient être remplacés par l'IA.", FigureKind.JobsAtRisk)]
    [InlineData("Quelque 7 800 postes pourraient disparaître chez IBM.", FigureKind.JobsAtRisk)]
    [InlineData("L'IA pourrait supprimer 2 000 emplois dans la banque.", FigureKind.JobsAtRisk)]
    [InlineData("La liquidation menace 3 000 emplois.", FigureKind.JobsAtRisk)]
    [InlineData("Près de 40 000 salariés sont exposés à l'automatisation.", FigureKind.JobsAtRisk)]
    [InlineData("Le rapport prévoit la création de 170 millions d'emplois.", FigureKind.JobsCreated)]
    [InlineData("Ingka a formé quelque 8 500 salariés au conseil à distance.", FigureKind.JobsAffected)]
    [InlineData("Environ 50 000 emplois seront touchés par l'IA générative.", FigureKind.JobsAffected)]
    [InlineData("L'IA contraindrait 12 millions d'Américains à changer de métier.", FigureKind.JobsAffected)]
    [InlineData("Quelque 370 000 personnes verront leur fonction changer ou disparaître à cause de l'IA.", FigureKind.JobsAffected)]
    [InlineData("Le groupe va recruter 500 ingénieurs.", FigureKind.JobsCreated)]
    [InlineData("Le groupe emploie environ 175 000 personnes dans 31 pays.", FigureKind.Workforce)]
    [InlineData("Le syndicat, qui compte environ 6 000 membres, réclame des garanties.", FigureKind.Workforce)]
    [InlineData("Le secteur ferait travailler quelque 3 000 comédiens en France.", FigureKind.Workforce)]
    [InlineData("Teleperformance, numéro un mondial avec près de 500 000 salariés, mise sur l'automatisation.", FigureKind.Workforce)]
    [InlineData("Ses quelque 700 salariés à temps plein ne sont pas concernés.", FigureKind.Workforce)]
    [InlineData("Le studio annonce le licenciement de 124 employés travaillant dans son équipe d'effets visuels.", FigureKind.JobsLost)]
    [InlineData("L'assistant généré par l'IA réalise un travail équivalent à 700 employés à temps plein.", FigureKind.JobsLost)]
    [InlineData("L'assistant pourrait remplacer 700 télé-conseillers.", FigureKind.JobsAtRisk)]
    [InlineData("Ce groupe médiatique va virer 30 personnes.", FigureKind.JobsLost)]
    [InlineData("Sa filiale française avait annoncé vouloir se débarrasser de plus de 200 salariés.", FigureKind.JobsLost)]
    [InlineData("La banque va biffer 3'000 emplois.", FigureKind.JobsLost)]
    public void Tells_the_kind_from_the_words_around_the_count(string text, FigureKind kind) =>
        Assert.Equal(kind, Single(text).Kind);

    [Theory]
    [InlineData("IBM va geler les embauches pour quelque 7 800 postes qui pourraient être remplacés par l'IA.", FigureKind.JobsAtRisk)]
    [InlineData("Le plan de départs volontaires concerne 150 salariés.", FigureKind.JobsLost)]
    [InlineData("Le plan de licenciement touche 200 personnes en France.", FigureKind.JobsLost)]
    [InlineData("Aucun des 700 salariés ne sera licencié.", FigureKind.Workforce)]
    [InlineData("300 personnes pourraient perdre leur emploi.", FigureKind.JobsAtRisk)]
    [InlineData("L'entreprise investit dans la formation de ses 20 000 salariés.", FigureKind.Workforce)]
    [InlineData("Goldman Sachs estime que l'IA pourrait exposer l'équivalent de 300 millions d'emplois.", FigureKind.JobsAtRisk)]
    public void Reads_relative_clauses_negations_and_possessives(string text, FigureKind kind) =>
        Assert.Equal(kind, Single(text).Kind);

    [Theory]
    [InlineData("Plus de 10 000 artistes ont signé la lettre ouverte.")]
    [InlineData("Deux cents journalistes ont manifesté devant le siège.")]
    [InlineData("La plateforme revendique 2 millions d'abonnés et 300 000 utilisateurs actifs.")]
    [InlineData("Selon une étude, 62 % des Français craignent pour leur emploi.")]
    [InlineData("1 000 salariés interrogés se disent inquiets.")]
    public void Ignores_people_who_are_not_counted_as_workers(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void A_restating_figure_keeps_the_kind_of_the_one_it_restates()
    {
        var figures = Extract("Le Washington Post va supprimer 4 % de ses effectifs, soit environ 100 postes.");
        Assert.Equal([(FigureKind.ShareOfJobs, 4m), (FigureKind.JobsLost, 100m)], figures.Select(f => (f.Kind, f.Value)));
    }

    [Fact]
    public void A_subset_introduced_by_dont_borrows_the_unit()
    {
        var figures = Extract("Plus de 4 000 emplois ont été supprimés en mai, dont 3 900 attribués à l'IA.");
        Assert.Equal([4000m, 3900m], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal((FigureKind.JobsLost, "jobs"), (f.Kind, f.Unit)));
    }

    [Fact]
    public void A_bare_percentage_is_a_share_when_jobs_are_named_before_it()
    {
        var figures = Extract("5 % des emplois seront automatisés d'ici 2030 et 20 % seront transformés.");
        Assert.Equal([5m, 20m], figures.Select(f => f.Value));
        Assert.Empty(Extract("Les traducteurs ont vu leurs tarifs chuter de 30 %."));
    }

    // How much a count grew is no share of jobs, nor is anything over the whole; a cut of the workforce by a percentage is one.
    [Theory]
    [InlineData("Le nombre d'emplois dans les professions exposées à l'IA a augmenté de 442 % depuis 2019.")]
    [InlineData("Les offres d'emploi liées à l'IA générative sont en hausse de près de 41 %, selon le rapport.")]
    [InlineData("Les embauches de data scientists ont progressé de 12 % en un an.")]
    [InlineData("Les offres d'emploi dans l'IA : +35 % sur un an.")]
    public void A_growth_rate_is_no_share_of_jobs(string sentence) => Assert.Empty(Extract(sentence));

    [Fact]
    public void A_workforce_cut_by_a_percentage_is_still_a_share() =>
        Assert.Equal(10m, Assert.Single(Extract("Le groupe Norvane va réduire ses effectifs de 10 % d'ici 2026.")).Value);

    [Fact]
    public void Spelled_shares_one_after_another_are_each_read()
    {
        var figures = Extract("Le groupe supprime dix pour cent de ses postes. La banque supprime trente pour cent de ses postes. "
            + "Le studio supprime vingt pour cent de ses postes, et deux salariés sont partis.");
        Assert.Equal([10m, 30m, 20m], figures.Select(f => f.Value));
    }

    [Fact]
    public void Spelled_millions_and_approximate_thousands_are_read()
    {
        Assert.Equal(1_000_000m, Single("Près d'un million d'emplois pourraient disparaître.").Value);
        Assert.Equal(10_000m, Single("Une dizaine de milliers d'emplois sont en jeu.").Value);
    }

    [Theory]
    [InlineData("Au total, douze postes seraient concernés.", 12, FigureKind.JobsAffected)]
    [InlineData("Le groupe supprimera quarante-cinq emplois en 2026.", 45, FigureKind.JobsLost)]
    [InlineData("La rédaction annonce cinq licenciements.", 5, FigureKind.JobsLost)]
    public void A_small_number_in_words_counts_before_a_noun_of_jobs(string sentence, int value, FigureKind kind) =>
        Assert.Equal((value, kind), ((int)Single(sentence).Value, Single(sentence).Kind));

    [Theory]
    [InlineData("En tout, 12 500 emplois (des acteurs aux traducteurs en passant par les techniciens) sont menacés en France.")]
    [InlineData("Selon l'étude, 12 500 emplois - répartis dans 110 entreprises - sont « potentiellement menacés ».")]
    [InlineData("Selon l'étude, 12 500 emplois (comédiens, techniciens) – répartis dans 110 entreprises – sont menacés.")]
    [InlineData("Au total, 9.000 emplois (monteurs, mixeurs, techniciens...) sont « potentiellement menacés » en France.")]
    [InlineData("Au total, 9 000 emplois dans 80 studios de la filière sont potentiellement menacés.")]
    [InlineData("Au total, 9 000 emplois (monteurs, mixeurs…) dans ses 80 agences sont menacés.")]
    public void The_words_agreeing_with_a_count_come_after_its_asides(string sentence) =>
        Assert.Equal(FigureKind.JobsAtRisk, Single(sentence).Kind);

    [Fact]
    public void A_count_listed_after_a_cued_one_shares_its_kind()
    {
        var figures = Extract("Le plan social concerne 32 salariés en CDI (sur 200 environ) et 26 pigistes.");
        Assert.Equal([(32m, FigureKind.JobsLost), (26m, FigureKind.JobsLost)], figures.Select(f => (f.Value, f.Kind)));
    }

    [Fact]
    public void A_part_d_entre_eux_counts_what_the_whole_counts()
    {
        var figures = Extract("Les entreprises ont cité l'IA dans environ 48 000 suppressions d'emplois cette année - plus de 31 000 d'entre elles annoncées en octobre.");
        Assert.Equal([(48_000m, "jobs", FigureKind.JobsLost), (31_000m, "jobs", FigureKind.JobsLost)], figures.Select(f => (f.Value, f.Unit, f.Kind)));
    }

    [Theory]
    [InlineData("Au total, 140 des 900 salariés du groupe, installés à Lille (Nord), vont perdre leur emploi d'ici juin.")]
    [InlineData("Chez Zorbex, 140 de ses 900 employés seront licenciés d'ici juin.")]
    [InlineData("La société Zorbex va licencier 140 salariés sur 900 au profit de l'intelligence artificielle.")]
    public void A_part_counts_what_happens_and_the_whole_it_is_taken_from_is_the_staff(string sentence)
    {
        var figures = Extract(sentence);
        Assert.Equal([(140m, "people", FigureKind.JobsLost), (900m, "people", FigureKind.Workforce)], figures.Select(f => (f.Value, f.Unit, f.Kind)));
    }

    [Theory]
    [InlineData("Sur les 900 salariés de l'entreprise basée à Lille, 140 perdront leur travail d'ici juin.", "people")]
    [InlineData("Parmi ses 900 employés, 140 seront licenciés.", "people")]
    [InlineData("Sur les 900 emplois, 140 seront supprimés et remplacés par de l'intelligence artificielle.", "jobs")]
    public void A_whole_named_before_its_part_is_the_staff_and_the_part_counts_what_it_counts(string sentence, string unit)
    {
        var figures = Extract(sentence);
        Assert.Equal([(900m, unit, FigureKind.Workforce), (140m, unit, FigureKind.JobsLost)], figures.Select(f => (f.Value, f.Unit, f.Kind)));
    }

    // « 10 000 des 55 000 postes qui seraient supprimés »: the whole is the cut itself, as its relative clause says, not the staff.
    [Fact]
    public void A_whole_its_relative_clause_describes_is_what_the_clause_says() =>
        Assert.Equal([(800m, FigureKind.JobsLost), (5000m, FigureKind.JobsLost)],
            Extract("Au total, 800 des 5 000 postes qui seront supprimés sont liés à l'automatisation.").Select(f => (f.Value, f.Kind)));

    [Fact]
    public void Jobs_a_cut_is_taken_from_are_the_staff() =>
        Assert.Equal([(500m, FigureKind.JobsLost), (3000m, FigureKind.Workforce)], Extract("Le groupe Varnex va supprimer 500 postes sur 3 000.").Select(f => (f.Value, f.Kind)));

    [Fact]
    public void The_verb_after_an_aside_between_commas_tells_what_happens_to_the_count() =>
        Assert.Equal(FigureKind.JobsLost, Single("Les 450 salariés de l'usine, installés à Lille (Nord), seront licenciés en juin.").Kind);

    [Theory]
    [InlineData("Environ 16 000 comédiens se sont associés au mouvement.")]
    [InlineData("Environ 16 000 comédiens, représentés par le syndicat des artistes, se sont associés au mouvement.")]
    public void People_who_joined_a_movement_were_not_hired(string sentence) =>
        Assert.Equal(FigureKind.Workforce, Single(sentence).Kind);

    [Fact]
    public void Respondents_who_say_they_lost_their_job_are_a_share_of_jobs()
    {
        var figure = Single("D'après l'enquête, 11 % des développeurs de jeux ont déclaré avoir été licenciés au cours de l'année écoulée.");
        Assert.Equal((11m, FigureKind.ShareOfJobs), (figure.Value, figure.Kind));
        Assert.Empty(Extract("D'après l'enquête, 30 % des développeurs estiment que l'IA va supprimer des emplois."));
    }

    [Fact]
    public void A_fraction_of_the_people_surveyed_is_no_share_of_jobs() =>
        Assert.Empty(Extract("Plus de la moitié des développeurs interrogés travaillent pour des studios qui ont adopté l'IA."));

    [Fact]
    public void A_bare_number_listed_after_a_count_with_a_place_counts_the_same()
    {
        var figures = Extract("Les centres d'appels emploient 90 000 personnes au Maroc et plus de 20 000 en Tunisie.");
        Assert.Equal([(90_000m, "people"), (20_000m, "people")], figures.Select(f => (f.Value, f.Unit)));
        Assert.Single(Extract("Le groupe emploie 90 000 personnes et 20 000 ne sont pas concernés par la réforme de 2020."));
    }

    [Theory]
    [InlineData("Le nombre d'employés du groupe est passé de 500 en 2006 à 40 000 aujourd'hui.", 500, 40_000)]
    [InlineData("Ses effectifs sont passés de 5 000 à 3 800 en deux ans.", 5_000, 3_800)]
    public void A_count_named_before_its_change_gives_both_ends_a_unit(string sentence, int from, int to)
    {
        var figures = Extract(sentence);
        Assert.Equal([(from, "people", FigureKind.Workforce), (to, "people", FigureKind.Workforce)], figures.Select(f => ((int)f.Value, f.Unit, f.Kind)));
        Assert.Empty(Extract("Le nombre de visiteurs est passé de 500 à 40 000."));
    }

    [Fact]
    public void A_share_of_people_voicing_a_fear_is_no_share_of_jobs() =>
        Assert.Empty(Extract("L'étude relève des craintes exprimées par 71 % des créateurs quant à l'impact de l'IA sur leurs revenus."));

    [Fact]
    public void A_small_number_in_words_before_other_nouns_is_no_figure() =>
        Assert.Empty(Extract("Un poste de rédacteur est ouvert ; deux salariés et trois journalistes ont témoigné."));

    [Fact]
    public void A_nationality_counts_only_when_something_happens_to_it() =>
        Assert.Empty(Extract("Quelque 60 millions de Français regardent la télévision."));

    [Fact]
    public void A_range_gives_two_figures_sharing_the_unit_and_scale()
    {
        var figures = Extract("Le cabinet évaluait entre 2 600 et 4 400 milliards de dollars la valeur ajoutée.");
        Assert.Equal([2_600_000_000_000m, 4_400_000_000_000m], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal("USD", f.Unit));
    }

    [Theory]
    [InlineData("Le groupe informatique prévoit de supprimer 4000 à 6000 postes d'ici 2028.")]
    [InlineData("Le cabinet évaluait entre 2 600 et 4 400 milliards de dollars la valeur ajoutée.")]
    public void Only_the_upper_end_of_a_range_closes_it(string sentence) =>
        Assert.Equal([false, true], Extract(sentence).Select(f => f.ClosesRange));

    [Fact]
    public void Two_figures_of_one_sentence_close_no_range() =>
        Assert.All(Extract("Le groupe a supprimé 4 000 postes en 2023 et 6 000 postes en 2024."), f => Assert.False(f.ClosesRange));

    [Theory]
    [InlineData("Entre 20 et 30 % des emplois seraient concernés.")]
    [InlineData("Entre 20 % et 30 % des emplois seraient concernés.")]
    [InlineData("Les scénarios indiquent une réduction de 20 % à 30 % des effectifs.")]
    public void A_range_of_percentages_gives_two_shares(string sentence)
    {
        var figures = Extract(sentence);
        Assert.Equal([20m, 30m], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal(FigureKind.ShareOfJobs, f.Kind));
    }

    [Fact]
    public void The_departure_of_employees_is_a_loss()
    {
        Assert.Equal(FigureKind.JobsLost, Single("Le studio a fermé, entraînant le départ de 45 employés.").Kind);
        Assert.Equal(FigureKind.Workforce, Single("Au départ, 300 salariés travaillaient sur le projet.").Kind);
    }

    [Theory]
    [InlineData("Un sondage a été mené auprès de plus de 15 000 créateurs membres de la société d'auteurs.")]
    [InlineData("L'enquête a interrogé un échantillon de 2 000 salariés du secteur.")]
    public void A_survey_s_sample_is_no_workforce(string sentence) => Assert.Empty(Extract(sentence));

    [Fact]
    public void A_workforce_near_auprès_is_still_one() =>
        Assert.Equal(2000m, Assert.Single(Extract("La direction s'est engagée auprès de ses 2 000 salariés.")).Value);

    [Fact]
    public void An_approximate_count_may_be_definite()
    {
        var figures = Extract("Sur la cinquantaine de salariés de la branche, une trentaine ont été licenciés.");
        Assert.Equal([(FigureKind.Workforce, 50m), (FigureKind.JobsLost, 30m)], figures.Select(f => (f.Kind, f.Value)));
        Assert.Empty(Extract("Il a la cinquantaine et dirige le studio depuis dix ans."));
    }

    [Fact]
    public void A_share_may_name_its_jobs_without_de()
    {
        Assert.Equal(FigureKind.ShareOfJobs, Single("Le groupe va réduire de 10 % ses effectifs.").Kind);
        Assert.Empty(Extract("Le groupe a augmenté de 10 % ses revenus."));
    }

    [Fact]
    public void Two_shares_of_different_things_are_not_a_range() =>
        Assert.Equal([20m], Extract("Le groupe supprime 20 % des emplois et 30 % des dépenses.").Select(f => f.Value));

    [Fact]
    public void Elliptic_counts_take_the_unit_just_named()
    {
        var figures = Extract("Il prévoit la création de 170 millions d'emplois d'ici à 2030 et la disparition de 92 millions d'autres, soit un solde positif de 78 millions.");
        Assert.Equal(
            [(FigureKind.JobsCreated, 170_000_000m), (FigureKind.JobsLost, 92_000_000m), (FigureKind.JobsCreated, 78_000_000m)],
            figures.Select(f => (f.Kind, f.Value)));
        Assert.All(figures, f => Assert.Equal("jobs", f.Unit));
    }

    [Fact]
    public void A_headline_participle_classes_an_elliptic_count()
    {
        var figures = Extract("Emploi et IA : 170 millions de postes créés, 92 millions détruits d'ici 2030");
        Assert.Equal([FigureKind.JobsCreated, FigureKind.JobsLost], figures.Select(f => f.Kind));
        Assert.All(figures, f => Assert.Equal(2030, f.Year));
    }

    [Fact]
    public void A_repeated_fact_is_listed_once()
    {
        var figures = Extract("La start-up a levé 80 millions de dollars. Les 80 millions de dollars serviront à recruter.");
        Assert.Single(figures);
    }

    [Fact]
    public void The_same_time_span_carries_the_previous_horizon()
    {
        var figures = Extract("Environ 21 % d'emplois devraient être touchés d'ici 2026. La musique n'est pas à l'abri, avec environ 1 800 emplois menacés dans le même laps de temps.");
        Assert.Equal([2026, 2026], figures.Select(f => f.Year));
    }

    [Fact]
    public void Reads_region_and_sector_from_the_sentence()
    {
        var figure = Single("La perte de 204 000 emplois dans le secteur du divertissement rien qu'aux États-Unis.");
        Assert.Equal("États-Unis", figure.Region);
        Assert.Equal("divertissement", figure.Sector);
    }

    [Theory]
    [InlineData("A date, 1 200 employés ont été licenciés – surtout aux Etats-Unis -, sur un effectif global de plus de 75 000 salariés.", 75000)]
    [InlineData("Ces 1 200 postes supprimés ramèneraient les effectifs du groupe de près de 79 000 à 77 800 salariés.", 79000)]
    [InlineData("Ces 1 200 postes supprimés ramèneraient les effectifs du groupe de près de 79 000 à 77 800 salariés.", 77800)]
    public void The_size_of_a_staff_is_a_workforce_beside_a_cut(string sentence, double value) =>
        Assert.Equal(FigureKind.Workforce, Extract(sentence).Single(f => f.Value == (decimal)value).Kind);

    [Theory]
    [InlineData("En Belgique, l'industrie des professionnels de la voix pèse plus de 240 millions d'euros par an.", "voix")]
    [InlineData("Le secteur de la grande distribution va supprimer 500 postes.", "grande distribution")]
    public void A_sector_named_after_its_head_noun_gives_way_to_a_known_one(string sentence, string sector) =>
        Assert.Equal(sector, Single(sentence).Sector);

    [Fact]
    public void Where_the_people_a_verb_touches_work_does_not_make_them_a_workforce() =>
        Assert.Equal(FigureKind.JobsAffected, Single("Cela va toucher 15.000 personnes qui travaillent dans les studios, des comédiens, des ingénieurs du son.").Kind);

    [Fact]
    public void Artificial_intelligence_is_what_touches_the_jobs_not_their_sector() =>
        Assert.Null(Single("Selon l'étude, l'intelligence artificielle pourrait supprimer 300 000 emplois.").Sector);

    // The noun before a firm's name says what the firm is: the figure's sector when the figure is that firm's.
    [Theory]
    [InlineData("Dans une étude, la banque d'affaires américaine Norvane Capital avançait le chiffre de 300 millions d'emplois menacés dans le monde.", null)]
    [InlineData("La banque Norvane Capital va supprimer 9 000 postes d'ici 2027.", "banque")]
    public void A_noun_describing_the_source_is_no_sector_of_others_jobs(string sentence, string? sector) =>
        Assert.Equal(sector, Assert.Single(ArticleExtractor.Extract(new ArticleDocument("", sentence)).Figures).Sector);

    [Fact]
    public void Each_figure_of_a_sentence_takes_the_region_and_sector_nearest_to_it()
    {
        var figures = Extract("La presse française supprime 300 emplois, tandis que 500 emplois du cinéma disparaissent au Canada.");
        Assert.Equal([("France", "presse"), ("Canada", "cinéma")], figures.Select(f => (f.Region, f.Sector)));
    }

    [Fact]
    public void The_span_covers_the_hedge_the_number_and_its_noun()
    {
        const string sentence = "Le secteur emploie près de 550 000 personnes.";
        var text = ArticleText.From(sentence);
        var figure = Assert.Single(FigureExtractor.Extract(text));
        Assert.Equal("près de 550 000 personnes", text[figure.Span]);
    }

    [Theory]
    [InlineData("OpenAI a signé un accord de 250 millions de dollars (230 millions d'euros) avec News Corp.")]
    [InlineData("L'accord vaut 250 millions de dollars, soit environ 230 millions d'euros.")]
    public void A_conversion_into_another_currency_is_the_same_amount(string text) =>
        Assert.Equal(250_000_000m, Single(text).Value);

    [Fact]
    public void A_share_of_a_counted_workforce_keeps_both_figures()
    {
        var figures = Extract("Le géant a licencié 10 000 personnes, soit 5 % de ses 200 000 salariés.");
        Assert.Equal(
            [(FigureKind.JobsLost, 10_000m), (FigureKind.ShareOfJobs, 5m), (FigureKind.Workforce, 200_000m)],
            figures.Select(f => (f.Kind, f.Value)));
    }

    [Fact]
    public void A_later_wave_introduced_by_puis_borrows_the_unit()
    {
        var figures = Extract("Meta a licencié 11 000 employés en novembre 2022 puis 10 000 en mars 2023.");
        Assert.Equal([(11_000m, 2022), (10_000m, 2023)], figures.Select(f => (f.Value, f.Year ?? 0)));
    }

    [Fact]
    public void Both_ends_of_a_range_share_the_kind()
    {
        var figures = Extract("L'IA pourrait supprimer entre 300 et 400 postes d'ici 2027.");
        Assert.Equal([(FigureKind.JobsAtRisk, 300m), (FigureKind.JobsAtRisk, 400m)], figures.Select(f => (f.Kind, f.Value)));
        Assert.All(figures, f => Assert.Equal(2027, f.Year));
    }

    [Theory]
    [InlineData("Selon le FMI, 30 % de la population active pourrait être touchée.", 30)]
    [InlineData("Quasi 40 % des emplois de la banque sont concernés.", 40)]
    public void Reads_shares_of_the_workforce(string text, double value) =>
        Assert.Equal((FigureKind.ShareOfJobs, (decimal)value), (Single(text).Kind, Single(text).Value));

    [Theory]
    [InlineData("Le groupe supprimera ~300 postes.")]
    [InlineData("Autour de 2 000 salariés seront reconvertis.")]
    [InlineData("Presque 1 000 emplois ont disparu en un an.")]
    [InlineData("Le chiffre d'affaires devrait avoir dépassé 500 millions de dollars.")]
    [InlineData("Ils réclament des dommages pouvant atteindre 150 000 dollars par œuvre.")]
    [InlineData("Le studio emploie 600 personnes environ.")]
    public void Hedges_make_a_figure_approximate(string text) => Assert.True(Single(text).Approximate);

    [Fact]
    public void A_horizon_gives_the_year()
    {
        Assert.Equal(2030, Single("À l'horizon 2030, 300 000 emplois pourraient être créés.").Year);
        Assert.Equal(2028, Single("Jusqu'à 30 % des emplois de la voix pourraient disparaître d'ici 2028.").Year);
    }

    [Theory]
    [InlineData("En 2023, la banque sortait des chiffres : 300 millions d'emplois pourraient être touchés par l'IA.")]
    [InlineData("En 2024, le fonds publiait une étude selon laquelle 40 % des emplois seraient exposés.")]
    [InlineData("Selon une étude publiée en 2024, 30 % des postes pourraient disparaître.")]
    public void The_year_a_projection_was_published_is_not_its_horizon(string text)
    {
        var figure = Single(text);
        Assert.Equal(FigureBasis.Projected, figure.Basis);
        Assert.Null(figure.Year);
    }

    [Fact]
    public void A_projection_published_in_one_year_keeps_its_own_horizon() =>
        Assert.Equal(2035, Single("En 2023, la banque estimait que 300 millions d'emplois pourraient être automatisés d'ici 2035.").Year);

    [Fact]
    public void A_reported_cut_keeps_the_year_it_was_made_in() =>
        Assert.Equal(2023, Single("En 2023, le groupe a supprimé 12 000 postes.").Year);

    [Theory]
    [InlineData("L'hebdomadaire, propriété d'un milliardaire, et subventionné par l'État à hauteur de 2,6 millions d'euros en 2024, va enclencher un plan social qui prévoit 58 suppressions de postes.", 58, 2600000)]
    [InlineData("Le groupe Varnex, qui comptait 5 000 salariés en 2020, a supprimé 300 postes.", 300, 5000)]
    public void A_year_in_an_aside_before_the_verb_dates_the_aside_s_number_not_the_clause_s(string text, int figure, int aside)
    {
        var figures = Extract(text);
        Assert.Null(figures.Single(f => f.Value == figure).Year);
        Assert.NotNull(figures.Single(f => f.Value == aside).Year);
    }

    [Fact]
    public void A_firm_s_founding_year_in_an_aside_dates_no_figure() =>
        Assert.Null(Single("Le groupe Varnex, fondé en 2020, a supprimé 300 postes.").Year);

    [Theory]
    [InlineData("Le groupe avait annoncé en février 2023 la suppression de 1 250 emplois, soit 5 % de ses effectifs.", 5, 2023)]
    [InlineData("Le rapport prévoit la création de 170 millions d'emplois d'ici à 2030 et la disparition de 92 millions d'autres, soit un solde positif de 78 millions.", 78000000, 2030)]
    public void A_restatement_after_a_comma_keeps_the_year_of_its_clause(string text, int figure, int year) =>
        Assert.Equal(year, Extract(text).Single(f => f.Value == figure).Year);

    [Theory]
    [InlineData("Le groupe Varnex ne compte plus que 2 000 salariés, contre 3 500 en 2019.")]
    [InlineData("La rédaction emploie 120 journalistes aujourd'hui, contre 180 en 2015.")]
    public void The_year_of_a_count_compared_with_dates_that_count_only(string text)
    {
        var figures = Extract(text);
        Assert.Null(figures[0].Year);
        Assert.NotNull(figures[1].Year);
    }

    [Theory]
    [InlineData("Le groupe Telvane va supprimer 9 000 emplois, soit 21 % des 43 000 personnes employées par le groupe.", true)]
    [InlineData("Selon le sondage, 21 % des 43 000 personnes interrogées se disent inquiètes.", false)]
    public void A_share_of_people_said_to_be_employed_is_a_share_of_jobs(string text, bool share) =>
        Assert.Equal(share, Extract(text).Any(f => f.Kind == FigureKind.ShareOfJobs && f.Value == 21m));

    [Fact]
    public void The_year_of_a_change_s_first_end_dates_that_end_only()
    {
        var figures = Extract("Le nombre d'employés de Varnex est passé de 300 en 2012 à 8 000 aujourd'hui.");
        Assert.Equal([(300m, (int?)2012), (8000m, null)], figures.Select(f => (f.Value, f.Year)));
    }

    [Theory]
    [InlineData("« Nous sommes passés de 9 000 employés à environ 5 000 », a déclaré le patron de Varnex.")]
    [InlineData("Les effectifs de Varnex sont passés de 9 000 salariés à 5 000.")]
    public void The_other_end_of_a_change_counts_what_the_first_counts(string text) =>
        Assert.Equal([(9000m, "people"), (5000m, "people")], Extract(text).Select(f => (f.Value, f.Unit)));

    [Theory]
    [InlineData("Sur les 2 000 personnes interrogées, 80 % n'utilisent pas l'IA et 57 % des travailleurs n'ont pas de préoccupations à ce sujet.", false)]
    [InlineData("Parmi les salariés interrogés, 11 % des employés disent avoir perdu leur emploi à cause de l'IA.", true)]
    [InlineData("Parmi les salariés interrogés par le cabinet Varlane, 11 % des employés ont été licenciés l'an dernier.", true)]
    public void A_share_of_workers_after_the_respondents_are_named_is_theirs_unless_they_lost_their_job(string text, bool kept) =>
        Assert.Equal(kept, Extract(text).Any(f => f.Kind == FigureKind.ShareOfJobs));
}
