/// Keys that match a "Read also" headline to an article's title despite case, punctuation,
/// quote styles and a trailing dateline or source ("... denied healthcare — Kyiv").
public enum HeadlineKey {
    /// The headline's words in lower case; then, when a short tail follows a dash or bar, the
    /// words before it.
    public static func keys(_ headline: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var tailStart: Int?
        var previous: Unicode.Scalar = " "
        for scalar in headline.unicodeScalars {
            defer { previous = scalar }
            if CharacterClass.isWordScalar(scalar) {
                current.append(scalar)
                continue
            }
            if !current.isEmpty {
                words.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
            if separators.contains(scalar) || (scalar == "-" && CharacterClass.isWhitespace(previous)) {
                tailStart = words.count
            }
        }
        if !current.isEmpty { words.append(String(current).lowercased()) }
        guard !words.isEmpty else { return [] }
        let full = words.joined(separator: " ")
        if let tailStart, tailStart >= minimumWords, words.count - tailStart <= maximumTail {
            return [full, words[..<tailStart].joined(separator: " ")]
        }
        return [full]
    }

    /// Separators between a headline and its tail; a hyphen counts only after a space, so
    /// "Kyiv-based" is not cut.
    static let separators: Set<Unicode.Scalar> = ["—", "–", "|", "·"]
    /// A tail cut off is at most this many words, after at least this many.
    static let maximumTail = 3
    static let minimumWords = 3
}
