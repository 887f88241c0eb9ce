namespace AIMediaTracker.Core.French;

/// <summary>
/// The titles of Data/role-nouns.txt as a compile-time constant, for the person patterns that must
/// stay source-generated: built at run time with RegexOptions.Compiled, a pattern holding this
/// alternation took seconds to JIT on first use (measured 7.5 s for RoleAfter, 2.3 s for the
/// determiner check, against ~0 for the generated ones), and interpreted it matched 15 times slower.
/// Generated from the data, never edited by hand: RoleNounsTests fails when the file changes and
/// prints the new value to paste here.
/// </summary>
internal static class RoleTitles
{
    public const string Pattern =
        @"(?:pdg|p\.d\.g|p-d-g|dg|ceo|cto|coo|cfo|directeur|directrice|dirigeant|dirigeante|pr[ée]sident|"
        + @"pr[ée]sidente|vice-pr[ée]sident|vice-pr[ée]sidente|fondateur|fondatrice|cofondateur|cofondatrice|"
        + @"co-fondateur|co-fondatrice|patron|patronne|responsable|chef|cheffe|chef[ ]op[ée]rateur|"
        + @"chef[ ]op[ée]ratrice|porte-parole|analyste|consultant|consultante|avocat|avocate|animateur|"
        + @"animatrice|com[ée]dien|com[ée]dienne|acteur|actrice|traducteur|traductrice|doubleur|doubleuse|"
        + @"journaliste|r[ée]dacteur|r[ée]dactrice|chroniqueur|chroniqueuse|reporter|correspondant|"
        + @"correspondante|pr[ée]sentateur|pr[ée]sentatrice|[ée]diteur|[ée]ditrice|chercheur|chercheuse|"
        + @"professeur|professeure|enseignant|enseignante|doctorant|doctorante|[ée]tudiant|[ée]tudiante|"
        + @"universitaire|[ée]conomiste|sociologue|historien|historienne|philosophe|linguiste|musicologue|"
        + @"psychologue|ministre|d[ée]put[ée]|d[ée]put[ée]e|s[ée]nateur|s[ée]natrice|secr[ée]taire|"
        + @"d[ée]l[ée]gu[ée]|d[ée]l[ée]gu[ée]e|adjoint|adjointe|commissaire|gouverneur|gouverneure|maire|"
        + @"chancelier|chanceli[èe]re|[ée]lu|[ée]lue|ambassadeur|ambassadrice|juge|procureur|procureure|"
        + @"magistrat|magistrate|juriste|syndicaliste|militant|militante|repr[ée]sentant|repr[ée]sentante|"
        + @"lobbyiste|n[ée]gociateur|n[ée]gociatrice|associ[ée]|associ[ée]e|investisseur|investisseuse|"
        + @"entrepreneur|entrepreneuse|milliardaire|administrateur|administratrice|tr[ée]sorier|"
        + @"tr[ée]sori[èe]re|coordinateur|coordinatrice|manager|expert|experte|sp[ée]cialiste|ing[ée]nieur|"
        + @"ing[ée]nieure|informaticien|informaticienne|d[ée]veloppeur|d[ée]veloppeuse|technicien|technicienne|"
        + @"designer|graphiste|illustrateur|illustratrice|dessinateur|dessinatrice|photographe|sc[ée]nariste|"
        + @"r[ée]alisateur|r[ée]alisatrice|producteur|productrice|cin[ée]aste|storyboardeur|storyboardeuse|"
        + @"monteur|monteuse|auteur|auteure|autrice|[ée]crivain|[ée]crivaine|romancier|romanci[èe]re|artiste|"
        + @"plasticien|plasticienne|sculpteur|sculptrice|musicien|musicienne|chanteur|chanteuse|compositeur|"
        + @"compositrice|danseur|danseuse|cr[ée]ateur|cr[ée]atrice|youtubeur|youtubeuse|influenceur|"
        + @"influenceuse|podcasteur|podcasteuse|architecte|m[ée]decin|docteur|docteure|pilote|stagiaire|cadre|"
        + @"salari[ée]|salari[ée]e|employ[ée]|employ[ée]e|membre|conseiller|conseill[èe]re|t[ée]l[ée]conseiller|"
        + @"t[ée]l[ée]conseill[èe]re|t[ée]l[ée]-conseiller|t[ée]l[ée]-conseill[èe]re|vendeur|vendeuse|"
        + @"op[ée]rateur|op[ée]ratrice|head|partner|lead|vp|evp|svp|chief|officer|director|executive|engineer|"
        + @"developer|scientist|researcher|analyst|strategist|specialist|editor|founder|co-founder|cofounder|"
        + @"owner|recruiter|advisor|adviser)";
}
