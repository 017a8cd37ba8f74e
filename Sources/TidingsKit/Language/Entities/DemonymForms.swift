/// A word formed from a place's name as demonyms are ("Esterian", "Kōmurese") names its people
/// even when the demonym list does not hold it: an unlisted name of one such word is a group.
enum DemonymForms {
    static let endings = ["ian", "ians", "ese", "ish"]

    /// The shortest such word ("Omani" is listed; "Asian" is too short to guess).
    static let shortest = 6

    static func isDemonymLike(_ token: EntityToken, _ word: String) -> Bool {
        token.isCapitalized && !token.spelling.contains(.allCaps) && token.lists == 0 && token.place == Gazetteer.PlaceMatch.none
            && word.unicodeScalars.count >= shortest && endings.contains { word.hasSuffix($0) }
    }
}
