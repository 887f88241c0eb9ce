using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

/// <summary>What real pages hold that is not an organisation, and names that must stay whole.</summary>
public sealed class OrganizationNegativesTests
{
    private static List<string> Names(string text) =>
        OrganizationExtractor.Extract(ArticleText.From(text)).Select(o => o.Name).ToList();

    [Theory]
    [InlineData("Désormais, les rédactions testent des outils d'écriture automatique.")]
    [InlineData("Intelligence artificielle : les traducteurs s'inquiètent pour leurs contrats.")]
    [InlineData("Aujourd'hui, les studios de doublage réduisent leurs équipes.")]
    [InlineData("Parallèlement, l'entreprise insiste sur la formation de ses équipes.")]
    [InlineData("Les coûts baissent. Concrètement, le groupe fermera deux sites.")]
    public void A_capitalised_word_at_the_start_of_a_sentence_is_no_organization(string sentence) =>
        Assert.Empty(Names(sentence));

    // A common noun after its article, a size of firm; but a head alone is often the body itself (« la Chambre »).
    [Theory]
    [InlineData("Que, conformément à l'article 108(2) du Règlement, la commission entreprenne une étude sur l'IA.")]
    [InlineData("Simon Varnier, patron de PME, a réagi à l'annonce.")]
    public void A_common_noun_alone_is_no_organization(string sentence) =>
        Assert.Empty(Names(sentence));

    [Theory]
    [InlineData("Le Managing Director Europe de la banque, Hans Weber, confirme.")]
    [InlineData("Anna Roth, Country Manager France, a parlé.")]
    [InlineData("Le Chief Executive Officer a démissionné lundi.")]
    public void An_English_job_title_is_no_organization(string sentence) =>
        Assert.Empty(Names(sentence));

    [Fact]
    public void A_name_that_ends_on_a_title_word_stays_a_body() =>
        Assert.Contains("Varnel Partner", Names("Le cabinet Varnel Partner a conseillé la banque."));

    [Fact]
    public void A_head_alone_after_the_name_it_opens_is_its_short_form()
    {
        var organization = Assert.Single(OrganizationExtractor.Extract(ArticleText.From(
            "La Commission européenne lancera le moteur en juillet. Il sera plus rapide que les systèmes existants de la Commission, indiquent des responsables.")));
        Assert.Equal(("Commission européenne", 2), (organization.Name, organization.Mentions.Count));
    }

    [Fact]
    public void A_professional_order_is_named_with_its_members() =>
        Assert.Contains("Ordre des traducteurs, terminologues et interprètes", Names("Elle préside l'Ordre des traducteurs, terminologues et interprètes agréés du Québec."));

    [Theory]
    [InlineData("Le vol a décollé de l'aéroport Charles-de-Gaulle avant l'aube.")]
    [InlineData("Les urgences de l'hôpital Georges-Pompidou testent un outil d'IA.")]
    public void A_name_given_to_a_place_is_no_organization(string sentence) =>
        Assert.Empty(Names(sentence));

    [Theory]
    [InlineData("Le ministre de la Santé a reçu les syndicats.")]
    [InlineData("Le président de la République a salué l'initiative.")]
    public void A_minister_s_portfolio_or_the_head_of_state_s_title_is_no_organization(string sentence) =>
        Assert.Empty(Names(sentence));

    [Fact]
    public void A_listed_acronym_read_as_a_word_at_the_end_of_a_longer_name_is_not_that_acronym()
    {
        Assert.DoesNotContain(Names("Le magazine Sunny Fair a supprimé 40 postes."), n => n.Equals("Fair", StringComparison.OrdinalIgnoreCase));
        var names = Names("Selon la Sacem, le laboratoire FAIR recrute.");
        Assert.Contains("Sacem", names);
        Assert.Contains("FAIR", names);
    }

    [Fact]
    public void A_paper_named_by_a_duration_is_that_duration_unless_a_press_noun_introduces_it()
    {
        Assert.Empty(Names("La pétition a recueilli 15 000 signatures en seulement 24 heures."));
        Assert.Contains("24 heures", Names("Il a écrit au quotidien 24 heures."));
    }

    [Theory]
    [InlineData("La compétition est rude avec l'arrivée des Intelligences Artificielles (IA) génératives.")]
    [InlineData("Le rapport porte sur le futur de l'Intelligence Artificielle en Afrique.")]
    [InlineData("Le rapport renvoie à une autre étude (The Potentially Large Effects of Artificial Intelligence on Economic Growth de 2023).")]
    public void Artificial_intelligence_capitalised_is_no_organization(string sentence) =>
        Assert.Empty(Names(sentence));

