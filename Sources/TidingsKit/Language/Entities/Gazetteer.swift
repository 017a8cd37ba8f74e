import Foundation

/// The word lists the tagger consults (made by scripts/build-gazetteers.py): place names, first
/// names, surnames, common lowercase words, capitalized dictionary words and demonyms; and the
/// classes of words used alike (made by scripts/build-word-classes.py).
struct Gazetteer: Sendable {
    /// Bits of `EntityToken.lists`.
    enum Lists {
        static let firstName: UInt8 = 1
        static let surname: UInt8 = 2
        static let commonWord: UInt8 = 4
        static let properWord: UInt8 = 8
        static let demonym: UInt8 = 16
    }

    /// Values of `EntityToken.place`: where the token sits in the longest place name matched.
    enum PlaceMatch {
        static let none: UInt8 = 0, single: UInt8 = 1, first: UInt8 = 2, inside: UInt8 = 3, last: UInt8 = 4
    }

    static let longestPlace = 4

    /// Bits of the values of `places` and `institutions`: a token sequence is a whole name, or
    /// the beginning of a longer one (so a match is only extended while it can still grow).
    enum NamePart {
        static let whole: UInt8 = 1, beginning: UInt8 = 2
    }

    /// Each listed word's `Lists` bits.
    private var words: HashedMap
    private var places: HashedMap
    private var institutions: HashedMap
    /// Each classed word's fine class (1...), and each fine class's coarse class (by its number).
    private var classes: HashedMap
    private var coarseClass = [UInt8](repeating: 0, count: 256)

    static let files: [(name: String, bit: UInt8)] = [
        ("first-names", Lists.firstName), ("surnames", Lists.surname), ("words", Lists.commonWord),
        ("proper-words", Lists.properWord), ("demonyms", Lists.demonym),
    ]

    /// An empty gazetteer: every token is unlisted.
    init() {
        words = HashedMap()
        places = HashedMap()
        institutions = HashedMap()
        classes = HashedMap()
    }

    /// Reads `<name>.txt` files of one entry a line from `folder`.
    init(folder: URL) throws {
        func lines(_ name: String) throws -> [Substring] {
            let url = folder.appendingPathComponent(name + ".txt")
            return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        }
        words = HashedMap()
        for (name, bit) in Self.files {
            for word in try lines(name).compactMap(Self.singleWordHash) {
                words.set((words.value(for: word) ?? 0) | bit, for: word)
            }
        }
        /// The token-sequence hashes of the names of `file`, and of the beginnings of longer ones.
        func names(_ file: String) throws -> HashedMap {
            var names = HashedMap()
            for line in try lines(file) {
                let tokens = EntityTokens.tokens(of: String(line))
                guard !tokens.isEmpty, tokens.count <= Self.longestPlace else { continue }
                for n in 1...tokens.count {
                    let h = Self.sequenceHash(tokens[..<n])
                    let part = n == tokens.count ? NamePart.whole : NamePart.beginning
                    names.set((names.value(for: h) ?? 0) | part, for: h)
                }
            }
            return names
        }
        places = try names("locations")
        institutions = try names("institutions")
        classes = HashedMap()
        for line in try lines("word-classes") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let word = Self.singleWordHash(fields[0]),
                  let fine = UInt8(fields[1]), let coarse = UInt8(fields[2]), fine > 0 else { continue }
            classes.set(fine, for: word)
            coarseClass[Int(fine)] = coarse
        }
    }

    /// The lowercase hash of an entry that is one tagger token, as `EntityToken.lower`.
    private static func singleWordHash(_ line: Substring) -> UInt64? {
        let scalars = line.unicodeScalars
        guard !scalars.isEmpty, !scalars.contains(where: { CharacterClass.isHyphen($0) || $0 == " " }) else { return nil }
        var h = FeatureHash.seed
        for s in scalars { h = FeatureHash.add(h, EntityTokens.lowercase(s).value) }
        return FeatureHash.mix(h)
    }

    static func sequenceHash(_ tokens: ArraySlice<EntityToken>) -> UInt64 {
        var h = tokens[tokens.startIndex].lower
        for token in tokens.dropFirst() { h = FeatureHash.combine(h, token.lower) }
        return h
    }

    func isDemonym(_ lower: UInt64) -> Bool { (words.value(for: lower) ?? 0) & Lists.demonym != 0 }

    /// Whether the common-word list holds `word` (any case).
    func isCommonWord(_ word: String) -> Bool {
        guard let hash = Self.singleWordHash(Substring(word)) else { return false }
        return (words.value(for: hash) ?? 0) & Lists.commonWord != 0
    }

    /// Whether the tokens name a seat of power that stands for its institution ("the Kremlin").
    func isInstitution(_ tokens: ArraySlice<EntityToken>) -> Bool {
        guard !tokens.isEmpty, tokens.count <= Self.longestPlace else { return false }
        return (institutions.value(for: Self.sequenceHash(tokens)) ?? 0) & NamePart.whole != 0
    }

    /// Whether the place list holds the marked tokens as one whole name.
    static func isPlace(_ tokens: ArraySlice<EntityToken>) -> Bool {
        guard let first = tokens.first, let last = tokens.last else { return false }
        if tokens.count == 1 { return first.place == PlaceMatch.single }
        return first.place == PlaceMatch.first && last.place == PlaceMatch.last
    }

    /// Sets `lists` and `place` of the tokens of one sentence.
    func mark(_ tokens: inout ArraySlice<EntityToken>) {
        guard words.count > 0 else { return }
        for i in tokens.indices where tokens[i].spelling.contains(.word) {
            tokens[i].lists = words.value(for: tokens[i].lower) ?? 0
            if let fine = classes.value(for: tokens[i].lower) {
                tokens[i].wordClass = fine
                tokens[i].wordGroup = coarseClass[Int(fine)]
            }
        }
        var i = tokens.startIndex
        while i < tokens.endIndex {
            guard tokens[i].isCapitalized else { i += 1; continue }
            var h = tokens[i].lower
            var longest = 0
            var n = 1
            while let part = places.value(for: h) {
                if part & NamePart.whole != 0 { longest = n }
                if part & NamePart.beginning == 0 || n == Self.longestPlace || i + n >= tokens.endIndex { break }
                h = FeatureHash.combine(h, tokens[i + n].lower)
                n += 1
            }
            if longest == 0 { i += 1; continue }
            if longest == 1 {
                tokens[i].place = PlaceMatch.single
            } else {
                tokens[i].place = PlaceMatch.first
                for k in i + 1..<i + longest - 1 { tokens[k].place = PlaceMatch.inside }
                tokens[i + longest - 1].place = PlaceMatch.last
            }
            i += longest
        }
    }
}
