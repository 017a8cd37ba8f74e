/// The words that say what a sentence or headline is about, for linking events of one day: lower
/// case, lightly stemmed, without function words, reporting verbs, calendar words and numbers.
public enum ContentWords {
    /// Distinct content words of `text`, in order of first use.
    public static func of(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var skipping = false
        func finish() {
            if !skipping, let word = stem(current), !stopWords.contains(word), !words.contains(word) {
                words.append(word)
            }
            current = String.UnicodeScalarView()
            skipping = false
        }
        for scalar in text.unicodeScalars {
            if CharacterClass.isLetter(scalar) {
                if !skipping { current.append(CharacterClass.lowerASCII(scalar)) }
            } else if CharacterClass.isDigit(scalar) {
                // "G7", "1990s": numbers are not topics.
                skipping = true
            } else if CharacterClass.isApostrophe(scalar), !current.isEmpty {
                // A possessive or contraction: the word is what came before.
                skipping = true
            } else if !current.isEmpty || skipping {
                finish()
            }
        }
        finish()
        return words
    }

    /// The first word of `text` whose stem is `stem`, in lower case as written ("cutting" for
    /// "cutt"): what a reader is shown of a stem.
    public static func surface(of stem: String, in text: String) -> String? {
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars + [" "] {
            if CharacterClass.isLetter(scalar) {
                current.append(CharacterClass.lowerASCII(scalar))
                continue
            }
            if !current.isEmpty, let candidate = self.stem(current), candidate == stem {
                return String(current)
            }
            current = String.UnicodeScalarView()
        }
        return nil
    }

    /// Lower case with the commonest inflections cut, so "bribes", "bribed" and "bribing" meet;
    /// nil when too short to say anything.
    static func stem(_ letters: String.UnicodeScalarView) -> String? {
        guard letters.count >= 3 else { return nil }
        var word = letters.allSatisfy(\.isASCII) ? String(letters) : String(letters).lowercased()
        let length = word.utf8.count
        if length >= 5, word.hasSuffix("ies") {
            word = String(word.dropLast(3)) + "y"
        } else if length >= 6, word.hasSuffix("ing") {
            word.removeLast(3)
        } else if length >= 5, word.hasSuffix("ed") || word.hasSuffix("es") {
            word.removeLast(2)
        } else if length >= 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            word.removeLast()
        }
        while word.utf8.count > 3, word.hasSuffix("e") { word.removeLast() }
        return word.utf8.count >= 3 ? word : nil
    }

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
            stem(String.UnicodeScalarView($0.unicodeScalars))
        })
    }()
}
