using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>The French cues that introduce an organisation no list knows, each beside a sentence it must not fire on.</summary>
public sealed class OrganizationCuesTests
{
    private static List<string> Names(string text) =>
        OrganizationExtractor.Extract(ArticleText.From(text)).Select(o => o.Name).ToList();

    [Theory]
    [InlineData("Varenne, fonds canadien, prévoit d'investir 3 milliards d'euros.", "Varenne")]
    [InlineData("Klaus Wendt, directeur de Brennwerk, société de conseil allemande, a présenté l'étude.", "Brennwerk")]
    [InlineData("Ostrova, groupe américain spécialisé dans la logistique, annonce un plan.", "Ostrova")]
    public void An_apposition_without_its_article_names_an_organization_when_an_adjective_follows(string sentence, string expected) =>
        Assert.Contains(expected, Names(sentence));

    [Theory]
    [InlineData("Une étude publiée lundi dans la revue Nature Microbiology analyse le lien.", "Nature Microbiology")]
    [InlineData("L'autre moitié se répartit entre des titres comme Oxford Journal.", "Oxford Journal")]
    [InlineData("Selon Music Business Worldwide, le titre a été retiré.", "Music Business Worldwide")]
    public void A_journal_is_named_by_its_cue_or_the_last_word_of_its_title(string sentence, string expected) =>
        Assert.Contains(expected, Names(sentence));

    [Theory]
    [InlineData("Selon le site spécialisé Velmont Files, 64 postes seront supprimés.", "Velmont Files")]
    [InlineData("La newsletter Brennwerk Daily a révélé l'accord.", "Brennwerk Daily")]
    public void A_website_or_a_newsletter_named_by_its_cue_is_an_organization(string sentence, string expected) =>
        Assert.Equal([expected], Names(sentence));

    [Theory]
    [InlineData("Une grande partie des quelque 1 500 employés de Velmontix se connectent en visioconférence.", "Velmontix")]
    [InlineData("Les salariés d'Ostrovia ont appris la nouvelle par courriel.", "Ostrovia")]
    public void Those_who_work_for_a_firm_name_it(string sentence, string expected) =>
        Assert.Equal([expected], Names(sentence));

    [Theory]
    [InlineData("Hier, Velmontix a licencié 180 employés, invoquant l'automatisation.", "Velmontix")]
    [InlineData("La start-up Ostrova a levé 3 millions d'euros. Brennwerk, lui, recrute 20 personnes.", "Brennwerk")]
    [InlineData("Selon la presse, Varlingua va supprimer près de 400 postes.", "Varlingua")]
    public void One_who_cuts_or_hires_a_number_of_people_is_an_employer(string sentence, string expected) =>
        Assert.Contains(expected, Names(sentence));

    // A family name the article gave with its given name, a pronoun, or a cut without a number.
    [Theory]
    [InlineData("Klaus Varnier a racheté le journal. Varnier a licencié 37 journalistes.", "Varnier")]
    [InlineData("Chacun a recruté 10 personnes.", "Chacun")]
    [InlineData("Hier, Velmontix a licencié son directeur.", "Velmontix")]
    public void Not_every_word_before_a_cut_is_an_employer(string sentence, string notExpected) =>
        Assert.DoesNotContain(notExpected, Names(sentence));

    [Theory]
    [InlineData("Le service bruxellois de l'emploi, Velmontix, a publié mardi une nouvelle étude sur l'IA.", "Velmontix")]
    [InlineData("Brennwerk publie son baromètre annuel des métiers de la traduction.", "Brennwerk")]
    [InlineData("Hier, Varlingua dévoilait une enquête sur les traducteurs.", "Varlingua")]
    public void One_who_publishes_a_study_is_a_body(string sentence, string expected) =>
        Assert.Contains(expected, Names(sentence));

    [Theory]
    [InlineData("Klaus Varnier enseigne à Lyon. Varnier a publié une étude sur les traducteurs.", "Varnier")]
    [InlineData("Elle a publié une étude sur les traducteurs.", "Elle")]
    public void Not_every_word_before_a_study_is_a_body(string sentence, string notExpected) =>
        Assert.DoesNotContain(notExpected, Names(sentence));

