/// Every word of a sentence as plain tf-idf weighs it: lower case, the words of its names and its
/// numbers kept ("Cheney", "34"), function words and one-character tokens left out.
/// Two reports that split a name differently, or agree on a figure, still meet here.
enum SentenceTokens {
    /// Distinct tokens of `text`, in order of first use: runs of letters (of three or more, as
    /// content words) or of digits.
    static func of(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        var digits = false
        func finish() {
            defer { current = String.UnicodeScalarView() }
            guard current.count >= 2 else { return }
            // Words are compared as written: stemming them measured no better.
            if !digits {
                guard let stem = ContentWords.stem(current), !ContentWords.stopWords.contains(stem) else { return }
            }
            let token = String(current)
            if !tokens.contains(token) { tokens.append(token) }
        }
        for scalar in text.unicodeScalars {
            let letter = CharacterClass.isLetter(scalar), digit = CharacterClass.isDigit(scalar)
            if !current.isEmpty, letter && digits || digit && !digits || !letter && !digit { finish() }
            if letter || digit {
                digits = digit
                current.append(letter ? CharacterClass.lowerASCII(scalar) : scalar)
            }
        }
        finish()
        return tokens
    }
}
