using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

public sealed class OrganizationExtractorTests
{
    private static List<string> Names(string text) =>
        OrganizationExtractor.Extract(ArticleText.From(text)).Select(o => o.Name).ToList();

    public sealed class Gazetteer
    {
        [Theory]
        [InlineData("OpenAI a présenté Sora à Hollywood.", "OpenAI")]
        [InlineData("Le Forum économique mondial (WEF) publie son rapport.", "Forum économique mondial")]
        [InlineData("Le cabinet McKinsey le dit, et le McKinsey Global Institute le confirme.", "McKinsey")]
        [InlineData("Le syndicat SAG-AFTRA a appelé à la grève.", "SAG-AFTRA")]
        public void Finds_listed_organizations_under_their_canonical_name(string sentence, string expected) =>
            Assert.Contains(expected, Names(sentence));

        [Theory]
        [InlineData("Selon le Wall Street Journal, l'accord est signé.", "Wall Street Journal")]
        [InlineData("Une étude du McKinsey Global Institute le confirme.", "McKinsey Global Institute")]
        public void Uses_the_article_form_when_the_canonical_name_is_absent(string sentence, string expected) =>
            Assert.Equal(expected, Assert.Single(Names(sentence)));

        [Fact]
        public void Merges_elided_forms_of_one_organization()
        {
            var org = Assert.Single(OrganizationExtractor.Extract(ArticleText.From(
                "L'OpenAI a déclaré que les outils d'OpenAI progressent, qu'OpenAI le veuille ou non.")));
            Assert.Equal("OpenAI", org.Name);
            Assert.Equal(3, org.Mentions.Count);
        }

        [Theory]
        [InlineData("Selon le BloombergL'OpenAI a déclaré", "Bloomberg", "OpenAI")]
        [InlineData("Comme l'a rapporté ReutersIngka Group, qui emploie", "Reuters", "Ingka Group")]
        public void Splits_names_glued_by_a_bad_scrape(string sentence, string first, string second) =>
            Assert.Equal([first, second], Names(sentence));

        [Fact]
        public void Mention_offsets_point_into_the_original_text()
        {
            var text = ArticleText.From("Chez d’Adobe, rien ne change.");
            var org = Assert.Single(OrganizationExtractor.Extract(text));
            Assert.Equal("Adobe", text[org.Mentions[0]]);
        }

        [Theory]
        [InlineData("Selon une information du Monde, le groupe supprime douze postes.", "Le Monde")]
        [InlineData("Le plan social en cours au Point inquiète la rédaction.", "Le Point")]
        [InlineData("Le PDG a déclaré aux Echos que le plan serait revu.", "Les Echos")]
        public void A_paper_s_name_after_du_au_des_or_aux_keeps_its_article(string sentence, string expected)
        {
            var text = ArticleText.From(sentence);
            var org = Assert.Single(OrganizationExtractor.Extract(text));
            Assert.Equal((expected, "media"), (org.Name, org.Kind));
            Assert.Equal(expected.Split(' ')[1], text[org.Mentions[0]]);
        }

        [Fact]
        public void An_acronym_written_as_a_word_is_the_listed_name() =>
            Assert.Equal("SAG-AFTRA", Assert.Single(Names("La SAG-Aftra, le syndicat américain des acteurs, s'était mis en grève.")));

        [Theory]
        [InlineData("La fintech a conçu son assistant en utilisant Open AI.", "OpenAI")]
        [InlineData("Les traductions sont confiées par Harper Collins à un prestataire.", "HarperCollins")]
        public void A_listed_name_written_in_two_words_is_the_listed_name(string sentence, string expected) =>
            Assert.Equal(expected, Assert.Single(Names(sentence)));

        [Fact]
        public void A_common_noun_after_du_or_au_is_no_paper() =>
            Assert.Empty(Names("Le tour du monde des comédiens reste au point mort."));
    }

    public sealed class Cues
    {
        [Theory]
        [InlineData("La société spécialisée dans la veille médiatique Vigiprès supprime des postes.", "Vigiprès")]
        [InlineData("Une étude du groupe de protection sociale Prévalis le montre.", "Prévalis")]
        [InlineData("La start-up spécialisée en doublage Vocalis lève des fonds.", "Vocalis")]
        [InlineData("La directrice des éditions Pérec a tiré le roman graphique à 15 000 exemplaires.", "Pérec")]
        public void A_cue_noun_may_say_what_the_firm_does_before_its_name(string sentence, string expected) =>
            Assert.Equal(expected, Assert.Single(Names(sentence)));

