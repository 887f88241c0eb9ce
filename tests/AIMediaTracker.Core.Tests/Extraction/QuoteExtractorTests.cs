using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

public sealed class QuoteExtractorTests
{
    private static PersonFact Person(string name, string? handle = null) => new(name, null, handle, []);

    private static OrganizationFact Org(string name) => new(name, "unknown", []);

    private static (string? Speaker, string Text)[] Quotes(string text, params PersonFact[] people) =>
        QuoteExtractor.Extract(ArticleText.From(text), people, [Org("OpenAI"), Org("Bloomberg")]).Select(q => (q.Speaker, q.Text)).ToArray();

    // The speaker of the body's one quote, with the people and organisations the whole extraction finds.
    private static string? SpeakerOfExtracted(string body) => Assert.Single(ArticleExtractor.Extract(new ArticleDocument("", body)).Quotes).Speaker;

    [Fact]
    public void Attributes_a_quote_to_the_name_in_its_incise()
    {
        var quote = Assert.Single(Quotes("« Les plateformes nous transforment en correcteurs de machines », dénonce Hugo Pellerin, président du collectif.",
            Person("Hugo Pellerin")));
        Assert.Equal(("Hugo Pellerin", "Les plateformes nous transforment en correcteurs de machines"), quote);
    }

    [Fact]
    public void Attributes_a_quote_to_the_person_after_a_role_in_its_incise() =>
        Assert.Equal("Pierre Lacroix", SpeakerOfExtracted("Le SNJ, premier syndicat de journalistes, n'est pas convaincu. "
            + "« On commence par la météo, on finit par les journaux », prévient son délégué, Pierre Lacroix."));

    [Fact]
    public void Attributes_a_quote_to_the_person_right_after_a_role_in_its_incise() =>
        Assert.Equal("Jérôme Vallin", SpeakerOfExtracted("Il y a un an, Michel Lafargue publiait un roman. « C'est honteux qu'une telle maison "
            + "fasse des économies sur le dos des illustrateurs », twitte immédiatement l'illustrateur Jérôme Vallin, furieux."));

    [Fact]
    public void Follows_a_pronoun_back_to_the_last_person_named()
    {
        var text = "Pour Me Aurélie Sarrazin, avocate chez OpenAI, le dossier est simple. « Il ne s'agit pas de prouver qu'un modèle a vu une œuvre », explique-t-elle.";
        Assert.Equal("Aurélie Sarrazin", Assert.Single(Quotes(text, Person("Aurélie Sarrazin"))).Speaker);
    }

    [Fact]
    public void Maps_a_title_and_surname_to_the_full_name()
    {
        var text = "Le producteur Tyler Perry a reporté son projet.\nM. Perry s'est dit étonné : \"On nous dit qu'il peut faire toutes ces choses, c'est époustouflant\".";
        Assert.Equal("Tyler Perry", Assert.Single(Quotes(text, Person("Tyler Perry"))).Speaker);
    }

    [Fact]
    public void Attributes_a_quote_to_a_one_word_name_in_its_incise()
    {
        var quote = Assert.Single(Quotes("Le directeur Paul Vernet mène la réforme. « Personne n'est venu nous la détailler », se désole Sacha.",
            Person("Paul Vernet"), Person("Sacha")));
        Assert.Equal("Sacha", quote.Speaker);
    }

    [Fact]
    public void An_organisation_can_speak()
    {
        var text = "Selon le BloombergL'OpenAI a déclaré à propos de ses projets : \"Nous nous réjouissons de poursuivre le dialogue avec les artistes\".";
        Assert.Equal("OpenAI", Assert.Single(Quotes(text)).Speaker);
    }

    [Fact]
    public void The_employer_in_a_speakers_apposition_does_not_speak()
    {
        var text = "Klaus Wendt, directeur général d'OpenAI, a précisé que « les outils progressent plus vite que prévu ».";
        Assert.Equal("Klaus Wendt", Assert.Single(Quotes(text, Person("Klaus Wendt"))).Speaker);
    }

    [Fact]
    public void The_employer_in_brackets_after_the_speaker_does_not_speak() =>
        Assert.Equal("Laurent Varnier", SpeakerOfExtracted("Laurent Varnier (Sipa Ouest-France) : « Nous avons un peu plus d'une centaine de cas d'usage de l'IA générative au sein du groupe »"));

