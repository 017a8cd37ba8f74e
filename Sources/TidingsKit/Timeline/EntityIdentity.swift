/// One identity per entity within an article: the mentions that name the same entity ("Sergey
/// Kiriyenko" ... "Kiriyenko"; "Main Intelligence Directorate or HUR" ... "the HUR") share an id
/// made from the entity's fullest name and type (`person:sergey-kiriyenko`), so the same entity
/// gets the same id in every article that names it in full.
public enum EntityIdentity {
    /// The id of an entity of `type` whose fullest name is `name`.
    public static func id(type: EntityType, name: String) -> String {
        var slug = ""
        var pendingDash = false
        for s in name.unicodeScalars {
            if CharacterClass.isWordScalar(s) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(EntityTokens.lowercase(s))
            } else if !CharacterClass.isApostrophe(s) && s != "." {
                pendingDash = true
            }
        }
        return prefix(type) + ":" + slug
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
        var mentions = sorted.map { Mention(range: $0.range, type: $0.type, words: EntityName.words(text.scalars, $0.range)) }
        let clusters = EntityClusters(&mentions, scalars: text.scalars)
        return mentions.indices.map { i in
            EntityMention(start: mentions[i].range.lowerBound, end: mentions[i].range.upperBound,
                          type: mentions[i].type, id: clusters.id(of: i, mentions))
        }
    }

    struct Mention {
        var range: Range<Int>
        var type: EntityType
        /// The name's words, possessor and leading article left out ("Ukraine's Main Intelligence
        /// Directorate" -> Main Intelligence Directorate).
        var words: [String]
    }
}

/// Names as words: what aliases are compared on.
enum EntityName {
    static let articles: Set<String> = ["the", "The", "THE"]

    static func words(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func close() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        var i = range.lowerBound
        while i < range.upperBound {
            let s = scalars[i]
            if CharacterClass.isApostrophe(s), i + 1 < range.upperBound, scalars[i + 1] == "s" || scalars[i + 1] == "S",
               i + 2 == range.upperBound || !CharacterClass.isWordScalar(scalars[i + 2]) {
                // A possessor: what follows is the name ("Ukraine's Main Intelligence Directorate").
                if i + 2 < range.upperBound { words.removeAll(); current = String.UnicodeScalarView() }
                i += 2
                continue
            }
            if CharacterClass.isWordScalar(s) || s == "." || (CharacterClass.isApostrophe(s) && !current.isEmpty)
                || (CharacterClass.isHyphen(s) && !current.isEmpty) {
                current.append(CharacterClass.isApostrophe(s) ? "'" : s)
            } else {
                close()
            }
            i += 1
        }
        close()
        if words.count > 1, articles.contains(words[0]) { words.removeFirst() }
        return words
    }

    /// The capitals of a name's main words: "Main Intelligence Directorate" -> "MID".
    static func initials(_ words: [String]) -> String {
        String(words.compactMap { word -> Character? in
            guard let first = word.unicodeScalars.first, CharacterClass.isUpper(first) else { return nil }
            return Character(first)
        })
    }

    static func isAcronym(_ words: [String]) -> Bool {
        guard words.count == 1 else { return false }
        let letters = words[0].unicodeScalars.filter { $0 != "." }
        return letters.count >= 2 && letters.count <= 8 && letters.allSatisfy { CharacterClass.isUpper($0) || CharacterClass.isDigit($0) }
    }
}