        [Theory]
        [InlineData("Le site spécialisé Gamescope a appris la nouvelle.", "Gamescope", "media")]
        [InlineData("Le syndicat Unijeu dénonce le plan.", "Unijeu", "union")]
        [InlineData("Selon le cabinet Oréade, le marché croît.", "Oréade", "consultancy")]
        [InlineData("La start-up Vocalis recrute.", "Vocalis", "unknown")]
        [InlineData("Selon le Syndicat national des monteurs, le doublage est menacé.", "Syndicat national des monteurs", "union")]
        [InlineData("L'Institut Pasteurix publie une étude.", "Institut Pasteurix", "research")]
        [InlineData("L'Observatoire de l'évolution des métiers publie son baromètre.", "Observatoire de l'évolution des métiers", "research")]
        [InlineData("La troisième banque néerlandaise, Varbank, a annoncé mardi la suppression de 5200 postes.", "Varbank", "finance")]
        [InlineData("Une professeure de droit à l'Université de Valmorin le confirme.", "Université de Valmorin", "university")]
        [InlineData("Selon le directeur du Centre valmorien de protection de l'enfance, l'outil se trompe.", "Centre valmorien de protection de l'enfance", "unknown")]
        [InlineData("Le géant suédois du streaming Norflix a licencié 300 personnes.", "Norflix", "unknown")]
        public void A_cue_noun_before_or_heading_a_discovered_name_gives_its_kind(string sentence, string name, string kind)
        {
            var org = Assert.Single(OrganizationExtractor.Extract(ArticleText.From(sentence)));
            Assert.Equal((name, kind), (org.Name, org.Kind));
        }

        [Fact]
        public void A_person_set_between_commas_after_a_cue_noun_is_no_organization() =>
            Assert.Empty(Names("Selon la banque, Jean Dupont, directeur, a dit non."));

        [Fact]
        public void Who_ran_or_ordered_a_poll_and_the_pollster_it_is_named_after_are_organizations() =>
            Assert.Equal(["Valvoix", "Unicadre-CGT", "Sondexa"],
                Names("Les résultats sont nets, selon le sondage Valvoix commandé par l'Unicadre-CGT. Une enquête menée par Sondexa le confirme."));

        [Fact]
        public void A_cue_noun_names_the_kind_of_the_names_it_heads_only()
        {
            var kinds = OrganizationExtractor.Extract(ArticleText.From("L'Institut Pasteurix et la Banque Norvane ont signé, comme les tabloïds Daily Expresso et Daily Mirrorix."))
                .ToDictionary(o => o.Name, o => o.Kind);
            Assert.Equal("finance", kinds["Banque Norvane"]);
            Assert.Equal("media", kinds["Daily Expresso"]);
            Assert.Equal("media", kinds["Daily Mirrorix"]);
        }

        [Fact]
        public void An_institution_s_complement_may_be_a_compound_word() =>
            Assert.Contains("Syndicat français des artistes-interprètes", Names("Selon le Syndicat français des artistes-interprètes, le doublage est menacé."));

        [Theory]
        [InlineData("La start-up Vocalis a levé 10 millions d'euros.", "Vocalis")]
        [InlineData("Ces projections rejoignent celles du cabinet Arvelle, spécialisé en RH.", "Arvelle")]
        [InlineData("Le français Teleperformance emploie 500 000 salariés.", "Teleperformance")]
        [InlineData("Patrick Delmas, analyste chez Corvina Media, redoute ces accords.", "Corvina Media")]
        [InlineData("Le secteur compterait 8 000 traducteurs, selon le Collectif Traduire Demain.", "Collectif Traduire Demain")]
        [InlineData("L'Union des artistes de la voix (UAV) estime que 30 % des emplois disparaîtront.", "Union des artistes de la voix")]
        [InlineData("Le studio Brumes Pictures prépare un film.", "Brumes Pictures")]
        [InlineData("L'acteur a été payé 750 dollars par Varnier Production pour ses droits.", "Varnier Production")]
        [InlineData("Papercup, une start-up londonienne, fournit les voix.", "Papercup")]
        [InlineData("Les taux sont fixés par la Banque nationale suisse.", "Banque nationale suisse")]
        [InlineData("Le directeur général de l'association Illustration Québec a réagi.", "Illustration Québec")]
        [InlineData("Noovo Info a constaté que le code redirigeait vers un document.", "Noovo Info")]
        [InlineData("Selon Livres Hebdo, les ventes reculent.", "Livres Hebdo")]
        [InlineData("Les dons collectés par la caisse de solidarité CGT Info’Com sont redistribués aux grévistes.", "CGT Info’Com")]
        public void Recognises_unlisted_organizations_from_french_cues(string sentence, string expected) =>
            Assert.Contains(expected, Names(sentence));

