/// A token as the entity tagger sees it: its hashes and spelling flags, computed once from the
/// scalars. Hyphenated words are split ("Russian-occupied" -> "Russian" "-" "occupied") so a name
/// inside a compound can be tagged on its own.
struct EntityToken {
    var start: Int32
    var end: Int32
    /// Hashes of the exact spelling, the lowercase spelling, the word shape and the shape with
    /// runs collapsed ("Xxxx" and "Xx" for "Kyiv").
    var exact: UInt64
    var lower: UInt64
    var shape: UInt64
    var shortShape: UInt64
    var prefix2: UInt64
    var prefix3: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var suffix4: UInt64
    var spelling: Spelling
    /// Word-list membership (`Gazetteer.Lists`) and place-name match (`Gazetteer.PlaceMatch`).
    var lists: UInt8 = 0
    var place: UInt8 = 0
    /// The word's fine and coarse class (`Gazetteer`), 0 when it has none.
    var wordClass: UInt8 = 0
    var wordGroup: UInt8 = 0

    struct Spelling: OptionSet {
        let rawValue: UInt8
        static let capitalized = Spelling(rawValue: 1)
        static let allCaps = Spelling(rawValue: 2)
        static let hasDigit = Spelling(rawValue: 4)
        static let lowercase = Spelling(rawValue: 8)
        static let lineStart = Spelling(rawValue: 16)
        static let word = Spelling(rawValue: 32)
    }

    var isCapitalized: Bool { spelling.contains(.capitalized) }

    /// The spelling hashes of a word the tagger never saw, for training on unknown names.
    static let unknownWord = FeatureHash.mix(0x0DD_5EED)

    /// Forgets which word this is, keeping its shape, spelling flags, word-list marks and class.
    mutating func hideSpelling() {
        exact = Self.unknownWord
        lower = Self.unknownWord
        prefix2 = Self.unknownWord
        prefix3 = Self.unknownWord
        suffix2 = Self.unknownWord
        suffix3 = Self.unknownWord
        suffix4 = Self.unknownWord
    }
}

/// Cutting analysed text into tagger tokens, sentence by sentence.
enum EntityTokens {
    /// The tokens of every sentence of `text`, and each sentence's range in that array.
    static func tokens(of text: AnalyzedText, gazetteer: Gazetteer) -> (tokens: [EntityToken], sentences: [Range<Int>]) {
        var tokens: [EntityToken] = []
        tokens.reserveCapacity(text.tokens.count + text.tokens.count / 8)
        var sentences: [Range<Int>] = []
        sentences.reserveCapacity(text.sentences.count)
        text.scalars.withUnsafeBufferPointer { scalars in
            for sentence in text.sentences {
                let first = tokens.count
                for index in sentence.tokens {
                    append(text.tokens[index], scalars, into: &tokens)
                }
                gazetteer.mark(&tokens[first..<tokens.count])
                sentences.append(first..<tokens.count)
            }
        }
        return (tokens, sentences)
    }

    /// Tokens of a short string (a gazetteer entry), without the word lists marked.
    static func tokens(of name: String) -> [EntityToken] {
        let scalars = Array(name.unicodeScalars)
        var tokens: [EntityToken] = []
        scalars.withUnsafeBufferPointer { buffer in
            for token in Tokenizer.tokenize(scalars, ranges: [0..<scalars.count]) {
                append(token, buffer, into: &tokens)
            }
        }
        return tokens
    }

    private static func append(_ token: Token, _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
                               into tokens: inout [EntityToken]) {
        var start = Int(token.start)
        let end = Int(token.end)
        var lineStart = token.breakBefore > 0
        if token.kind == .word {
            var i = start + 1
            while i < end - 1 {
                if CharacterClass.isHyphen(scalars[i]) {
                    tokens.append(make(scalars, start..<i, lineStart: lineStart))
                    tokens.append(make(scalars, i..<i + 1, lineStart: false))
                    lineStart = false
                    start = i + 1
                }
                i += 1
            }
        }
        tokens.append(make(scalars, start..<end, lineStart: lineStart))
    }

