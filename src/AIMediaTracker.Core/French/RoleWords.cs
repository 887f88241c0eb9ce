namespace AIMediaTracker.Core.French;

/// <summary>
/// Nouns that name a job or a title in French news ("producteur", "directrice technique",
/// "porte-parole"), as one regex alternation: a name next to one of them is a person.
/// </summary>
public static class RoleWords
{
    public const string Pattern = "(?:p[.-]?d[.-]?g|pdg|ceo|cto|coo|cfo|directeur|directrice|dir[ie]geante?|pr[ée]sidente?|vice-pr[ée]sidente?|"
        + "fondat(?:eur|rice)|co-?fondat(?:eur|rice)|patronne|patron|responsable|cheffe|chef|porte-parole|analyste|consultante?|"
        + "avocate?|animat(?:eur|rice)|com[ée]dien(?:ne)?|act(?:eur|rice)|traduct(?:eur|rice)|journaliste|chercheu(?:r|se)|"
        + "professeure?|[ée]conomiste|sociologue|ministre|d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|secr[ée]taire|d[ée]l[ée]gu[ée]e?|"
        + "associ[ée]e?|investisseu(?:r|se)|ing[ée]nieure?|sc[ée]nariste|r[ée]alisat(?:eur|rice)|product(?:eur|rice)|auteure?|autrice|"
        + "[ée]crivaine?|artiste|illustrat(?:eur|rice)|doubleu(?:r|se)|musicien(?:ne)?|chanteu(?:r|se)|compositeur|compositrice|"
        + "photographe|designer|graphiste|d[ée]veloppeu(?:r|se)|r[ée]dact(?:eur|rice)|[ée]dit(?:eur|rice)|experte?|sp[ée]cialiste|"
        + "juriste|syndicaliste|militante?|repr[ée]sentante?|conseill(?:er|[èe]re)|commissaire|gouverneure?|maire|chanceli[èe]re?|"
        + "historien(?:ne)?|philosophe|linguiste|informaticien(?:ne)?|enseignante?|doctorante?|[ée]tudiante?|universitaire|entrepreneu(?:r|se)|"
        + "milliardaire|administrat(?:eur|rice)|tr[ée]sori[èe]re?|[ée]lue?|cr[ée]at(?:eur|rice)|youtubeu(?:r|se)|influenceu(?:r|se)|"
        + "podcasteu(?:r|se)|monteu(?:r|se)|dessinat(?:eur|rice)|technicien(?:ne)?|coordinat(?:eur|rice)|manager|ambassadrice|ambassadeur|"
        + "juge|procureure?|magistrate?|architecte|m[ée]decin|psychologue|docteure?|cadre|salari[ée]e?|employ[ée]e?|traductrice|"
        + "n[ée]gociat(?:eur|rice)|lobbyiste|t[ée]l[ée]conseill(?:er|[èe]re)|vendeu(?:r|se)|opérat(?:eur|rice)|membre|pilote|romanci[èe]re?|pr[ée]sentat(?:eur|rice)|"
        + "chroniqueu(?:r|se)|reporter|correspondante?|stagiaire|cin[ée]aste|plasticien(?:ne)?|storyboardeu(?:r|se)|sculpt(?:eur|rice)|"
        + "danseu(?:r|se)|musicologue|chef[ ]op[ée]rat(?:eur|rice)|head|partner|lead|vp|evp|svp|chief)";
}