    [Fact]
    public void The_management_of_a_firm_names_it() =>
        Assert.Contains("Velmontix", Names("La direction de Velmontix (13 500 salariés dont 38 % en Europe) a signé un accord-cadre sur l'IA."));

    [Fact]
    public void Who_led_a_work_is_no_firm() =>
        Assert.DoesNotContain("Klaus Varnier", Names("Le recueil, publié sous la direction de Klaus Varnier, paraît en mars."));

    [Fact]
    public void Those_who_work_in_a_city_do_not_make_it_a_firm() =>
        Assert.Empty(Names("Les salariés de Marseille et les employés de Lyon manifestent devant la préfecture."));

    [Fact]
    public void An_English_name_keeps_its_small_words() =>
        Assert.Equal(["Ready at Dusk"], Names("Le studio Ready at Dusk a fermé ses portes en août."));

    [Theory]
    [InlineData("La CGT Spectacle a appelé à la grève.", "CGT Spectacle")]
    [InlineData("Le SIA-Unsa a appelé à la grève.", "SIA-Unsa")]
    public void A_confederation_with_a_branch_word_names_the_branch(string sentence, string expected) =>
        Assert.Equal([expected], Names(sentence));

    [Fact]
    public void A_confederation_alone_keeps_its_name() =>
        Assert.Equal(["CGT", "Unsa"], Names("La CGT et l'Unsa ont appelé à la grève. Pour la CGT, « c'est un premier pas »."));

    [Fact]
    public void A_confederation_in_apposition_names_the_acronym_before_it() =>
        Assert.Equal(["CIZAC"], Names("L'étude a été réalisée à la demande de la CIZAC, la confédération internationale des sociétés d'auteurs."));

    [Fact]
    public void A_listed_name_inside_a_longer_one_its_acronym_spells_is_the_longer_body() =>
        Assert.Equal(["Conseil européen des associations de traducteurs littéraires"],
            Names("Selon le Conseil européen des associations de traducteurs littéraires (CEATL), l'éditeur passe à la traduction automatique."));

    [Fact]
    public void Unions_listed_after_their_plural_cue_are_organizations() =>
        Assert.Equal(["CGSP", "SETCa"], Names("Pour les syndicats CGSP et SETCa, « l'IA sert de prétexte »."));

    [Fact]
    public void A_name_ending_in_media_is_a_company() =>
        Assert.Equal(["Velmont Média"], Names("Velmont Média a annoncé jeudi un plan de départs."));

    [Theory]
    [InlineData("Au Royaume-Uni, la Society of Translators estime que 36 % des traducteurs ont perdu du travail.", "Society of Translators")]
    [InlineData("Une étude de la Velmont Academy of Arts est parue.", "Velmont Academy of Arts")]
    [InlineData("Selon le Bureau of Velmont Statistics, l'emploi recule.", "Bureau of Velmont Statistics")]
    [InlineData("L'American Federation of Velmont and Radio Artists a signé un accord.", "American Federation of Velmont and Radio Artists")]
    public void An_english_body_s_name_holds_its_of(string sentence, string expected) =>
        Assert.Equal([expected], Names(sentence));

    [Theory]
    [InlineData("Une étude commandée par l'Observatoire des métiers de la presse est parue.", "Observatoire des métiers de la presse")]
    [InlineData("L'Observatoire des métiers de la presse recense 28 500 journalistes.", "Observatoire des métiers de la presse")]
    [InlineData("Une étude commandée par l'Association des doubleurs allemands est parue.", "Association des doubleurs allemands")]
    [InlineData("Le Bureau de la traduction du Canada a annoncé une décision controversée.", "Bureau de la traduction du Canada")]
    public void An_institution_s_head_takes_two_complements_inside_a_sentence_or_opening_it(string sentence, string expected) =>
        Assert.Equal([expected], Names(sentence));

    [Theory]
    [InlineData("Lundi, l'Association des traducteurs et adaptateurs de l'audiovisuel a lancé une pétition.", "Association des traducteurs et adaptateurs de l'audiovisuel")]
    [InlineData("La Société des auteurs et autrices de radio, télévision et cinéma a dénoncé l'usage de l'IA.", "Société des auteurs et autrices de radio, télévision et cinéma")]
    public void An_institution_s_complement_may_name_several_things(string sentence, string expected) =>
        Assert.Equal([expected], Names(sentence));