    /// Shape classes: X upper, x lower, d digit, other scalars as themselves (ASCII) or `o`.
    @inline(__always)
    private static func shapeClass(_ s: Unicode.Scalar) -> UInt32 {
        if CharacterClass.isUpper(s) { return 88 }
        if CharacterClass.isLower(s) { return 120 }
        if CharacterClass.isDigit(s) { return 100 }
        if s.value < 0x80 { return s.value }
        return CharacterClass.isLetter(s) ? 120 : 111
    }

    /// Typographic quotes and dashes as the plain forms of the training text.
    @inline(__always)
    static func plain(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x2018, 0x2019, 0x02BC: "'"
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: "\""
        case 0x2013, 0x2014: "-"
        default: s
        }
    }

    @inline(__always)
    static func lowercase(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value < 0x80 { return CharacterClass.lowerASCII(s) }
        guard s.properties.changesWhenLowercased else { return s }
        return s.properties.lowercaseMapping.unicodeScalars.first ?? s
    }

    private static func make(_ b: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, lineStart: Bool) -> EntityToken {
        var exact = FeatureHash.seed, lower = FeatureHash.seed
        var shape = FeatureHash.seed, shortShape = FeatureHash.seed
        var prefix2 = FeatureHash.seed, prefix3 = FeatureHash.seed
        var lastClass: UInt32 = 0, run = 0
        var uppers = 0, lowers = 0, digits = 0, letters = 0
        // The last four lowercase scalars, newest in the last lane, for the suffix hashes.
        var ending = SIMD4<UInt32>()
        for (n, i) in range.enumerated() {
            let s = b[i].value < 0x80 ? b[i] : plain(b[i])
            let l = lowercase(s)
            ending = SIMD4(ending[1], ending[2], ending[3], l.value)
            exact = FeatureHash.add(exact, s.value)
            lower = FeatureHash.add(lower, l.value)
            if n < 2 { prefix2 = FeatureHash.add(prefix2, l.value) }
            if n < 3 { prefix3 = FeatureHash.add(prefix3, l.value) }
            let c = shapeClass(s)
            if c == 88 { uppers += 1; letters += 1 } else if c == 120 { lowers += 1; letters += 1 } else if c == 100 { digits += 1 }
            if c == lastClass {
                run += 1
            } else {
                run = 1
                lastClass = c
                shortShape = FeatureHash.add(shortShape, c)
            }
            if run <= 4 { shape = FeatureHash.add(shape, c) }
        }
        func suffix(_ n: Int) -> UInt64 {
            var h = FeatureHash.seed &+ UInt64(n)
            for lane in 4 - min(n, range.count)..<4 { h = FeatureHash.add(h, ending[lane]) }
            return FeatureHash.mix(h)
        }
        var spelling: EntityToken.Spelling = []
        if letters > 0 || digits > 0 { spelling.insert(.word) }
        if CharacterClass.isUpper(b[range.lowerBound]) { spelling.insert(.capitalized) }
        if uppers > 0 && lowers == 0 { spelling.insert(.allCaps) }
        if lowers > 0 && uppers == 0 { spelling.insert(.lowercase) }
        if digits > 0 { spelling.insert(.hasDigit) }
        if lineStart { spelling.insert(.lineStart) }
        return EntityToken(start: Int32(range.lowerBound), end: Int32(range.upperBound),
                           exact: FeatureHash.mix(exact), lower: FeatureHash.mix(lower),
                           shape: FeatureHash.mix(shape), shortShape: FeatureHash.mix(shortShape),
                           prefix2: FeatureHash.mix(prefix2 &+ 2), prefix3: FeatureHash.mix(prefix3 &+ 3),
                           suffix2: suffix(2), suffix3: suffix(3), suffix4: suffix(4), spelling: spelling)
    }
}
