/// Keys that match a "Read also" headline to an article's title despite case, punctuation,
/// quote styles and a trailing dateline or source ("... denied healthcare — Kyiv").
public enum HeadlineKey {
    /// The headline's words in lower case; then, when a short tail follows a dash or bar, the
    /// words before it.
    public static func keys(_ headline: String) -> [String] {
        var words: [[Character]] = []
        var current: [Character] = []
        var tailStart: Int?
        var previous: Character = " "
        for character in headline {
            defer { previous = character }
            if character.isLetter || character.isNumber {
                current.append(contentsOf: character.lowercased())
                continue
            }
            if !current.isEmpty {
                words.append(current)
                current = []
            }
            if separators.contains(character) || (character == "-" && previous.isWhitespace) {
                tailStart = words.count
            }
        }
        if !current.isEmpty { words.append(current) }
        guard !words.isEmpty else { return [] }
        let full = words.map { String($0) }.joined(separator: " ")
        if let tailStart, tailStart >= minimumWords, words.count - tailStart <= maximumTail {
            return [full, words[..<tailStart].map { String($0) }.joined(separator: " ")]
        }
        return [full]
    }

    /// Separators between a headline and its tail; a hyphen counts only after a space, so
    /// "Kyiv-based" is not cut.
    static let separators: Set<Character> = ["—", "–", "|", "·"]
    /// A tail cut off is at most this many words, after at least this many.
    static let maximumTail = 3
    static let minimumWords = 3
}