    [Theory]
    [InlineData("Le Syndicat des employé(e)s de Varnex a dénoncé le plan.", "Syndicat des employé(e)s de Varnex")]
    [InlineData("Le Syndicat des travailleur·euse·s de Varnex a dénoncé le plan.", "Syndicat des travailleur·euse·s de Varnex")]
    public void A_complement_in_inclusive_writing_is_read_whole(string sentence, string expected) =>
        Assert.Equal([expected], Names(sentence));

    [Theory]
    [InlineData("Il a appelé le ministère des Services publics et de l'Approvisionnement à annuler la mesure.", "ministère des Services publics et de l'Approvisionnement")]
    [InlineData("Le gouvernement a supprimé le ministère des Langues officielles.", "ministère des Langues officielles")]
    public void A_ministry_s_name_keeps_its_adjective_and_second_object(string sentence, string expected) =>
        Assert.Equal([expected], Names(sentence));

    [Theory]
    [InlineData("Le Syndicat des journalistes et assure que rien n'est joué.", "Syndicat des journalistes")]
    [InlineData("La Fédération des éditeurs et annonce une grève.", "Fédération des éditeurs")]
    public void A_singular_word_after_et_is_the_clause_s_verb_not_the_name_s(string sentence, string expected) =>
        Assert.Equal([expected], Names(sentence));

    [Theory]
    [InlineData("Okta a licencié 180 employés, la société de taxis autonomes Vantrix a réduit la moitié de son personnel.", "Vantrix")]
    [InlineData("Le géant du e-commerce Varnello a annoncé une nouvelle salve de suppressions.", "Varnello")]
    [InlineData("Claire Varnier dirige l'agence de traducteurs Varlingua à Nantes.", "Varlingua")]
    public void What_a_firm_does_may_stand_between_its_cue_and_its_name(string sentence, string expected) =>
        Assert.Contains(expected, Names(sentence));

    [Theory]
    [InlineData("Des géants comme Procter & Gamble ou Varget, qui va supprimer 1 800 emplois, ont des raisons différentes.", "Varget")]
    [InlineData("Le détaillant Varnol a déjà supprimé 300 postes.", "Varnol")]
    public void One_word_whose_relative_clause_cuts_jobs_is_their_employer(string sentence, string expected) =>
        Assert.Contains(expected, Names(sentence));

    [Theory]
    [InlineData("La start-up « Lumina » a été rachetée par un concurrent.", "Lumina")]
    [InlineData("Le groupe américain « VARNEX » a licencié 200 personnes.", "VARNEX")]
    [InlineData("L'éditeur \"Orvane\" a fermé son studio.", "Orvane")]
    public void A_name_in_quotation_marks_after_its_cue_is_an_organization(string sentence, string expected) =>
        Assert.Contains(expected, Names(sentence));

    [Theory]
    [InlineData("Le syndicat « Nous ne lâcherons rien » a manifesté devant le siège.")]
    [InlineData("Le film « Dune » sort en salles.")]
    public void A_quotation_after_a_cue_that_is_no_name_or_after_no_cue_names_no_organization(string sentence) =>
        Assert.Empty(Names(sentence));

    [Theory]
    [InlineData("Le cabinet de recrutement Robert Valmont estime que 20 % des postes seront touchés.", "Robert Valmont")]
    [InlineData("Le cabinet Robert Halvard publie une étude sur les salaires.", "Robert Halvard")]
    [InlineData("L'agence de communication Marcel Dupuis a licencié 30 salariés.", "Marcel Dupuis")]
    [InlineData("Le roman paraît aux éditions Michel Vardon en mars.", "Michel Vardon")]
    public void A_firm_bearing_a_person_s_name_right_after_its_cue_is_the_firm(string sentence, string expected) =>
        Assert.Contains(expected, Names(sentence));

    [Theory]
    [InlineData("Le fondateur de la start-up Pierre Dupont a pris la parole.", "Pierre Dupont")]
    [InlineData("Propriété du groupe du milliardaire Daniel Kardos, le tabloïd a changé de ligne.", "Daniel Kardos")]
    [InlineData("La banque, Jean Dupont, a annoncé son départ.", "Jean Dupont")]
    public void A_person_named_by_a_role_or_set_apart_after_a_cue_is_no_firm(string sentence, string person) =>
        Assert.DoesNotContain(person, Names(sentence));

