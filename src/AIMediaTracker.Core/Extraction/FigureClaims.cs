using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Whose claim each figure is: the source the article credits (<c>attribution</c>), the
/// organisation whose jobs or money it counts (<c>subject</c>) and whether it is a fact or a
/// projection (<c>basis</c>). Read from French reporting structure, sentence by sentence, with a
/// memory of the article so far: the last source named (for « selon cette étude ») and the
/// organisation being talked about (for « la firme », « ses effectifs »). Figures must be given
/// in text order.
/// </summary>
internal sealed partial class FigureClaims
{
    private readonly string s;
    private readonly ArticleText text;
    private readonly FigureNames names;
    private readonly int titleEnd;
    private readonly QuotedFigures quoted;

    // The article so far: sentences are read once, in order, up to the figure's.
    private int nextSentence;
    private string? lastSource;
    // Paragraphs read so far, and the one where the last source was named or credited.
    private int paragraphs;
    private int lastSourceParagraph;
    private string? topic;
    private readonly PersonEmployers employers = new();
    private SentenceSources? previous;
    private SentenceSources? current;

    public FigureClaims(ArticleText text, FigureNames names, QuotedFigures quoted)
    {
        this.quoted = quoted;
        this.text = text;
        s = text.Matchable;
        this.names = names;
        var newline = s.IndexOf('\n');
        titleEnd = newline < 0 ? 0 : StandfirstEnd(s, newline);
    }

    /// <summary>Whether <paramref name="span"/> lies in the headline (the first line of a text with a body) or its standfirst.</summary>
    public bool InTitle(Span span) => span.Start < titleEnd;

    // « Deux cent mille suppressions de postes dans les banques européennes d'ici 2030. » under the title: a short first
    // paragraph, followed by the body, sums up the article as the headline does.
    private const int StandfirstLength = 250;

    private static int StandfirstEnd(string s, int titleEnd)
    {
        var start = titleEnd;
        while (start < s.Length && char.IsWhiteSpace(s[start])) start++;
        var end = s.IndexOf('\n', start);
        if (end < 0 || end - start > StandfirstLength || s.IndexOf('\n', end + 1) < 0) return titleEnd;
        return end;
    }

    /// <summary>The figure with its basis, attribution and subject.</summary>
    public FigureFact Resolve(FigureFact figure, Span clause)
    {
        var sentence = text.SentenceAt(figure.Span.Start);
        ReadUpTo(sentence);
        var here = current!;

        var subject = Subject(figure, sentence, clause, here);
        var relayed = FigureBasisReader.IsProjected(text, figure, sentence, clause, subject is null) || FigureBasisReader.IsReportedSpeech(text, clause);
        var attribution = here.Source ?? here.SpeakerNear(figure.Span.Start) ?? QuotedOrCarried(figure.Span, here, relayed);
        if (attribution is not null) (lastSource, lastSourceParagraph) = (attribution, paragraphs);
        if (subject is not null) topic = subject;
        var basis = FigureBasisReader.Basis(text, figure, sentence, clause, subject, attribution);
        return figure with { Basis = basis, Attribution = attribution, Subject = subject };
    }

    // A quotation's speaker, unless the source carried from before is the organisation the speaker works for (the FMI's
    // word, quoted from its director).
    private string? QuotedOrCarried(Span figure, SentenceSources here, bool projected)
    {
        var carried = Carried(here, projected);
        return quoted.SpeakerOf(figure) is { } speaker && (carried is null || employers.Of(speaker) != carried) ? speaker : carried;
    }

    // A sentence with no source of its own keeps the one its paragraph opened with, the one a
    // projection continues, or the last source when it says so (« Il en ressort que... »).
    private string? Carried(SentenceSources here, bool projected)
    {
        if (here.ContinuesSource) return lastSource;
        if (previous is not null && previous.Paragraph == here.Paragraph)
        {
            if (previous.Framing is { } framing) return framing;
            if (projected && (previous.Source ?? previous.FirstSpeaker) is { } said) return said;
        }
        // « Au total, 22 % des emplois seraient concernés »: a projection that names no one goes on
        // with the source of its paragraph or of the one before; further on, it is the article's own.
        // Not a firm's word about itself once the article has moved on to another firm (« Amazon a annoncé… IBM aurait
        // décidé… le géant de l'informatique pourrait supprimer 10 % »).
        return projected && !here.NamesAnyone && paragraphs - lastSourceParagraph <= 1 && !IsOtherFirmsWord() ? lastSource : null;
    }