        [Fact]
        public void Follows_a_discovered_name_and_its_short_form_through_the_article()
        {
            var orgs = OrganizationExtractor.Extract(ArticleText.From(
                "Le groupe Norvane Group a publié ses comptes. Chez Norvane, on reste prudent."));
            var org = Assert.Single(orgs);
            Assert.Equal(2, org.Mentions.Count);
        }

        [Theory]
        [InlineData("Selon l'Agence d'évaluation de la recherche et de l'enseignement supérieur (AERES), les effectifs baissent.",
            "Agence d'évaluation de la recherche et de l'enseignement supérieur")]
        [InlineData("Le Conseil Interacadémique de l'Éducation Nationale (CIEN) s'est réuni.", "Conseil Interacadémique de l'Éducation Nationale")]
        [InlineData("L'Agence nationale de sécurité du médicament et des produits de santé (ANSM) a publié un avis.",
            "Agence nationale de sécurité du médicament et des produits de santé")]
        // French writes many acronyms as words (« Ires », « Sacem »): they bound the name as capitals do.
        [InlineData("Selon l'Institut de recherches appliquées sur le travail et sociales (Iras), 12 000 postes sont menacés.",
            "Institut de recherches appliquées sur le travail et sociales")]
        public void Reads_a_long_name_whole_up_to_its_acronym(string sentence, string expected) =>
            Assert.Equal([expected], Names(sentence));

        // The initials S…N…J are there, spread over far more words than the acronym has letters.
        [Fact]
        public void Takes_no_sentence_for_a_name_whose_words_outnumber_its_acronym() =>
            Assert.DoesNotContain(Names("Le Syndicat a proposé aux élus de Nantes une journée nationale de la presse (SNJ)."),
                n => n.Contains("proposé", StringComparison.Ordinal));

        // A short listed name written as a word (« Ebra ») is often written in capitals, the acronym it is; the name it stands
        // for, spelt out in brackets after it, is no other body (« Rhône Alpes » is Ebra's).
        [Fact]
        public void Reads_a_short_listed_name_written_in_capitals()
        {
            var org = Assert.Single(OrganizationExtractor.Extract(ArticleText.From(
                "EBRA (Est Bourgogne Rhône Alpes), premier groupe de presse régionale, contrôle neuf quotidiens. Ebra emploie 3 000 salariés.")));
            Assert.Equal("Ebra", org.Name);
        }

        [Fact]
        public void Reads_an_acronym_written_as_a_word_in_parentheses_as_the_same_body()
        {
            var org = Assert.Single(OrganizationExtractor.Extract(ArticleText.From(
                "L'Union des artistes et voix de Varnes (Uavv) proteste. Pour l'Uavv, rien n'est réglé.")));
            Assert.Equal(("Union des artistes et voix de Varnes", 3), (org.Name, org.Mentions.Count));
        }

        [Fact]
        public void Reads_an_acronym_defined_in_parentheses_as_the_same_body()
        {
            var org = Assert.Single(OrganizationExtractor.Extract(ArticleText.From(
                "L'Union des artistes de la voix (UAV) proteste. Pour l'UAV, rien n'est réglé.")));
            Assert.Equal(3, org.Mentions.Count);
        }

        // Each word of the name spelt out in brackets gives the acronym one letter or a few (« VEL » of « Velmontian »); one body,
        // under the name spelt out when it is read whole as a body of a known kind.
        [Theory]
        [InlineData("L'association VELVA (Velmontian Voice Artists) mobilise les 1000 professionnels du secteur.", "VELVA")]
        [InlineData("Le syndicat SNAV (Syndicat national des auteurs de Varlingua) proteste.", "Syndicat national des auteurs de Varlingua")]
        public void Reads_a_name_spelt_out_after_its_acronym_as_the_same_body(string sentence, string expected) =>
            Assert.Equal([expected], Names(sentence));
    }

    public sealed class NotOrganizations
    {
        [Theory]
        [InlineData("Les studios d'Hollywood tournent à Atlanta.")]
        [InlineData("L'IA défie la créativité.")]
        [InlineData("Une étude récente, \"Future Unscripted\", montre l'ampleur des pertes.")]
        [InlineData("Le producteur Tyler Perry a reporté son projet.")]
        [InlineData("Elle travaille chez Sandrine depuis 2019.")]
        [InlineData("Le rendez-vous a lieu chez Mme Collet.")]
        public void Finds_nothing(string sentence) => Assert.Empty(Names(sentence));

        [Fact]
        public void A_city_is_not_an_organization() =>
            Assert.Empty(Names("Il vit à Paris et travaille chez Lyon."));
    }
}
