using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

public sealed class PersonExtractorTests
{
    private static IReadOnlyList<PersonFact> People(string text)
    {
        var article = ArticleText.From(text);
        return PersonExtractor.Extract(article, OrganizationExtractor.Extract(article), ProductExtractor.Extract(article));
    }

    public sealed class Names
    {
        [Theory]
        [InlineData("Selon Marion Lefèvre, les postes vont disparaître.", "Marion Lefèvre")]
        [InlineData("Son fondateur, Luis von Ahn, répète que l'IA va tout changer.", "Luis von Ahn")]
        [InlineData("- Heather-Ashley Boyer (@HeatherAshleyB_) 24 mars 2024", "Heather-Ashley Boyer")]
        [InlineData("Pour Me Aurélie Sarrazin, le dossier est simple.", "Aurélie Sarrazin")]
        [InlineData("Le milliardaire Vincent Bolloré contrôle Canal+.", "Vincent Bolloré")]
        [InlineData("Le producteur Tyler PERRY a reporté son projet.", "Tyler PERRY")]
        [InlineData("La porte-parole, Marie-Claude Dupont, a confirmé la nouvelle.", "Marie-Claude Dupont")]
        [InlineData("La traductrice Virginie Maisonobe, après 17 ans de métier, a perdu des clients.", "Virginie Maisonobe")]
        [InlineData("La traductrice Virginie Castelnau a perdu des clients.", "Virginie Castelnau")]
        public void Finds_names_that_start_with_a_given_name(string sentence, string expected) =>
            Assert.Equal(expected, Assert.Single(People(sentence)).Name);

        // A middle initial is part of the name, whichever letter it is (« L » and « J » also start elided words), and the
        // name without it is the same person.
        [Theory]
        [InlineData("L'acteur Samuel L. Jackson a prêté sa voix.", "Samuel L. Jackson", "acteur")]
        [InlineData("Le comédien Michael J. Smith a prêté sa voix.", "Michael J. Smith", "comédien")]
        [InlineData("Le PDG, Jean-Pierre K. Durand, a confirmé la fermeture.", "Jean-Pierre K. Durand", "PDG")]
        public void Keeps_a_middle_initial_in_the_name(string sentence, string name, string role)
        {
            var person = Assert.Single(People(sentence));
            Assert.Equal((name, role), (person.Name, person.Role));
        }

        [Fact]
        public void A_name_with_and_without_its_middle_initial_is_one_person() =>
            Assert.Equal("Samuel L. Jackson", Assert.Single(People("Samuel L. Jackson a parlé. Plus tard, Samuel Jackson a confirmé.")).Name);

        [Fact]
        public void The_title_m_before_a_surname_is_no_initial() =>
            Assert.DoesNotContain(People("Combien M. Dupont a-t-il touché ?"), p => p.Name.Contains("Combien", StringComparison.Ordinal));

        [Theory]
        [InlineData("« C'est une vitrine », estime Zorvan Kadelic.", "Zorvan Kadelic")]
        [InlineData("Ksenth Ormaro, analyste chez Corvina Media, redoute ces accords.", "Ksenth Ormaro")]
        [InlineData("Tabor Quennel, 41 ans, vit à Lyon.", "Tabor Quennel")]
        [InlineData("- Yuzo Brannigan (@ybran) 22 mars 2024", "Yuzo Brannigan")]
        [InlineData("Il recevra le vice-président américain JD Vance.", "JD Vance")]
        public void Finds_unknown_given_names_from_their_context(string sentence, string expected) =>
            Assert.Equal(expected, Assert.Single(People(sentence)).Name);

        [Fact]
        public void An_unknown_name_is_confirmed_by_a_later_title()
        {
            var person = Assert.Single(People("Elle a été créée par Mati Staniszewski. M. Staniszewski dirige l'entreprise."));
            Assert.Equal("Mati Staniszewski", person.Name);
            Assert.Equal(2, person.Mentions.Count);
        }
    }

    public sealed class Mentions
    {
        [Fact]
        public void Later_surname_and_titled_mentions_join_the_full_name()
        {
            var person = Assert.Single(People(
                "Le producteur Tyler Perry a reporté son projet. M. Perry s'est dit étonné. Perry insiste."));
            Assert.Equal("Tyler Perry", person.Name);
            Assert.Equal(3, person.Mentions.Count);
        }

        [Fact]
        public void A_given_name_alone_is_the_person_introduced_under_it()
        {
            var person = Assert.Single(People("Marie-Pierre Dausse, professeur d'histoire, défend son point de vue. "
                + "« Nous verrons », dit-elle. Marie-Pierre ne fait plus de cours à proprement parler."));
            Assert.Equal("Marie-Pierre Dausse", person.Name);
            Assert.Equal(2, person.Mentions.Count);
        }