    private bool IsTellingPaper(string name, Span figure, SentenceSources here) =>
        names.IsMedia(name) && (here.ReportsThat(name, figure.Start) || here.IsSource(name));

    private bool IsOtherFirmsWord() => lastSource is not null && topic is not null && topic != lastSource && names.IsFirm(lastSource);

    private string? Subject(FigureFact figure, Span sentence, Span clause, SentenceSources here)
    {
        var span = figure.Span;
        // A partner named after « avec » employs no jobs, but is who a deal pays.
        var countsJobs = figure.Kind is not (FigureKind.Money or FigureKind.Other);
        // « 1 900 postes chez Activision Blizzard », « 35 000 salariés de Capgemini ».
        if (names.OrganizationAfter(s, span.End, sentence.End) is { } owner) return owner;
        // « ses effectifs », « son chiffre d'affaires »: the firm the sentence or the article is about.
        // A comma closes the phrase: in « une enquête auprès de ses membres, près d'un traducteur sur deux » the
        // possessive is the survey's, not the figure's. « 10 % des effectifs du groupe »: the owner follows.
        var phraseStart = Math.Max(sentence.Start, span.Start - 15);
        var comma = span.Start > phraseStart ? s.LastIndexOf(',', span.Start - 1, span.Start - phraseStart) : -1;
        // A paper telling the news is not who « ses » refers to (« Le Wall Street Journal révélait que le géant s'apprêtait à remercier
        // 6000 personnes (moins de 3 % de ses effectifs) »).
        // « Selon Bloomberg, Meta prévoit de licencier 5 % de ses effectifs »: past the paper that tells, the firm that cuts.
        if (FigureClaimWords.HasPossessive(s, comma < 0 ? phraseStart : comma + 1, span.End) || FigureClaimWords.OwnedAfter(s, span.End, sentence.End))
        {
            var possessor = here.OrganizationSpeakerBefore(span.Start, names.IsPerson);
            if (possessor is null || IsTellingPaper(possessor, span, here)) possessor = here.EmployerBefore(span.Start, jobs: countsJobs);
            return possessor is not null && !IsTellingPaper(possessor, span, here) ? possessor : topic;
        }
        var whole = new Span(sentence.Start, sentence.End);
        var named = here.EmployerBefore(span.Start, jobs: countsJobs) ?? here.OrganizationSpeakerBefore(span.Start, names.IsPerson);
        // « Le syndicat CFE-CGC s'inquiète de la disparition de 1,5 million de postes »: a union counts others' jobs, not its staff.
        if (named is not null && names.IsUnion(named) && figure.Kind is not (FigureKind.Workforce or FigureKind.Money)) named = null;
        if (named is { } employer)
        {
            if (here.PublishesStudy(employer, span.Start)) return here.EmployerAfter(span.End);
            // The body that estimates a sector's jobs is its source, not their employer.
            var projection = FigureBasisReader.IsEstimate(text, figure, sentence);
            // Unless it speaks of its own in the first person (« l'IA pourrait nous permettre d'éliminer 4 000 postes »).
            if (projection && (here.IsSource(employer) || here.IsSpeaker(employer)) && !IsOwnPlan(figure, sentence, employer, here) && !SpokenAsWe(span, employer)) return null;
            // « L'Usine Digitale précise que 12 000 personnes ont été licenciées »: a newspaper telling
            // is the source of the figure of the firm talked about.
            // « Le site Kotaku a appris que 98 personnes ont été remerciées chez Ubisoft »: the firm named after, or talked about, or none.
            // So is a paper credited as the source (« Selon Bloomberg, citant des sources proches du dossier, cette banque… »).
            return IsTellingPaper(employer, span, here) ? here.EmployerAfter(span.End) ?? topic : employer;
        }
        // « « Nous allons supprimer 4 000 postes d'ici 2027 », a déclaré la banque Varbank »: a firm, or its head, speaking of
        // its jobs or money in the first person plural, its own.
        if (figure.Kind != FigureKind.Workforce && here.SpeakerNear(span.Start) is { } speaker
            && (names.IsPerson(speaker) ? employers.HeadedBy(speaker) : speaker) is { } we && SpokenAsWe(span, we))
            return we;
        // « Avec plus de 23 000 collaborateurs dans plus de 100 pays, le groupe français Havas s'est saisi de l'IA »: a phrase
        // fronted before the main clause describes its subject.
        if (FrontedSubject(span, sentence) is { } described) return described;
        // « …pourrait toucher 300 millions d'emplois, prédit Norvane Capital »: who forecasts after the figure is its source too.
        if (here.EmployerAfter(span.End) is { } later)
            return here.IsSpeaker(later) && FigureBasisReader.IsEstimate(text, figure, sentence) && !IsOwnPlan(figure, sentence, later, here) ? null : later;
        // « dans le monde », « le secteur »: a sector's figure has no one employer. Read in the figure's
        // own words, up to the next comma: « 12 000 postes sont supprimés, une décision qui secoue le monde du travail » is the firm's.
        // A number in words may run past its sentence's end (« deux\nmillions »).
        var next = span.End < sentence.End ? s.IndexOfAny([',', ';'], span.End, sentence.End - span.End) : -1;
        var ownWords = new Span(clause.Start, next < 0 ? sentence.End : next);
        var sector = FigureClaimWords.NamesSector(s, ownWords);
        // In a sentence opening on the firm or a pronoun, a sector named before the figure is its subject
        // (« Elle rappelle que la profession compte 8 000 traducteurs »); « le groupe emploie 7 400 personnes
        // dans le monde » is the firm's.
        if (here.OpensWithEmployerAnaphor && !SectorRightBefore(span.Start, sentence)) return topic;
        // « 321 emplois seront supprimés, a précisé l'entreprise dans un mail à l'AFP »: its own cuts.
        if (here.FirmSpeaking is { } firm && !FigureClaimWords.NamesSector(s, clause)) return firm;
        // « Sundar Pichai, patron de Google, annonce que l'entreprise va supprimer 12 000 emplois dans le monde »: the firm the clause
        // names as its subject, the speaker's or the one talked about, wherever the jobs are (« le monde » is no sector then).
        if (FirmSubjectAfterQue(clause, span.Start) && (employers.HeadedBy(here.InitialPerson) ?? topic) is { } own) return own;
        // « Marc Benioff, PDG de Salesforce, affirme que l'IA a déjà remplacé 4 000 emplois »: the cuts or hires a company's
        // head reports, as facts, are the company's, wherever they are (« John Wren, directeur général d'Omnicom Group, a confirmé
        // la suppression d'environ 4 000 postes dans le monde »).
        if (!FigureClaimWords.NamesSector(s, ownWords, span.End) && !IsCountrys(figure, sentence) && figure.Kind is FigureKind.JobsLost or FigureKind.JobsCreated
            && employers.HeadedBy(here.InitialPerson) is { } company && here.IsSpeaker(here.InitialPerson!)
            && !FigureBasisReader.IsProjected(text, figure, sentence, whole, subjectIsNull: false))
            return company;
        // « 10 000 des 55 000 postes qui seraient supprimés seraient liés à l'IA, selon le directeur général de BT »: the employer
        // talked about, credited with cuts or hires, tells its own plan, in reported speech too; not an estimate in so many words.
        if (!sector && figure.Kind is FigureKind.JobsLost or FigureKind.JobsCreated && here.Source is { } teller && teller == topic
            && !names.IsUnion(teller) && !names.IsMedia(teller) && !names.IsStudyBody(teller) && !FigureBasisReader.IsEstimateInWords(text, figure, sentence))
            return topic;
        if (sector || here.NamesAnyone) return null;
        // « En France, l'animation fait travailler 7 500 personnes »: a country's figure, not the firm's.
        if (IsCountrys(figure, sentence)) return null;
        // « D'après la Commission européenne, la direction de la traduction est passée à 1 800 traducteurs »: the
        // body the sentence credits, and no other, tells its own headcount; a paper's is not its own, nor is an estimate.
        if (figure.Kind == FigureKind.Workforce && here.Source is { } credited && !names.IsPerson(credited) && !names.IsMedia(credited)
            && !FigureBasisReader.IsEstimate(text, figure, sentence))
            return credited;
        // « Selon le rapport du cabinet Valmont, l'IA transformera 23 % des emplois »: a study's share of jobs, or its
        // forecast, is about the economy, not about the firm the article talks about. A union's count may be that firm's.
        if (here.Source is { } study && names.IsForecaster(study) && !names.IsUnion(study)
            && (IsMeasured(figure) || FigureBasisReader.IsProjected(text, figure, sentence, whole, subjectIsNull: true)))
            return null;
        // « L'ONU tire la sonnette d'alarme. […] les postes occupés par des femmes le sont davantage (4,7 % de l'ensemble des emplois) »:
        // a share of jobs, or jobs touched, threatened or to be created (« cette vague pourrait générer 170 millions de nouveaux
        // emplois » after the WEF's study), after an institution that studies them are the economy's, not its own.
        // (A consultancy talked about, as Accenture, is also an employer.)
        // So is a figure of a sector the sentence names (« l'assurance, qui emploie 154 700 personnes » after an observatory of its trades).
        if (topic is not null && names.IsStudyBody(topic)
            && (IsMeasured(figure) || figure.Sector is not null
                || figure.Kind == FigureKind.JobsCreated && FigureBasisReader.IsProjected(text, figure, sentence, whole, subjectIsNull: true)))
            return null;
        // Money and jobs to be created belong to the project of the firm talked about, projected or not
        // (« le site devrait créer 1 200 emplois » after the group investing in it); a sector's were ruled out above.
        if (figure.Kind is FigureKind.Money or FigureKind.JobsCreated) return topic;
        return FigureBasisReader.IsProjected(text, figure, sentence, whole, subjectIsNull: false) ? null : topic;
    }

