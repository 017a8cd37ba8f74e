/// The words that say what a sentence or headline is about, for linking events of one day: lower
/// case, lightly stemmed, without function words, reporting verbs, calendar words and numbers.
public enum ContentWords {
    /// Distinct content words of `text`, in order of first use.
    public static func of(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars, ranges: [0..<scalars.count])
        var seen = Set<String>()
        var words: [String] = []
        for token in tokens where token.kind == .word && token.length >= 3 {
            guard let word = stem(scalars[token.range]), !stopWords.contains(word), seen.insert(word).inserted else {
                continue
            }
            words.append(word)
        }
        return words
    }

    /// Letters in lower case without a possessive or abbreviation periods, with the commonest inflections cut, so "bribes",
    /// "bribed" and "bribing" meet; nil for a token with digits.
    static func stem(_ token: ArraySlice<Unicode.Scalar>) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in token {
            if CharacterClass.isDigit(scalar) { return nil }
            if CharacterClass.isApostrophe(scalar) { break }
            if CharacterClass.isLetter(scalar) { scalars.append(scalar) }
        }
        var word = String(scalars).lowercased()
        let length = word.count
        for (suffix, replacement, minimum) in suffixes where length >= minimum && word.hasSuffix(suffix) {
            if suffix == "s", word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { break }
            word = String(word.dropLast(suffix.count)) + replacement
            break
        }
        while word.count > 3, let last = word.last, last == "e" { word.removeLast() }
        return word.count >= 3 ? word : nil
    }

    /// Suffix, replacement, shortest word it applies to; the first match wins.
    static let suffixes: [(String, String, Int)] = [
        ("ies", "y", 5), ("ing", "", 6), ("ed", "", 5), ("es", "", 5), ("s", "", 4),
    ]

    static let stopWords: Set<String> = {
        let words = """
            the and for are but not you all any can her was one our out his has had how its may new now \
            old see two who did get him let she too use way own few more most much many such than that \
            this these those them then there their they what when where which while whom whose why will \
            with would could should shall might must into onto upon from over under about above below \
            after before between through during against among across along around behind beyond \
            within without also just only very some other another each every both either neither \
            been being have having does doing done here well even still yet ago per via off said say \
            says saying told tell according added add stated state statement report reported reporting \
            announced claimed noted called asked made make took take give gave going went come came \
            today tonight yesterday tomorrow week weekend month year day days weeks months years \
            morning afternoon evening night time monday tuesday wednesday thursday friday saturday \
            sunday january february march april may june july august september october november \
            december jan feb mar apr jun jul aug sep sept oct nov dec last next earlier later \
            because since until unless whether though although however therefore thus mr mrs ms \
            percent pct mln bln billion million thousand hundred first second third one two three
            """
        return Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap {
            stem(ArraySlice(Array($0.unicodeScalars)))
        })
    }()
}