        [Fact]
        public void A_particle_stays_with_the_surname()
        {
            var person = Assert.Single(People("Luis von Ahn a cofondé l'entreprise. M. von Ahn le répète."));
            Assert.Equal(2, person.Mentions.Count);
        }

        [Fact]
        public void Titles_are_not_part_of_the_name() =>
            Assert.Equal("Collet", Assert.Single(People("Mme Collet souligne que les prestataires souffrent.")).Name);
    }

    public sealed class Roles
    {
        [Theory]
        [InlineData("Le producteur Tyler Perry a reporté son projet.", "producteur")]
        [InlineData("Après que la directrice technique Mira Murati a été laissée perplexe.", "directrice technique")]
        [InlineData("Son cofondateur et directeur général, Luis von Ahn, ancien professeur, insiste.", "cofondateur et directeur général")]
        [InlineData("Robert Thomson, directeur général de News Corp, a signé.", "directeur général de News Corp")]
        [InlineData("Sandrine Collet, déléguée syndicale dans un centre de contact, proteste.", "déléguée syndicale")]
        [InlineData("Camille Arnaud, 33 ans, traductrice installée à Lyon, témoigne.", "traductrice")]
        [InlineData("Le comédien Féodor Atkine a dit non.", "comédien")]
        [InlineData("Patron et cofondateur de Varlix, Marc Tissot a annoncé des coupes.", "Patron et cofondateur de Varlix")]
        [InlineData("Journaliste-bloggeur, Marc Tissot utilise l'IA pour ses retranscriptions.", "Journaliste-bloggeur")]
        public void Reads_the_role_as_written(string sentence, string role) =>
            Assert.Equal(role, Assert.Single(People(sentence)).Role);

        [Fact]
        public void A_role_that_introduces_the_next_name_is_not_an_apposition()
        {
            var person = Assert.Single(People("Au Festival de Cannes, le réalisateur Michel Hazanavicius a parlé."));
            Assert.Equal("Michel Hazanavicius", person.Name);
            Assert.Equal("réalisateur", person.Role);
        }

        [Theory]
        [InlineData("Une enquête vise le directeur de cabinet de Richard Ferrand, Jean-Marie Girier.", "Richard Ferrand")]
        [InlineData("Il s'est mis dans la poche le chef d'Etat et Brigitte Macron.", "Brigitte Macron")]
        public void A_role_that_the_name_completes_is_not_that_person_s(string sentence, string name) =>
            Assert.Null(People(sentence).Single(p => p.Name == name).Role);

        [Fact]
        public void A_role_in_apposition_ends_at_the_verb() =>
            Assert.Equal("porte-parole d'Attac",
                Assert.Single(People("Aurélie Trouvé, porte-parole d'Attac était l'invitée de France Info pour parler du référendum.")).Role);

        [Fact]
        public void A_role_in_apposition_ends_at_a_verb_of_speech() =>
            Assert.Equal("journaliste en Estrie et président du syndicat des techniciens",
                Assert.Single(People("Pierre Tousignard, journaliste en Estrie et président du syndicat des techniciens affirme que le nombre de postes coupés serait similaire.")).Role);

        [Fact]
        public void A_role_ends_where_a_second_person_s_role_begins()
        {
            var people = People("Marc Feuillard, le directeur général du groupe et son adjoint, Jean-Loup Brissac, étudient l'audit.");
            Assert.Equal([("Marc Feuillard", "directeur général du groupe"), ("Jean-Loup Brissac", "adjoint")], people.Select(p => (p.Name, p.Role)));
        }

        [Fact]
        public void A_title_in_capitals_is_a_role() =>
            Assert.Equal("DG du FMI", Assert.Single(People("Selon la DG du FMI, Kristalina Georgieva, l'IA aura un impact sur les emplois.")).Role);

        [Fact]
        public void A_given_name_without_the_accent_of_its_capital_is_still_one()
        {
            var person = Assert.Single(People("La réorganisation, voulue par le directeur du journal Etienne Garnier, avance vite."));
            Assert.Equal(("Etienne Garnier", "directeur du journal"), (person.Name, person.Role));
        }

        [Fact]
        public void Reads_the_handle_of_a_tweet_signature() =>
            Assert.Equal("@Rahll", Assert.Single(People("- Reid Southen (@Rahll) 22 mars 2024")).Handle);
    }

    public sealed class NotPeople
    {
        [Fact]
        public void One_word_opening_an_organisation_s_name_is_its_short_form() =>
            Assert.Empty(People("Un rapport de Goldman Sachs prédit des pertes. Deux tiers des emplois sont exposés, a déclaré Goldman, ajoutant que la moitié des tâches seraient remplacées."));

