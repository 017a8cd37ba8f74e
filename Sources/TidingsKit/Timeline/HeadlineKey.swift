/// Keys that match a "Read also" headline to an article's title despite case, punctuation,
/// quote styles and a trailing dateline or source ("... denied healthcare — Kyiv").
public enum HeadlineKey {
    /// The headline's words in lower case; then, when a short tail follows a dash or bar, the
    /// words before it.
    public static func keys(_ headline: String) -> [String] {
        // UTF-8, as strings are kept: every title of the folder passes here when the timeline is built.
        var key: [UInt8] = []
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
                    if words > 0 { key.append(UInt8(ascii: " ")) }
                    words += 1
                    inWord = true
                }
                if scalar.isASCII {
                    key.append(UInt8(CharacterClass.lowerASCII(scalar).value))
                } else {
                    asciiOnly = false
                    UTF8.encode(scalar) { key.append($0) }
                }
                continue
            }
            inWord = false
            if (scalar.isASCII ? scalar == "|" : separators.contains(scalar))
                || (scalar == "-" && CharacterClass.isWhitespace(previous)) {
                tail = (words, key.count)
            }
        }
        guard words > 0 else { return [] }
        let full = String(decoding: key, as: UTF8.self)
        if let tail, tail.words >= minimumWords, words - tail.words <= maximumTail {
            let head = String(decoding: key[..<tail.length], as: UTF8.self)
            return asciiOnly ? [full, head] : [full.lowercased(), head.lowercased()]
        }
        return [asciiOnly ? full : full.lowercased()]
    }

    /// The keys' hashes, for indexes held in memory (equal keys, equal hashes, within a process).
    static func hashes(_ headline: String) -> [Int] {
        keys(headline).map(\.hashValue)
    }

    /// Separators between a headline and its tail (the one ASCII one, "|", is compared apart);
    /// a hyphen counts only after a space, so "Kyiv-based" is not cut.
    static let separators: Set<Unicode.Scalar> = ["—", "–", "|", "·"]
    /// A tail cut off is at most this many words, after at least this many.
    static let maximumTail = 3
    static let minimumWords = 3
}