    [Fact]
    public void A_common_noun_s_acronym_is_no_organization()
    {
        Assert.Empty(Names("La procédure de plan social et économique (PSE) a traîné jusqu'en 2024. La France tenait là son premier cas médiatisé d'un PSE brutal."));
        Assert.Contains("PNF", Names("Le parquet national financier (PNF) a ouvert une enquête. Le PNF a saisi des documents."));
    }

    [Theory]
    [InlineData("Malgré cet échec partiel, la Direction générale persiste et accélère, avec un budget passé de 9 millions d'euros en 2024.")]
    [InlineData("Selon une enquête récente de la Direction régionale de l'économie, la région compte 300 établissements générant plus de 5 000 emplois.")]
    public void A_department_capitalised_is_no_organization(string sentence) =>
        Assert.Empty(ArticleExtractor.Extract(new ArticleDocument("", sentence)).Organizations);

    [Fact]
    public void A_name_a_person_s_role_follows_is_no_organization() =>
        Assert.Empty(Names("Devant ses étudiants dans le bâtiment B2, Marie-Pierre Dausse, professeur d'histoire, défend son point de vue."));

    [Fact]
    public void A_role_that_starts_another_clause_leaves_the_organization() =>
        Assert.Contains("TSR", Names("En marge d'un reportage sur la TSR, la chanteuse neuchâteloise fait le point."));

    [Fact]
    public void A_school_named_after_someone_is_still_an_organization_as_a_whole() =>
        Assert.Contains("école Émile-Cohl", Names("Les étudiants de l'école Émile-Cohl, à Lyon, ont manifesté."));

    [Theory]
    [InlineData("Le directeur présente le projet à Lyon.\n( AFP / SEBASTIEN BOZON )\nLa rédaction utilise l'outil depuis mars.", "AFP")]
    [InlineData("Des employés de la banque quittent le siège.\n© Getty Images\nLe plan touche 9 000 postes.", "Getty Images")]
    [InlineData("Photo : Reuters\nLe groupe a annoncé la suppression de 200 postes.", "Reuters")]
    public void An_agency_named_only_in_a_photo_credit_is_no_organization(string text, string agency) =>
        Assert.DoesNotContain(agency, Names(text));

    [Fact]
    public void An_agency_in_a_credit_still_counts_where_the_story_names_it()
    {
        var names = Names("( AFP / ERIC PIERMONT )\nSelon l'AFP, l'accord a été signé lundi.");
        Assert.Contains("AFP", names);
    }

    [Fact]
    public void A_name_and_its_acronym_in_parentheses_are_one_organization()
    {
        var org = Assert.Single(OrganizationExtractor.Extract(ArticleText.From(
            "Le groupe de presse Est-Bourgogne-Rhône-Alpes (Ebra) adopte une charte. Ebra compte neuf titres.")));
        Assert.Equal(3, org.Mentions.Count);
    }

    [Fact]
    public void A_title_in_parentheses_is_not_the_acronym_of_its_owner() =>
        Assert.Equal(2, Names("Le groupe allemand Springer (Bild) a signé un accord avec OpenAI.").Count(n => n is "Springer" or "Bild"));

    [Fact]
    public void A_head_alone_joins_the_longer_name_it_starts()
    {
        var names = Names("La Commission dévoile un moteur de traduction. La Commission européenne le lancera en juillet.");
        Assert.Equal(["Commission européenne"], names);
    }

    [Theory]
    [InlineData("Deux titres du groupe, l'Est républicain et Vosges Matin, ont commencé.", "L'Est républicain")]
    [InlineData("Le quotidien Crédit mutuel, pardon, la banque Crédit mutuel, finance le projet.", "Crédit Mutuel")]
    [InlineData("Selon Nice Matin, la rédaction est concernée.", "Nice Matin")]
    [InlineData("Les Dernières nouvelles d’Alsace ont publié la charte.", "Les Dernières Nouvelles d'Alsace")]
    [InlineData("Ce que Force Ouvrière dénonçait est enfin acté.", "Force ouvrière")]
    [InlineData("Répondant au Canard Enchaîné, la banque dément.", "Le Canard enchaîné")]
    public void Listed_names_are_found_as_french_pages_write_them(string sentence, string expected) =>
        Assert.Contains(expected, Names(sentence));

    [Fact]
    public void A_long_union_name_with_lowercase_words_stays_one_entry()
    {
        var names = Names("Le Syndicat national des artistes-musiciens CGT dénonce l’accord, a indiqué le syndicat.");
        Assert.Single(names, n => n.StartsWith("Syndicat national des artistes-musiciens", StringComparison.Ordinal));
        Assert.DoesNotContain("CGT", names);
    }