        [Theory]
        [InlineData("Fin avril, Duolingo Max a été lancé.")]
        [InlineData("Avril 2024 a été un mois record pour OpenAI.")]
        [InlineData("Axel Springer a signé avec OpenAI.")]
        [InlineData("Son assistant virtuel, baptisé Billie, répond aux clients.")]
        [InlineData("Par Hélène Castagnet · 23/05/2024")]
        [InlineData("Les studios de Los Angeles et de New York recrutent.")]
        [InlineData("Au Festival de Cannes, le débat a été vif.")]
        [InlineData("Les élèves du lycée Jules Ferry et du collège Jean Zay ont manifesté rue Victor Hugo.")]
        [InlineData("La conférence s'est tenue à la bibliothèque François-Mitterrand, puis à la médiathèque Jacques-Prévert.")]
        [InlineData("Il vient de recevoir le prix Émile Guimet de la littérature asiatique.")]
        [InlineData("La revue propose un voyage initiatique. © Denis Meyer\nLa suite au prochain numéro.")]
        [InlineData("Photo: Adil Boukind Archives Le Devoir Les entreprises de trottinettes quittent la ville.")]
        [InlineData("Le groupe a signé 1 000 contrats pour Leonforce, sa plateforme de création d'agents virtuels.")]
        [InlineData("Il s'exprimait dans l'émission The Martin Bartlett Show avant le week-end.")]
        public void Finds_no_person(string sentence) => Assert.Empty(People(sentence));

        [Fact]
        public void A_product_listed_among_others_is_no_person() =>
            Assert.Empty(People("Plus d'un cadre sur trois utilise l'IA régulièrement au travail, selon une étude\n\n"
                + "Selon une étude publiée ce mardi, plus d'un cadre sur trois dit utiliser des outils d'intelligence artificielle générative "
                + "au moins une fois par semaine. 35% d'entre eux utilisent certaines IA comme ChatGPT, Copilot ou Gemini très régulièrement.\n\n"
                + "L'enquête montre que 35% des cadres utilisent des outils comme ChatGPT, Copilot ou Gemini très régulièrement : "
                + "12% d'entre eux disent y avoir recours tous les jours ou presque."));

        [Fact]
        public void A_product_of_two_words_listed_among_others_is_no_person() =>
            Assert.Empty(People("Un précédent message avait donné le feu vert à l'utilisation interne d'outils d'IA générative comme "
                + "Midjourney et Stable Diffusion pour la création d'art conceptuel."));

        [Fact]
        public void One_word_listed_beside_companies_is_no_person() =>
            Assert.Empty(People("Trois ans après l'arrivée de ChatGPT, les premières conséquences sur l'emploi deviennent une réalité. "
                + "Aux Etats-Unis, Amazon, Target, UPS, Duolingo, Accenture licencient à tour de bras."));

        [Fact]
        public void A_company_suffix_opens_no_one_s_name() =>
            Assert.DoesNotContain(People("Dans une note interne, Marc Tissot, président des ventes et des opérations mondiales, et Paul Vernet, président "
                + "des ventes pour Global Theaters et Dell Technologies Direct, auraient indiqué aux employés : « Nous nous allégeons. »"),
                p => p.Name.StartsWith("Technologies", StringComparison.Ordinal));

        [Fact]
        public void A_firm_named_after_a_number_is_no_one_s_name() =>
            Assert.Equal("Adam Varhan", Assert.Single(People("Cité par la chaîne, le directeur général de 50 Varpark Investments à New York, "
                + "Adam Varhan, reconnaît que les investisseurs s'inquiètent.")).Name);

        [Theory]
        [InlineData("Kevin Lee, Data Scientist chez Criteo, témoigne.", "Kevin Lee")]
        [InlineData("Selon Marc Dupont, Chief Technology Officer de la start-up, la transition sera rapide.", "Marc Dupont")]
        [InlineData("Selon Jane Doe, General Manager Benelux chez Acme, les effectifs baisseront.", "Jane Doe")]
        [InlineData("Tom Smith, Training Lead chez Virtuos, confirme.", "Tom Smith")]
        [InlineData("L'agence a recruté un Creative Director, Léo Petit.", "Léo Petit")]
        public void An_English_job_title_beside_a_name_is_no_person(string sentence, string person) =>
            Assert.Equal(person, Assert.Single(People(sentence)).Name);

        [Fact]
        public void An_English_job_title_in_the_plural_is_no_person() =>
            Assert.Equal(["Tom Smith", "Ana Ruiz"], People("Tom Smith et Ana Ruiz, Training Leads chez Virtuos, confirment.").Select(p => p.Name));

        [Fact]
        public void A_family_name_that_is_also_a_title_stays_after_a_given_name() =>
            Assert.Contains(People("« Nous avons tout revu », explique Jean Patron, directeur du site."), p => p.Name == "Jean Patron");

        [Fact]
        public void A_laureate_named_after_the_prize_is_a_person() =>
            Assert.Equal("Joseph Stiglitz", Assert.Single(People("Le prix Nobel Joseph Stiglitz juge ces annonces prématurées.")).Name);
    }
}
