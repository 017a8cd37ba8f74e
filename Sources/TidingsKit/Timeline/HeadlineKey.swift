/// Keys that match a "Read also" headline to an article's title despite case, punctuation,
/// quote styles and a trailing dateline or source ("... denied healthcare — Kyiv").
public enum HeadlineKey {
    /// The headline's words in lower case; then, when a short tail follows a dash or bar, the
    /// words before it.
    public static func keys(_ headline: String) -> [String] {
        var key = String.UnicodeScalarView()
        var words = 0
        var inWord = false
        var asciiOnly = true
        // Words and key length where the last separator stood.
        var tail: (words: Int, length: Int)?
        var previous: Unicode.Scalar = " "
        for scalar in headline.unicodeScalars {
            defer { previous = scalar }
            if CharacterClass.isWordScalar(scalar) {
                if !inWord {
                    if words > 0 { key.append(" ") }
                    words += 1
                    inWord = true
                }
                asciiOnly = asciiOnly && scalar.isASCII
                key.append(CharacterClass.lowerASCII(scalar))
                continue
            }
            inWord = false
            if separators.contains(scalar) || (scalar == "-" && CharacterClass.isWhitespace(previous)) {
                tail = (words, key.count)
            }
        }
        guard words > 0 else { return [] }
        let full = asciiOnly ? String(key) : String(key).lowercased()
        if let tail, tail.words >= minimumWords, words - tail.words <= maximumTail {
            let head = String(String.UnicodeScalarView(key.prefix(tail.length)))
            return [full, asciiOnly ? head : head.lowercased()]
        }
        return [full]
    }

    /// The keys' hashes, for indexes held in memory (equal keys, equal hashes, within a process).
    static func hashes(_ headline: String) -> [Int] {
        keys(headline).map(\.hashValue)
    }

    /// Separators between a headline and its tail; a hyphen counts only after a space, so
    /// "Kyiv-based" is not cut.
    static let separators: Set<Unicode.Scalar> = ["—", "–", "|", "·"]
    /// A tail cut off is at most this many words, after at least this many.
    static let maximumTail = 3
    static let minimumWords = 3
}