    [Fact]
    public void A_listed_acronym_the_article_never_spells_out_is_the_organisation_whose_initials_it_holds()
    {
        var names = Names("Les conseillers de France Travail testent Match FT, un assistant qui écrit aux candidats. Match FT leur propose des offres.");
        Assert.Equal(["France Travail"], names);
    }

    [Fact]
    public void A_listed_acronym_alone_keeps_its_listed_organisation() =>
        Assert.Equal(["FT"], Names("Selon le FT, la banque prévoit 3 000 suppressions de postes."));

    [Theory]
    [InlineData("La chute du titre a entraîné tout le marché de la Fintech dans sa dégringolade.")]
    [InlineData("Les investisseurs boudent la EdTech depuis un an.")]
    public void A_cue_noun_written_with_capitals_is_no_organization(string sentence) =>
        Assert.Empty(Names(sentence));

    [Fact]
    public void A_cue_noun_still_introduces_the_name_after_it() =>
        Assert.Contains("Vellora", Names("La fintech Vellora supprime 40 postes."));

    [Fact]
    public void A_pseudonym_after_alias_is_no_organization() =>
        Assert.DoesNotContain("Kroc Studio", Names("La maison a fait appel à un dessinateur, Marc Dupont (alias Kroc Studio), pour la couverture."));

    [Theory]
    [InlineData("Les traducteurs lui préfèrent Google Translate pour les courriels.")]
    [InlineData("Le jury du Sony World Photography Awards a primé une image générée.")]
    public void A_maker_named_only_inside_a_product_or_event_name_is_no_organization(string sentence) =>
        Assert.Empty(Names(sentence));

    [Theory]
    [InlineData("Google Translate progresse, et Google investit dans la traduction.")]
    [InlineData("Google France recrute des traducteurs.")]
    public void A_maker_named_on_its_own_or_with_a_place_stays(string sentence) =>
        Assert.Contains("Google", Names(sentence));

    [Fact]
    public void A_company_followed_by_its_suffix_is_the_company() =>
        Assert.Contains("Goldman Sachs", Names("La banque Goldman Sachs Group publie une étude sur l'IA et les emplois des studios."));

    [Theory]
    [InlineData("Hautes études. Le Conseil de l'Institut polytechnique de Zurich a délivré les diplômes.", "de Zurich")]
    [InlineData("Le Conseil des Etats a pris en considération la motion du Conseil fédéral.", "Conseil des Etats")]
    public void A_place_after_de_ends_an_institution_name(string sentence, string ending)
    {
        var names = Names(sentence);
        Assert.Contains(names, n => n.EndsWith(ending, StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.EndsWith(" de", StringComparison.Ordinal) || n.EndsWith(" des", StringComparison.Ordinal));
    }

    [Fact]
    public void The_tagger_may_go_on_with_the_complement_of_a_name_a_cue_found() =>
        Assert.Contains("Centre Laïque des Auberges de Jeunesse", Names("Les délégués du Centre Laïque des Auberges de Jeunesse se sont réunis à Paris."));

    // The code a wire gives a listed share names the company before it: « OMC » alone is the WTO, « OMC.N » is Omnicom's share.
    [Theory]
    [InlineData("Le groupe Varnex VRNX.N a déclaré lundi qu'il allait licencier 900 employés. L'OMC OMC.N reste prudente.", new[] { "Varnex", "OMC" })]
    [InlineData("Le britannique WPP WPP.L et Publicis PUBP.PA font face à l'agence Dorvane DRV.PA.", new[] { "WPP", "Publicis", "Dorvane" })]
    public void A_share_s_code_after_a_company_is_no_other_organization(string text, string[] names) =>
        Assert.Equal(names, Names(text));

    // A word of a place joined by hyphens and a lower-case link word is the place's, whichever word the tagger takes.
    [Theory]
    [InlineData("À Courbevoie, dans les Hauts-de-Seine, une entreprise va fermer.")]
    [InlineData("À Créteil, dans le Val-de-Marne, une entreprise va fermer.")]
    [InlineData("À Nanterre, dans les Hauts-de-Seine, une entreprise va fermer.")]
    public void A_word_of_a_hyphenated_place_is_no_organization(string sentence) =>
        Assert.Empty(Names(sentence));

    [Fact]
    public void A_name_holding_a_hyphenated_place_is_still_a_body() =>
        Assert.Contains("Conseil départemental des Hauts-de-Seine", Names("Le Conseil départemental des Hauts-de-Seine a voté le budget."));

    [Fact]
    public void An_acronym_before_a_full_stop_is_still_an_organization() =>
        Assert.Contains("OMC", Names("Les négociations se tiennent à l'OMC.Le sommet reprend demain."));
}