    [Fact]
    public void An_incise_inside_the_quotation_names_its_speaker() =>
        Assert.Equal("Festus Varnier", SpeakerOfExtracted("L'un d'eux, Charles River Analytics, avait besoin de l'IA. « Nous avons encore besoin de gens pour dire aux machines ce qu'elles doivent faire, "
            + "rappelle Festus Varnier, directeur de Cloudfactory Kenya. Et cela crée des emplois, beaucoup d'emplois. »"));

    [Fact]
    public void An_incise_inside_the_quotation_names_its_speaker_after_a_role() =>
        Assert.Equal("Sonia Varnier", SpeakerOfExtracted("« C'est un écart assez marqué (entre le Canada et le reste du monde), analyse la cheffe des ressources humaines "
            + "de PwC Canada, Sonia Varnier, en entrevue. Il semblerait qu'au Canada, c'est vraiment plus rare. »"));

    [Fact]
    public void Selon_opening_the_sentence_names_the_speaker_of_its_quotation() =>
        Assert.Equal("Rubén Varnier", SpeakerOfExtracted("Rubén Varnier, directeur de l'agence Ostrova, explique son choix. "
            + "Selon M. Varnier, de nombreux projets de l'agence Ostrova étaient « suspendus ou annulés en raison de problèmes indépendants de notre volonté »."));

    [Fact]
    public void A_paper_opening_the_sentence_relays_others_words() =>
        Assert.Equal("Duolingo", SpeakerOfExtracted("Selon Bloomberg, les licenciements ont eu lieu peu après que Duolingo s'est vanté, dans une lettre aux actionnaires, "
            + "d'exploiter l'IA pour produire « du nouveau contenu considérablement plus rapidement »."));

