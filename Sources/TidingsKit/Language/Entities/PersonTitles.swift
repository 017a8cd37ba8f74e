/// Words of titles and offices before a person's name. An office is not part of the name
/// ("Mayor Mira Castell" is Mira Castell, so one person keeps one id whether the title is there
/// or not); a style of royalty or rank is ("Prince Charles", "Pope Francis": without it the name
/// is another). Either alone names no one ("Deputy Head", "the Prime Minister").
enum PersonTitles {
    /// Offices and forms of address, lowercase, abbreviations without their period.
    static let offices: Set<String> = [
        "acting", "adm", "admiral", "alderman", "amb", "ambassador", "archbishop", "atty", "attorney", "bishop",
        "brig", "capt", "captain", "cardinal", "chair", "chairman", "chairwoman", "chancellor", "chief", "cmdr",
        "col", "colonel", "commander", "commissioner", "congressman", "congresswoman", "councillor", "councilman",
        "councilor", "councilwoman", "cpl", "deputy", "det", "detective", "director", "dr", "first", "gen",
        "general", "gov", "governor", "head", "hon", "insp", "inspector", "judge", "lieutenant", "lt", "maj",
        "mayor", "messrs", "minister", "mlle", "mme", "mr", "mrs", "ms", "premier", "pres", "president",
        "prime", "prof", "professor", "prosecutor", "pvt", "rabbi", "rep", "representative", "rev", "reverend",
        "secretary", "sen", "senator", "sergeant", "sgt", "speaker", "supt", "vice",
    ]

    /// Styles that stay part of a name.
    static let styles: Set<String> = [
        "dame", "emir", "emperor", "empress", "king", "lady", "lord", "pope", "prince", "princess", "queen",
        "sheikh", "sir", "sultan",
    ]

    /// Whether `word` (as written, a trailing period allowed) is an office.
    static func isOffice(_ word: String) -> Bool { offices.contains(normalized(word)) }

    /// Whether `word` is an office or a style.
    static func isTitle(_ word: String) -> Bool {
        let key = normalized(word)
        return offices.contains(key) || styles.contains(key)
    }

    private static func normalized(_ word: String) -> String {
        let lower = word.lowercased()
        return lower.hasSuffix(".") ? String(lower.dropLast()) : lower
    }
}
