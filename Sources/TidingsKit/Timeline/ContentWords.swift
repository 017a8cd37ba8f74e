/// The words that say what a sentence or headline is about, for linking events of one day: lower
/// case, lightly stemmed, without function words, reporting verbs, calendar words and numbers.
public enum ContentWords {
    /// Distinct content words of `text`, in order of first use.
    public static func of(_ text: String) -> [String] {
        var text = text
        return text.withUTF8(of)
    }

    /// Every sentence of the folder passes here when the timeline is built: its UTF-8 is read as
    /// it is, and no string is made for a word until its stem. (No closure holds the state:
    /// variables a closure captures are checked on every access.)
    static func of(_ utf8: UnsafeBufferPointer<UInt8>) -> [String] {
        var words: [String] = []
        // The word's letters as UTF-8, ASCII ones in lower case.
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var ascii = true
        var skipping = false
        var index = 0
        while index <= utf8.count {
            let (scalar, length) = CharacterClass.scalar(in: utf8, at: index)
            defer { index += length }
            if CharacterClass.isLetter(scalar) {
                guard !skipping else { continue }
                if length == 1 {
                    current.append(UInt8(CharacterClass.lowerASCII(scalar).value))
                } else {
                    ascii = false
                    current.append(contentsOf: utf8[index..<index + length])
                }
            } else if CharacterClass.isDigit(scalar) {
                // "G7", "1990s": numbers are not topics.
                skipping = true
            } else if CharacterClass.isApostrophe(scalar), !current.isEmpty {
                // A possessive or contraction: the word is what came before.
                skipping = true
            } else if !current.isEmpty || skipping {
                // The end of a word (the text ends with a space, as it were).
                if !skipping, let word = stem(current, ascii: ascii), !isStopWord(word), !words.contains(word) {
                    words.append(word)
                }
                current.removeAll(keepingCapacity: true)
                ascii = true
                skipping = false
            }
        }
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

    /// `stem` of letters given as UTF-8 (ASCII ones in lower case); `ascii`: all of them are ASCII,
    /// whose endings are cut on the bytes.
    static func stem(_ letters: [UInt8], ascii: Bool) -> String? {
        guard ascii else { return stem(String(decoding: letters, as: UTF8.self).unicodeScalars) }
        let count = letters.count
        guard count >= 3 else { return nil }
        func endsWith(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count >= length else { return false }
            for offset in 0..<length where letters[count - length + offset] != suffix.utf8Start[offset] { return false }
            return true
        }
        var end = count
        var y = false
        if count >= 5, endsWith("ies") {
            end -= 3
            y = true
        } else if count >= 6, endsWith("ing") {
            end -= 3
        } else if count >= 5, endsWith("ed") || endsWith("es") {
            end -= 2
        } else if count >= 4, endsWith("s"), !endsWith("ss"), !endsWith("us"), !endsWith("is") {
            end -= 1
        }
        if !y {
            while end > 3, letters[end - 1] == UInt8(ascii: "e") { end -= 1 }
        }
        var word = String(decoding: letters[..<end], as: UTF8.self)
        if y { word.append("y") }
        return word.utf8.count >= 3 ? word : nil
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

    /// `stopWords.contains(word)`, most words told apart by their length and first and last
    /// bytes before any is hashed (every word and token of the folder is looked up).
    static func isStopWord(_ word: String) -> Bool {
        StopWordShapes.shared.mayHold(word) && stopWords.contains(word)
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

/// Which lengths, first and last bytes the stop words have: a word of another shape is not one.
struct StopWordShapes: Sendable {
    static let shared = StopWordShapes(ContentWords.stopWords)

    static let longest = 16
    /// Per length and first byte (lower-case ASCII letter), a bit per last letter.
    private var lastLetters = [UInt32](repeating: 0, count: (longest + 1) * 26)
    /// Set when a stop word has no such shape (none has): then any word may be one.
    private var anyWord = false

    init(_ words: Set<String>) {
        for word in words {
            let bytes = Array(word.utf8)
            guard bytes.count <= StopWordShapes.longest, let first = bytes.first.flatMap(StopWordShapes.letter),
                  let last = bytes.last.flatMap(StopWordShapes.letter) else {
                anyWord = true
                return
            }
            lastLetters[bytes.count * 26 + Int(first)] |= 1 << last
        }
    }

    /// False only when no stop word has the word's shape. Only the same bytes equal a stop word
    /// (no other text is canonically equivalent to lower-case ASCII letters); a word that does
    /// not begin and end with such a letter is looked up.
    func mayHold(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard !anyWord, let first = utf8.first.flatMap(StopWordShapes.letter),
              let last = utf8.last.flatMap(StopWordShapes.letter) else { return true }
        return utf8.count <= StopWordShapes.longest && lastLetters[utf8.count * 26 + Int(first)] & (1 << last) != 0
    }

    private static func letter(_ byte: UInt8) -> UInt32? {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? UInt32(byte - UInt8(ascii: "a")) : nil
    }
}