    // The organisation opening the main clause after a fronted phrase that holds the figure (« Fort de 700 salariés, »,
    // « Comptant parmi les plus grandes agences avec 23 000 collaborateurs, »), past its determiner and common nouns.
    private string? FrontedSubject(Span figure, Span sentence)
    {
        if (!FrontedOpener().IsMatch(s, sentence.Start) || s.AsSpan(sentence.Start, figure.Start - sentence.Start).IndexOfAny(",;:«»") >= 0) return null;
        var comma = s.IndexOf(',', figure.End, sentence.End - figure.End);
        if (comma < 0) return null;
        var after = names.In(comma, Math.Min(sentence.End, comma + FrontedSubjectReach));
        return after is [var m, ..] && !m.IsPerson && DeterminerAndNouns().IsMatch(s.AsSpan(comma + 1, m.Start - comma - 1)) ? m.Name : null;
    }

    private const int FrontedSubjectReach = 50;

    [GeneratedRegex(@"\G(?:Avec|Forte?s?\s+de|Comptant|Employant|Riche\s+de|Présente?s?|Implantée?s?)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex FrontedOpener();

    // Nothing, or a determiner and common nouns or adjectives (« le groupe français », « l'agence »).
    [GeneratedRegex(@"^\s*(?:(?:(?:le|la|les|ce|cet|cette)\s+|l')(?:\p{Ll}[\p{Ll}-]*\s+)*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DeterminerAndNouns();

    // Whether the figure lies in a quotation that speaks in the first person plural (« nous », « nos », « notre ») for a
    // firm: a study's authors or a paper saying « nous » speak of others' jobs.
    private bool SpokenAsWe(Span figure, string firm)
    {
        if (names.IsForecaster(firm) || names.IsMedia(firm)) return false;
        foreach (var q in text.Quotations)
            if (q.Inner.Start <= figure.Start && figure.End <= q.Inner.End)
                return FirstPersonPlural().IsMatch(s.AsSpan(q.Inner.Start, q.Inner.Length));
        return false;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:nous|nos|notre)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonPlural();

    // What studies measure in others' jobs: shares, jobs touched or threatened.
    private static bool IsMeasured(FigureFact figure) => figure.Kind is FigureKind.ShareOfJobs or FigureKind.JobsAffected or FigureKind.JobsAtRisk;

    // « La BBC a annoncé 500 suppressions de postes d'ici mars 2026 »: an employer giving its own cuts or
    // hires a deadline states its plan; a study, an institution or a union giving one, or anyone giving
    // a country's or a sector's, forecasts.
    private bool IsOwnPlan(FigureFact figure, Span sentence, string employer, SentenceSources here) =>
        figure.Kind is FigureKind.JobsLost or FigureKind.JobsCreated && !IsCountrys(figure, sentence) && !FigureClaimWords.NamesSector(s, sentence, figure.Span.End)
        && !names.IsForecaster(employer) && !names.IsPerson(employer)
        && !IsTellingPaper(employer, figure.Span, here)
        && (!FigureBasisReader.IsEstimateInWords(text, figure, sentence) || OwnWordsBefore(figure.Span.Start, sentence));

    // « la fintech estimait que son assistant remplaçait le travail de 500 conseillers »: the speaker's estimate of its own staff.
    private bool OwnWordsBefore(int at, Span sentence)
    {
        var from = Math.Max(sentence.Start, at - OwnWordsReach);
        return FigureClaimWords.HasPossessive(s, from, at);
    }

    private const int OwnWordsReach = 80;

    // A figure with a country is the country's, unless the country is where most of it falls (« 12 000 employés licenciés,
    // en grande partie aux États-Unis », « 4 000 emplois, principalement en Allemagne ») or where its jobs are
    // (« la banque prévoit de supprimer 1 800 postes en France d'ici fin 2027 »).
    private bool IsCountrys(FigureFact figure, Span sentence) =>
        figure.Region is { } region && !FigureClaimWords.RegionShare.IsMatch(s.AsSpan(sentence.Start, sentence.Length))
        && !FigureClaimWords.LocatedRightAfter(s, figure.Span.End, region);

    // « …annonce que l'entreprise va supprimer »: « que » then « l'entreprise », « le groupe »… before the figure, in its clause.
    private bool FirmSubjectAfterQue(Span clause, int figureStart) =>
        FigureClaimWords.EmployerAfterQue.IsMatch(s.AsSpan(clause.Start, figureStart - clause.Start));

    // A sector word after the last comma, at most a few words before the figure: the clause's own subject.
    private bool SectorRightBefore(int at, Span sentence)
    {
        var from = Math.Max(sentence.Start, at - 40);
        var comma = at > from ? s.LastIndexOf(',', at - 1, at - from) : -1;
        if (comma >= 0) from = comma + 1;
        return at > from && FigureClaimWords.NamesSector(s, new Span(from, at));
    }

    private string? FirstCalledAFirm(Span sentence)
    {
        foreach (var m in names.In(sentence.Start, sentence.End))
            if (!m.IsPerson && FirmNounBefore().IsMatch(s.AsSpan(sentence.Start, m.Start - sentence.Start))
                && !names.IsUnion(m.Name) && !names.IsMedia(m.Name) && !names.IsStudyBody(m.Name))
                return m.Name;
        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:l'entreprise|la\s+société|le\s+groupe|la\s+start-up|la\s+firme|la\s+compagnie)\s+$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex FirmNounBefore();

    private void ReadUpTo(Span sentence)
    {
        if (current?.Sentence == sentence) return;
        var sentences = text.Sentences;
        while (nextSentence < sentences.Count && sentences[nextSentence].Start <= sentence.Start)
        {
            var read = new SentenceSources(text, sentences[nextSentence++], names, lastSource, topic);
            Enter(read);
            if (read.Source is { } source) (lastSource, lastSourceParagraph) = (source, paragraphs);
            // A person quoted after a study (its author, a researcher) does not replace it as what
            // « il en ressort » and the next projections go on with.
            else if (read.FirstSpeaker is { } speaker && (lastSource is null || names.IsPerson(lastSource) || !names.IsPerson(speaker)))
                (lastSource, lastSourceParagraph) = (speaker, paragraphs);
            // Where the sentence's people work is learnt first: one it introduces (« Patron de Dropbox, Drew Houston a annoncé »)
            // makes its firm the one talked about.
            employers.Read(s, names.In(read.Sentence.Start, read.Sentence.End), read.Sentence.Start, topic);
            if (read.Sentence != sentence && (read.Referent ?? read.InitialOrganization ?? employers.Of(read.InitialPerson)) is { } initial) topic = initial;
            // « Personne ne s'y attendait du côté des salariés de l'entreprise Onclusive. Sur les 383 emplois, 217 seront
            // supprimés »: before any firm opens a sentence, the first one the article calls a firm is the one talked about.
            else if (topic is null && read.Sentence != sentence && FirstCalledAFirm(read.Sentence) is { } firm) topic = firm;
        }
        if (current?.Sentence != sentence) Enter(new SentenceSources(text, sentence, names, lastSource, topic));
        if (current!.Referent is { } named) topic = named;
    }

    // The sentence read becomes the current one; a new paragraph is counted when its paragraph differs.
    private void Enter(SentenceSources read)
    {
        if (current is null || current.Paragraph != read.Paragraph) paragraphs++;
        previous = current;
        current = read;
    }
}