    [Fact]
    public void A_firm_s_national_arm_is_an_organization()
    {
        Assert.Equal(["Nordia", "Varnel Canada"], Names("La compagnie Nordia a licencié 77 téléphonistes après la décision de Varnel Canada."));
        Assert.Empty(Names("Marie France est venue. Le sommet Choose France a réuni des investisseurs. Choose France revient en mai."));
    }

    [Fact]
    public void A_firm_s_national_arm_after_an_elision_is_an_organization() =>
        Assert.Equal(["Orvane France"], Names("« Lune » est l'une des collections d'Orvane France, dont les ventes déclinent."));

    [Fact]
    public void A_listed_name_in_a_longer_name_s_complement_leaves_both_bodies() =>
        Assert.Equal(["Syndicat des employés d'Ubisoft", "Ubisoft"], Names("Le Syndicat des employés d'Ubisoft a dénoncé le plan."));

    [Fact]
    public void A_cue_noun_opening_the_next_clause_names_no_organization()
    {
        Assert.Empty(Names("Fondée en 2017 à Cologne par Jaroslaw Kutylowski, l'entreprise emploie un millier de salariés."));
        Assert.Equal(["Velmont"], Names("Nous avons interrogé Velmont, la société de conseil qui a publié l'étude."));
    }

    [Theory]
    [InlineData("En 2023, le groupe avait enregistré une perte de 40 millions d'euros.")]
    public void A_year_opening_a_sentence_is_no_organization(string sentence) =>
        Assert.Empty(Names(sentence));

    [Fact]
    public void The_words_before_a_title_s_last_word_are_no_short_name_of_it()
    {
        var names = Names("Selon le Velmont Reporter, les studios réduisent leurs équipes. Velmont compte 300 salariés.");
        Assert.Equal(["Velmont Reporter"], names);
    }

    [Fact]
    public void A_bare_cue_noun_after_a_name_is_not_enough() =>
        Assert.Empty(Names("Lune Pâle, groupe « vérifié » sur la plateforme, a atteint un million d'auditeurs."));

    [Theory]
    [InlineData("Plus tôt ce mois-ci, la petite banque italienne Vellano Credito avait annoncé 2 000 suppressions.", "Vellano Credito")]
    [InlineData("La jeune entreprise Corbeau Labs recrute.", "Corbeau Labs")]
    public void An_adjective_may_stand_before_the_cue_noun(string sentence, string expected) =>
        Assert.Contains(expected, Names(sentence));

    [Fact]
    public void Names_listed_after_a_plural_cue_are_all_organizations()
    {
        var names = Names("Les banques Morvan Finance et Ardent Bank, ainsi que des tabloïds Daily Courier et Evening Herald, réduisent leurs effectifs.");
        Assert.Contains("Morvan Finance", names);
        Assert.Contains("Ardent Bank", names);
        Assert.Contains("Daily Courier", names);
        Assert.Contains("Evening Herald", names);
    }

    [Fact]
    public void After_a_singular_cue_the_next_name_is_not_taken()
    {
        var names = Names("La banque Morvan Finance et Jeanne Morel ont signé.");
        Assert.Contains("Morvan Finance", names);
        Assert.DoesNotContain("Jeanne Morel", names);
    }

    [Theory]
    [InlineData("Le quotidien régional La Gazette de Brest perd des lecteurs.", "La Gazette")]
    [InlineData("Le quotidien La Provence enregistre des pertes. La Provence a déménagé.", "La Provence")]
    public void A_newspaper_keeps_its_article_and_may_be_named_after_a_place(string sentence, string expected) =>
        Assert.Contains(expected, Names(sentence));

    [Fact]
    public void A_place_after_a_non_press_cue_is_still_no_organization() =>
        Assert.DoesNotContain("Lyon", Names("Il a ouvert un compte à la banque Lyon en mars."));

    [Theory]
    [InlineData("Guillaume Morel, professeur et codirecteur du Vellab, le constate.", "Vellab")]
    [InlineData("Sa directrice générale de Brennwerk a présenté l'étude.", "Brennwerk")]
    public void What_a_leader_leads_is_an_organization(string sentence, string expected) =>
        Assert.Contains(expected, Names(sentence));

