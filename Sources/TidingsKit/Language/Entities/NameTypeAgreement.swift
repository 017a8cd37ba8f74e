/// One name, one type within an article: the tagger may type a name a place in one sentence and
/// a person in the next. Where the article itself says what a name is ("Varnholt, a town of
/// 40,000", "the district of Lower Varnholt", "Norway's west coast"), that holds, and a word that
/// ends a place's name is a place too ("Varnholt" beside "Lower Varnholt"), unless it ends a
/// person's name. Else a name takes the type most of its mentions got, a tie going to the place
/// list's (a listed place), the first-name list's (a person), else to its first mention's.
struct NameTypeAgreement {
    /// A recognized name: its tokens and type, and its sentence's tokens.
    struct Name {
        var first: Int
        var last: Int
        var type: EntityType
        var sentence: Range<Int>
    }

    /// Nouns of places that an apposition ("X, a town ...", "X, the fishing port ...") or an "of"
    /// ("the town of X") gives a name.
    static let placeNouns: Set<String> = [
        "capital", "city", "coast", "county", "district", "hamlet", "island", "municipality", "port", "province",
        "region", "suburb", "town", "township", "village",
    ]

    /// Words an apposition may put between its article and its noun ("a small fishing town").
    static let maxModifiers = 3

    let tokens: [EntityToken]
    let text: AnalyzedText

    /// Gives the names of one spelling (any case) one type.
    func agree(_ names: inout [Name]) {
        var called = names.indices.filter { isCalledAPlace(names[$0]) }
        for i in called { names[i].type = .location }
        placeLastWords(&names, called: &called)
        var groups: [UInt64: [Int]] = [:]
        for i in names.indices { groups[key(names[i]), default: []].append(i) }
        for members in groups.values {
            // A place's name also names its team or its government ("Texas beat Seattle"): a
            // place and an organization of one name are two entities.
            let types = Set(members.map { names[$0].type })
            guard types.count > 1, !types.isSubset(of: [.location, .organization]) else { continue }
            let type = members.contains(where: called.contains) ? .location : agreedType(members.map { names[$0] })
            for i in members { names[i].type = type }
        }
    }

    private func key(_ name: Name) -> UInt64 { Gazetteer.sequenceHash(tokens[name.first...name.last]) }

    /// Types a one-word person or other name as a place when it is the last word of a place of
    /// the article ("Lower Varnholt"), and of no person's name.
    private func placeLastWords(_ names: inout [Name], called: inout [Int]) {
        let placeEnds = Set(names.filter { $0.type == .location && $0.first < $0.last }.map { tokens[$0.last].lower })
        guard !placeEnds.isEmpty else { return }
        let personEnds = Set(names.filter { $0.type == .person && $0.first < $0.last }.map { tokens[$0.last].lower })
        for i in names.indices where names[i].first == names[i].last && (names[i].type == .person || names[i].type == .misc) {
            let word = tokens[names[i].first].lower
            guard placeEnds.contains(word), !personEnds.contains(word) else { continue }
            names[i].type = .location
            called.append(i)
        }
    }

    private func agreedType(_ mentions: [Name]) -> EntityType {
        var votes: [EntityType: Int] = [:]
        for mention in mentions { votes[mention.type, default: 0] += 1 }
        let most = votes.values.max()!
        let leaders = EntityType.allCases.filter { votes[$0] == most }
        if leaders.count == 1 { return leaders[0] }
        let name = mentions[0]
        if leaders.contains(.location), Gazetteer.isPlace(tokens[name.first...name.last]) { return .location }
        if leaders.contains(.person), tokens[name.first].lists & Gazetteer.Lists.firstName != 0 { return .person }
        return leaders.contains(name.type) ? name.type : leaders[0]
    }

    /// Whether the words around the name call it a place: "the town of X", or an apposition
    /// right after it (a comma, an article, at most a few lowercase words, a place noun).
    private func isCalledAPlace(_ name: Name) -> Bool {
        if name.first >= name.sentence.lowerBound + 2, word(name.first - 1) == "of",
           Self.placeNouns.contains(word(name.first - 2)) {
            return true
        }
        let i = name.last + 1
        let end = name.sentence.upperBound
        // "Norway's west coast", "Sweden's second city": what has a town or a coast is a place
        // (a person's home town is not the person).
        if i + 1 < end, isPossessive(word(i)) { return name.type != .person && placeNounFollows(from: i + 1, end: end) }
        guard i + 2 < end, word(i) == ",", ["a", "an", "the"].contains(word(i + 1)) else { return false }
        return placeNounFollows(from: i + 2, end: end)
    }

    private func isPossessive(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return scalars.count == 2 && CharacterClass.isApostrophe(scalars[0]) && scalars[1] == "s"
    }

    /// Whether a place noun comes at `start`, after at most a few lowercase words.
    private func placeNounFollows(from start: Int, end: Int) -> Bool {
        var i = start
        for _ in 0...Self.maxModifiers where i < end {
            // Not "the city's mayor", not "a city-based firm".
            if Self.placeNouns.contains(word(i)) {
                return i + 1 == end || !(word(i + 1).unicodeScalars.first.map {
                    CharacterClass.isApostrophe($0) || CharacterClass.isHyphen($0)
                } ?? false)
            }
            guard tokens[i].spelling.contains(.lowercase) else { return false }
            i += 1
        }
        return false
    }

    private func word(_ index: Int) -> String {
        text.string(Int(tokens[index].start)..<Int(tokens[index].end))
    }
}
