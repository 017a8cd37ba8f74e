/// Words that say what kind of thing a name names, whatever the tagger guessed from the words
/// before them: a last word that names a kind of organization ("Varnholt Courier", "Brightwater
/// Engineering", "Oran Basin Authority") or a geographic feature ("Kessel Dam", "Oran River"), or a
/// lowercase noun of an organization right after the name ("the Red Lantern society").
enum NameHeads {
    /// Last words of organizations' names, lowercase ("Bank" also ends a region's, "West Bank";
    /// "League" a competition's, "American League").
    static let organizationKinds: Set<String> = [
        "agency", "airlines", "airways", "association", "authority", "board", "bureau", "club",
        "college", "commission", "committee", "company", "consortium", "corp", "corporation", "council",
        "courier", "department", "directorate", "engineering", "foundation", "gazette",
        "group", "herald", "holdings", "inc", "institute", "journal", "ltd", "ministry", "party",
        "police", "press", "railways", "society", "telegraph", "times", "tribune", "university",
    ]

    /// Last words of places' names, lowercase ("Forest" is also a football club's, so not here).
    static let geographicFeatures: Set<String> = [
        "bay", "bridge", "canal", "coast", "creek", "dam", "desert", "falls", "glacier", "gulf", "hill",
        "hills", "island", "islands", "lake", "mountain", "mountains", "ocean", "peninsula", "reservoir",
        "river", "sea", "strait", "valley",
    ]

    /// Lowercase nouns that, right after a name, make it an organization's ("club" follows a
    /// league's too, "a Serie A club").
    static let organizationNouns: Set<String> = [
        "agency", "association", "bank", "charity", "company", "firm", "foundation", "league",
        "movement", "party", "society", "union",
    ]

    /// The type a name of several words ending in `last` has by its last word, if that word says.
    static func type(byLastWord last: String) -> EntityType? {
        let key = last.lowercased()
        if organizationKinds.contains(key) { return .organization }
        if geographicFeatures.contains(key) { return .location }
        return nil
    }
}