    [Theory]
    [InlineData("La directrice de la Communication a démissionné.")]
    [InlineData("Le directeur des Ressources humaines a démissionné.")]
    [InlineData("M. Girardet, directeur du Chemin de fer de Loèche-les-Bains, a pris la parole.", "Chemin")]
    [InlineData("Il est fondateur de Marseille Solidaire.", "Marseille")]
    public void A_department_or_a_name_cut_in_the_middle_is_not_what_a_leader_leads(string sentence, string? absent = null)
    {
        var names = Names(sentence);
        if (absent is null) Assert.Empty(names);
        else Assert.DoesNotContain(absent, names);
    }

    [Theory]
    [InlineData("D'après un rapport récent de SmartQuotes, l'année 2024 est difficile.", "SmartQuotes")]
    [InlineData("Une étude de Brennwerk chiffre les pertes à 2,7 milliards.", "Brennwerk")]
    public void Who_publishes_a_study_is_an_organization(string sentence, string expected) =>
        Assert.Contains(expected, Names(sentence));

    [Theory]
    [InlineData("Un rapport de Jeanne Morel le confirme.", "Jeanne Morel")]
    [InlineData("Une étude de Bruxelles le confirme.", "Bruxelles")]
    [InlineData("Le rapport du Chemin de fer de Loèche est attendu.", "Chemin")]
    public void A_study_by_a_person_a_place_or_a_cut_name_gives_no_organization(string sentence, string absent) =>
        Assert.DoesNotContain(absent, Names(sentence));

    [Fact]
    public void A_function_word_is_no_qualifier_between_the_cue_and_the_name() =>
        Assert.DoesNotContain("Nobel", Names("On mande de Londres aux journaux que le comité Nobel a décidé."));

    [Theory]
    [InlineData("Le groupe a investi 8 milliards d'euros dans les acquisitions d'Ormeau et Brisant.", new[] { "Ormeau", "Brisant" })]
    [InlineData("Le rachat de Kelvane Data a coûté 2 milliards.", new[] { "Kelvane Data" })]
    [InlineData("En 2019, l'éditeur a racheté Soltane pour renforcer ses équipes.", new[] { "Soltane" })]
    public void What_is_bought_is_an_organization(string sentence, string[] expected)
    {
        var names = Names(sentence);
        foreach (var name in expected) Assert.Contains(name, names);
    }

    [Theory]
    [InlineData("L'acquisition de compétences numériques reste la priorité des rédactions.")]
    [InlineData("Le rachat de M. Durand par ses associés est bouclé.")]
    public void A_purchase_of_skills_or_of_a_person_names_no_organization(string sentence) =>
        Assert.Empty(Names(sentence));

    [Theory]
    [InlineData("Parmi les studios touchés, on retrouve Brumefer (Aubade) et Vireo Works (Lointain) qui ont fermé.")]
    [InlineData("Parmi les banques concernées figurent Brumefer et Vireo Works.")]
    public void Names_enumerated_after_a_plural_cue_and_its_verb_are_organizations(string sentence)
    {
        var names = Names(sentence);
        Assert.Contains("Brumefer", names);
        Assert.Contains("Vireo Works", names);
    }

    [Fact]
    public void A_cue_and_a_verb_with_no_enumeration_name_nothing() =>
        Assert.Empty(Names("Parmi les studios touchés, certains ont fermé. Depuis, Brumefer recrute."));

    // Tried only before the country's name: the firm's one word before it must still be read.
    [Theory]
    [InlineData("Velmont Canada a annoncé mardi la fin de 120 postes.", "Velmont Canada")]
    [InlineData("La direction de Brenn-Werk Suisse confirme le plan.", "Brenn-Werk Suisse")]
    public void A_firm_s_national_arm_is_one_name(string sentence, string expected) =>
        Assert.Contains(expected, Names(sentence));

    [Fact]
    public void An_event_s_name_is_no_national_arm() =>
        Assert.DoesNotContain("Choose France", Names("Au sommet Choose France, les annonces se sont succédé. Choose France a réuni 200 patrons."));
}