    // Québec writes the incise with « de » and the infinitive.
    [Fact]
    public void An_incise_in_de_and_the_infinitive_names_or_describes_its_speaker()
    {
        var text = "« Nos membres sont remplacés par des machines, c'est indécent », de dénoncer Carl Varnier, président du syndicat.\n\n"
            + "« Un grand défenseur de la culture qui investit dans les GAFAM, c'est inquiétant », d'ajouter le président syndical.";
        Assert.Equal(["Carl Varnier", "Carl Varnier"], ArticleExtractor.Extract(new ArticleDocument("", text)).Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void The_employer_after_its_cue_in_a_speakers_apposition_does_not_speak() =>
        Assert.Equal("Claire Varnier", SpeakerOfExtracted("Claire Varnier, patronne de l'agence de conseil Varlingua à Nantes, déclare : « Ça fait déjà deux ans que je ressens les effets de l'IA sur le métier ».")); 

    [Theory]
    [InlineData("Un constat partagé par Sandrine Morel, voix française de Lara Croft qui alerte : « C'est tout un secteur qui risque de s'effondrer ».")]
    [InlineData("Sandrine Morel, l'interprète de Lara Croft, s'inquiète : « On nous remplace déjà dans les studios ».")]
    public void The_person_named_in_a_speakers_apposition_does_not_speak(string text) =>
        Assert.Equal("Sandrine Morel", Assert.Single(Quotes(text, Person("Sandrine Morel"), Person("Lara Croft"))).Speaker);

    [Theory]
    [InlineData("Julie Sweet l'a reconnu, dans Bloomberg, lors d'un appel aux analystes : « Nous écartons ceux dont la reconversion n'est pas viable ».")]
    [InlineData("La PDG du groupe, Julie Sweet, a déclaré jeudi dans Bloomberg que l'IA « fera partie intégrante de tout ce que nous faisons ».")]
    [InlineData("Julie Sweet a confié au micro de Bloomberg : « Nous ne savons pas encore combien de postes seront touchés ».")]
    public void The_paper_a_person_speaks_in_or_to_does_not_speak(string text) =>
        Assert.Equal("Julie Sweet", Assert.Single(Quotes(text, Person("Julie Sweet"))).Speaker);

    [Fact]
    public void An_organisation_after_a_person_and_a_comma_still_speaks()
    {
        var text = "Selon Klaus Wendt, OpenAI a déclaré : « Nous poursuivons le dialogue avec les artistes ».";
        Assert.Equal("OpenAI", Assert.Single(Quotes(text, Person("Klaus Wendt"))).Speaker);
    }

    [Fact]
    public void Keeps_nested_quotes_inside_the_quotation()
    {
        var text = "« On m'a proposé d'enregistrer trois heures de texte pour “entraîner un modèle”, contre un cachet unique », raconte Léa Marchand.";
        var quote = Assert.Single(Quotes(text, Person("Léa Marchand")));
        Assert.Equal("On m'a proposé d'enregistrer trois heures de texte pour “entraîner un modèle”, contre un cachet unique", quote.Text);
        Assert.Equal("Léa Marchand", quote.Speaker);
    }

    [Theory]
    [InlineData("L'outil, traduit chez Varnex par « Accompagnement Personnalisé du Conseiller », écoute les appels.")]
    [InlineData("Il s'agit de l'AQM : « Management Automatisé de la Qualité ».")]
    public void A_name_spelt_out_in_capitals_is_no_quotation(string text) =>
        Assert.Empty(Quotes(text));

    [Theory]
    [InlineData("Une étude récente, \"Future Unscripted\", a montré l'ampleur des pertes.")]
    [InlineData("Une valorisation qui fait d'ElevenLabs une « licorne ».")]
    [InlineData("OpenAI s'aventure à Hollywood avec \"Sora\", son modèle.")]
    public void Short_quoted_titles_and_words_are_not_quotations(string text) =>
        Assert.Empty(Quotes(text));

    [Theory]
    [InlineData("Il l'a révélé vendredi dans le podcast \"The Martin Bartlett Show\".")]
    [InlineData("Le rapport « The Future of Creative Jobs » paraît demain.")]
    public void A_title_after_the_noun_of_its_work_is_no_quotation(string text) =>
        Assert.Empty(Quotes(text, Person("Martin Bartlett")));

    [Theory]
    [InlineData("L'organisation publie un rapport intitulé « création d'emplois et développement économique local : la géographie de l'IA ».")]
    [InlineData("L'enquête, baptisée « les métiers de la voix face aux machines qui parlent », inquiète les comédiens.")]
    [InlineData("La journée s'est tenue sous le thème « L'intelligence artificielle et les compétences numériques : une voie vers l'autonomie des jeunes ».")]
    [InlineData("Les grévistes défilaient avec pour slogan : « Pas d'IA sans nous ».")]
    public void What_a_naming_word_calls_something_is_no_quotation(string text) =>
        Assert.Empty(Quotes(text));

    [Fact]
    public void Attributes_tweets_to_their_signature()
    {
        var text = "L'aventure a suscité la controverse.\nOpenAI organise des réunions avec des studios 2 SEMAINES après.\nIncroyable ! https://t.co/qbewb5gxoO pic.twitter.com/KSgQJdeujp\n- Reid Southen (@Rahll) 22 mars 2024\nLa suite.";
        var quote = Assert.Single(Quotes(text, Person("Reid Southen", "@Rahll")));
        Assert.Equal("Reid Southen", quote.Speaker);
        Assert.StartsWith("OpenAI organise des réunions", quote.Text);
        Assert.EndsWith("pic.twitter.com/KSgQJdeujp", quote.Text);
    }

    [Fact]
    public void A_tweet_author_unknown_to_the_person_list_keeps_the_signature_name() =>
        Assert.Equal("Heather-Ashley Boyer", Assert.Single(Quotes("Je déteste cela de tout mon corps, vraiment.\n- Heather-Ashley Boyer (@HeatherAshleyB_) 24 mars 2024")).Speaker);

    [Fact]
    public void A_speaker_the_person_list_missed_is_read_from_the_incise() =>
        Assert.Equal("Sandrine Collet", Assert.Single(Quotes("« Reconvertir 8 500 personnes, c'est une belle vitrine », relève Sandrine Collet, déléguée syndicale.")).Speaker);

    // An incise that describes its speaker instead of naming it: not the next name of the paragraph.
    [Fact]
    public void A_study_described_in_the_incise_is_not_the_person_named_after_it() =>
        Assert.Null(Assert.Single(Quotes("En France, « ils ne représenteraient que 5 % des emplois », tranche cette recherche, qui a été dirigée par Anne Norvel.",
            Person("Anne Norvel"))).Speaker);

    [Fact]
    public void Someone_new_described_in_the_incise_is_no_one_named() =>
        Assert.Null(Assert.Single(Quotes("Des start-up utilisent des outils conçus par Marc Tissot. « L'IA est meilleure qu'un jeune en sortie d'école », "
            + "nous affirme le fondateur d'une start-up qui n'embauche plus de juniors.", Person("Marc Tissot"))).Speaker);

    [Fact]
    public void A_title_in_the_incise_is_the_person_named_before() =>
        Assert.Equal("Dorine Valcourt", Assert.Single(Quotes("Pour l'actrice Dorine Valcourt, rien ne remplace une voix humaine. « Un robot ne joue pas la même scène », "
            + "soutient la comédienne. Le studio de Marc Tissot, lui, s'est déjà équipé.", Person("Dorine Valcourt"), Person("Marc Tissot"))).Speaker);

    [Fact]
    public void A_body_described_in_the_incise_is_the_organisation_of_the_sentence_before() =>
        Assert.Equal("Norvane", SpeakerOfExtracted("La proposition a été rejetée par le syndicat patronal Norvane. "
            + "« Les sociétés membres négocient ensemble pour trouver une solution », a déclaré le syndicat, cité par Marc Tissot."));

    [Fact]
    public void A_participle_after_the_quote_is_no_incise() =>
        Assert.Equal("Claire Gautier", Assert.Single(Quotes("Claire Gautier, patronne d'une agence, déclare : « Ça fait deux ans que je ressens les effets de l'IA », "
            + "notant une baisse des demandes.", Person("Claire Gautier"))).Speaker);

    [Fact]
    public void An_organisation_in_apposition_to_the_described_speaker_speaks() =>
        Assert.Equal("Norvane Media", SpeakerOfExtracted("Le groupe Norvane Media possède le quotidien. Le journal « se séparerait de collègues dont les tâches "
            + "sont faites par l'IA », a déclaré son propriétaire, Norvane Media, dans un courriel."));

    [Fact]
    public void A_title_written_in_capitals_before_the_name_is_no_speaker() =>
        Assert.Equal("Marc Tissot", Assert.Single(Quotes("L'IA remplacera d'abord « les reportages de base », affirme le CEO de Norvane Media, Marc Tissot, "
            + "cité dans un rapport.", Person("Marc Tissot"))).Speaker);

    [Fact]
    public void Whom_the_opening_pour_credits_speaks_not_the_body_in_their_apposition() =>
        Assert.Equal("Marc Tissot", SpeakerOfExtracted("Pour Marc Tissot, comédien, producteur audiovisuel et membre fondateur de l'association "
            + "Vocalia, « la technologie n'est pas encore au point, mais c'est une question de mois »."));

    // A publisher and a year in brackets give a book's reference: the words are the author's or the heroine's, not the publisher's.
    [Theory]
    [InlineData("Dans Jour de grève, de Lise Varnier (Gallimard, 2024), l'héroïne annonce à sa famille qu'elle « [va] devoir changer de métier ».", "Lise Varnier")]
    [InlineData("Dans le roman Jour de grève (Gallimard, 2024), l'héroïne annonce à sa famille qu'elle « [va] devoir changer de métier ».", null)]
    public void A_body_in_a_bracketed_reference_is_no_speaker(string body, string? expected) =>
        Assert.Equal(expected, SpeakerOfExtracted(body));

    [Fact]
    public void An_acronym_alone_in_brackets_still_names_who_speaks() =>
        Assert.Equal("SGLV-CGT", SpeakerOfExtracted("Le syndicat du livre et de la voix (SGLV-CGT) insiste en affirmant : « Sans correction, pas de qualité »."));

    [Fact]
    public void A_person_in_apposition_to_the_described_speaker_speaks() =>
        Assert.Equal("Marc Tissot", Assert.Single(Quotes("« Non, bien au contraire », répond son agent, l'avocat genevois Marc Tissot.", Person("Marc Tissot"))).Speaker);
}
