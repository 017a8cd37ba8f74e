/// One identity per entity within an article: the mentions that name the same entity ("Sergey
/// Kiriyenko" ... "Kiriyenko"; "Main Intelligence Directorate or HUR" ... "the HUR") share an id
/// made from the entity's fullest name and type (`person:sergey-kiriyenko`), so the same entity
/// gets the same id in every article that names it in full.
public enum EntityIdentity {
    /// The id of an entity of `type` whose fullest name is `name`. A group is named in the
    /// singular ("Russians" and "Russian" are one group).
    public static func id(type: EntityType, name: String) -> String {
        id(type: type, name: Array(name.unicodeScalars))
    }

    static func id(type: EntityType, name: [Unicode.Scalar]) -> String {
        var end = name.count
        if type == .group, end > 0, name[end - 1] == "s", !(end > 1 && name[end - 2] == "s") { end -= 1 }
        var id = Array(prefix(type).utf8)
        id.append(UInt8(ascii: ":"))
        let slugStart = id.count
        var pendingDash = false
        for s in name[..<end] {
            if CharacterClass.isWordScalar(s) {
                if pendingDash && id.count > slugStart { id.append(UInt8(ascii: "-")) }
                pendingDash = false
                let lower = EntityTokens.lowercase(s)
                if lower.isASCII { id.append(UInt8(lower.value)) } else { id.append(contentsOf: String(lower).utf8) }
            } else if !CharacterClass.isApostrophe(s) && s != "." {
                pendingDash = true
            }
        }
        return String(decoding: id, as: UTF8.self)
    }

    static func prefix(_ type: EntityType) -> String {
        switch type {
        case .person: "person"
        case .organization: "organization"
        case .location: "location"
        case .group: "group"
        case .misc: "misc"
        }
    }

    /// Mentions (sorted by start) with their ids, from the recognized ranges and types.
    static func assign(_ found: [(range: Range<Int>, type: EntityType)], in text: AnalyzedText) -> [EntityMention] {
        let sorted = found.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var mentions = sorted.map { Mention(range: $0.range, type: $0.type, scalars: text.scalars) }
        var clusters = EntityClusters(&mentions, scalars: text.scalars)
        let ids = clusters.resolve(&mentions, scalars: text.scalars)
        return mentions.indices.map { i in
            EntityMention(start: mentions[i].range.lowerBound, end: mentions[i].range.upperBound,
                          type: mentions[i].type, id: ids[i])
        }
    }

    struct Mention {
        var range: Range<Int>
        var type: EntityType
        /// The name's words, possessor and leading article left out ("Ukraine's Main Intelligence
        /// Directorate" -> Main Intelligence Directorate).
        let words: [NameWord]
        /// Whether the name is one word of capitals and digits ("HUR", "U.S.").
        let isAcronym: Bool

        init(range: Range<Int>, type: EntityType, scalars: [Unicode.Scalar]) {
            self.range = range
            self.type = type
            words = EntityName.words(scalars, range)
            isAcronym = EntityName.isAcronym(words, scalars)
        }
    }
}

/// One word of a name: where it is, and the hashes of its spelling as written and in lowercase
/// (any apostrophe spelled "'"), which names are compared on.
struct NameWord {
    var range: Range<Int>
    var exact: UInt64
    var lower: UInt64
}

/// Names as words: what aliases are compared on.
enum EntityName {
    static let articles: Set<UInt64> = Set(["the", "The", "THE"].map { FeatureHash.of($0.unicodeScalars) })

    /// The scalar a name's word holds for `s`: apostrophes as "'".
    @inline(__always)
    static func spelled(_ s: Unicode.Scalar) -> Unicode.Scalar { CharacterClass.isApostrophe(s) ? "'" : s }

    static func words(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [NameWord] {
        var words: [NameWord] = []
        var start: Int? = nil, end = 0
        var exact = FeatureHash.seed, lower = FeatureHash.seed
        func close() {
            if let first = start { words.append(NameWord(range: first..<end, exact: exact, lower: lower)) }
            start = nil
            exact = FeatureHash.seed
            lower = FeatureHash.seed
        }
        var i = range.lowerBound
        while i < range.upperBound {
            let s = scalars[i]
            if CharacterClass.isApostrophe(s), i + 1 < range.upperBound, scalars[i + 1] == "s" || scalars[i + 1] == "S",
               i + 2 == range.upperBound || !CharacterClass.isWordScalar(scalars[i + 2]) {
                // A possessor: what follows is the name ("Ukraine's Main Intelligence Directorate").
                if i + 2 < range.upperBound {
                    words.removeAll()
                    start = nil
                    exact = FeatureHash.seed
                    lower = FeatureHash.seed
                }
                i += 2
                continue
            }
            if CharacterClass.isWordScalar(s) || s == "." || (CharacterClass.isApostrophe(s) && start != nil)
                || (CharacterClass.isHyphen(s) && start != nil) {
                if start == nil { start = i }
                end = i + 1
                let written = spelled(s)
                exact = FeatureHash.add(exact, written.value)
                if written.value < 0x80 {
                    lower = FeatureHash.add(lower, CharacterClass.lowerASCII(written).value)
                } else {
                    // As String.lowercased() maps it: the whole lowercase mapping.
                    for l in written.properties.lowercaseMapping.unicodeScalars { lower = FeatureHash.add(lower, l.value) }
                }
            } else {
                close()
            }
            i += 1
        }
        close()
        if words.count > 1, articles.contains(words[0].exact) { words.removeFirst() }
        return words
    }

    /// The words' scalars, one space between them.
    static func text(_ words: [NameWord], _ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var text: [Unicode.Scalar] = []
        for word in words {
            if !text.isEmpty { text.append(" ") }
            for s in scalars[word.range] { text.append(spelled(s)) }
        }
        return text
    }

    /// A hash of the name as written.
    static func spelling(_ words: [NameWord]) -> UInt64 {
        var h = FeatureHash.seed
        for word in words { h = FeatureHash.combine(h, word.exact) }
        return h
    }

    /// A hash of the name in lowercase and of its type: the same for two mentions of one entity.
    static func key(_ words: [NameWord], type: EntityType) -> UInt64 {
        var h = FeatureHash.of(type.rawValue.unicodeScalars)
        for word in words { h = FeatureHash.combine(h, word.lower) }
        return h
    }

    /// A hash of the capitals that begin a name's words: "Main Intelligence Directorate" -> "MID".
    static func initials(_ words: [NameWord], _ scalars: [Unicode.Scalar]) -> UInt64 {
        FeatureHash.of(words.lazy.map { scalars[$0.range.lowerBound] }.filter(CharacterClass.isUpper))
    }

    /// A hash of an acronym's letters, dots left out ("U.S." -> "US"), to compare with `initials`.
    static func letters(_ word: NameWord, _ scalars: [Unicode.Scalar]) -> UInt64 {
        FeatureHash.of(scalars[word.range].lazy.filter { $0 != "." })
    }

    static func isAcronym(_ words: [NameWord], _ scalars: [Unicode.Scalar]) -> Bool {
        guard words.count == 1 else { return false }
        var letters = 0
        for s in scalars[words[0].range] where s != "." {
            guard CharacterClass.isUpper(s) || CharacterClass.isDigit(s) else { return false }
            letters += 1
        }
        return letters >= 2 && letters <= 8
    }
}
