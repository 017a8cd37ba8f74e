/// A capitalized word that opens a sentence may be a common word ("Meltwater flooded the cellars"):
/// when it stands alone, is listed as no name, is a dictionary word or a compound of two, and is
/// nowhere in the article capitalized inside a sentence, it names nothing.
struct SentenceOpeners {
    /// Words listed as names or parts of names.
    static let nameLists = Gazetteer.Lists.firstName | Gazetteer.Lists.surname | Gazetteer.Lists.properWord
        | Gazetteer.Lists.demonym

    /// The shortest part of a compound ("flood" + "waters").
    static let shortestPart = 3

    /// Lowercase hashes of the words capitalized inside a sentence.
    private let capitalizedInside: Set<UInt64>

    init(tokens: [EntityToken], sentences: [Range<Int>]) {
        var inside = Set<UInt64>()
        for sentence in sentences {
            var opened = false
            for i in sentence where tokens[i].spelling.contains(.word) {
                if opened, tokens[i].isCapitalized { inside.insert(tokens[i].lower) }
                opened = true
            }
        }
        capitalizedInside = inside
    }

    /// Whether the one-word name at `index`, spelled `word`, is a common word opening `sentence`.
    func isCommonWord(at index: Int, _ word: String, sentence: Range<Int>, tokens: [EntityToken], gazetteer: Gazetteer) -> Bool {
        let token = tokens[index]
        guard !tokens[sentence.lowerBound..<index].contains(where: { $0.spelling.contains(.word) }),
              !token.spelling.contains(.allCaps), token.lists & Self.nameLists == 0,
              token.place == Gazetteer.PlaceMatch.none, !capitalizedInside.contains(token.lower) else { return false }
        if token.lists & Gazetteer.Lists.commonWord != 0 { return true }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2 * Self.shortestPart else { return false }
        return (Self.shortestPart...scalars.count - Self.shortestPart).contains { cut in
            gazetteer.isCommonWord(String(String.UnicodeScalarView(scalars[..<cut])))
                && gazetteer.isCommonWord(String(String.UnicodeScalarView(scalars[cut...])))
        }
    }
}
