/// Splits text into word, number and punctuation tokens. Possessive `'s` is its own token;
/// abbreviations (`U.S.`, `Nov.`, `Dr.`, initials) keep their period.
public enum Tokenizer {
    public static func tokenize(_ text: [Unicode.Scalar], ranges: [Range<Int>]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        for range in ranges { tokenize(text, range: range, into: &tokens) }
        return tokens
    }

    public static func tokenize(_ text: [Unicode.Scalar], range: Range<Int>, into tokens: inout [Token]) {
        text.withUnsafeBufferPointer { buffer in
            var i = range.lowerBound
            let end = range.upperBound
            var newlines: UInt8 = 0
            var indentAfterNewline = false
            while i < end {
                let s = buffer[i]
                if CharacterClass.isWhitespace(s) {
                    if s == "\n" {
                        newlines = min(newlines + 1, 2)
                        indentAfterNewline = false
                    } else if newlines > 0, s != "\r" {
                        indentAfterNewline = true
                    }
                    i += 1
                    continue
                }
                let breakBefore: UInt8 = newlines == 0 ? 0 : (newlines >= 2 || indentAfterNewline ? 2 : 1)
                newlines = 0
                indentAfterNewline = false
                if CharacterClass.isDigit(s) {
                    let tokenEnd = scanNumber(buffer, from: i, to: end)
                    // A number glued to letters ("1990s", "3rd", "10am") is one word.
                    if tokenEnd < end, CharacterClass.isLetter(buffer[tokenEnd]) {
                        let wordEnd = scanWord(buffer, from: tokenEnd, to: end)
                        tokens.append(Token(start: i, end: wordEnd, kind: .word, breakBefore: breakBefore))
                        i = wordEnd
                    } else {
                        tokens.append(Token(start: i, end: tokenEnd, kind: .number, breakBefore: breakBefore))
                        i = tokenEnd
                    }
                } else if CharacterClass.isWordScalar(s) {
                    var wordEnd = scanWord(buffer, from: i, to: end)
                    // Possessive: "Ukraine's" -> "Ukraine" + "'s".
                    var possessive = -1
                    if wordEnd - i > 2, CharacterClass.isApostrophe(buffer[wordEnd - 2]),
                       buffer[wordEnd - 1] == "s" || buffer[wordEnd - 1] == "S" {
                        possessive = wordEnd - 2
                    }
                    if possessive < 0, wordEnd < end, buffer[wordEnd] == "." {
                        wordEnd = abbreviationEnd(buffer, start: i, wordEnd: wordEnd, end: end)
                    }
                    if possessive >= 0 {
                        tokens.append(Token(start: i, end: possessive, kind: .word, breakBefore: breakBefore))
                        tokens.append(Token(start: possessive, end: wordEnd, kind: .word))
                    } else {
                        tokens.append(Token(start: i, end: wordEnd, kind: .word, breakBefore: breakBefore))
                    }
                    i = wordEnd
                } else {
                    tokens.append(Token(start: i, end: i + 1, kind: .punctuation, breakBefore: breakBefore))
                    i += 1
                }
            }
        }
    }

    /// Digits with internal `,` `.` `:` `/` `-` followed by a digit.
    static func scanNumber(_ b: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Int {
        var i = start
        while i < end {
            if CharacterClass.isDigit(b[i]) { i += 1; continue }
            let c = b[i]
            if (c == "," || c == "." || c == ":" || c == "/" || c == "-"), i + 1 < end, CharacterClass.isDigit(b[i + 1]) {
                i += 1
                continue
            }
            break
        }
        return i
    }

    /// Letters and digits with internal apostrophes and hyphens.
    static func scanWord(_ b: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Int {
        var i = start
        while i < end {
            let c = b[i]
            if CharacterClass.isWordScalar(c) { i += 1; continue }
            if (CharacterClass.isApostrophe(c) || CharacterClass.isHyphen(c) || c == "&"), i + 1 < end,
               CharacterClass.isWordScalar(b[i + 1]), i > start {
                i += 1
                continue
            }
            break
        }
        return i
    }

    /// Where a word followed by a period ends: after the period for abbreviations (`Nov.`),
    /// initials (`F.`) and dotted forms (`U.S.`, `e.g.`); else before it.
    static func abbreviationEnd(_ b: UnsafeBufferPointer<Unicode.Scalar>, start: Int, wordEnd: Int, end: Int) -> Int {
        // Dotted sequence of single letters: U.S., U.S.A., e.g.
        if wordEnd - start == 1, CharacterClass.isLetter(b[start]) {
            var i = wordEnd + 1
            while i + 1 < end, CharacterClass.isLetter(b[i]), b[i + 1] == "." { i += 2 }
            if i > wordEnd + 1 { return i }
            // A single letter and a period: an initial when it is a capital.
            return CharacterClass.isUpper(b[start]) ? wordEnd + 1 : wordEnd
        }
        guard wordEnd - start <= 6 else { return wordEnd }
        var lower = ""
        for k in start..<wordEnd { lower.unicodeScalars.append(CharacterClass.lowerASCII(b[k])) }
        return Abbreviations.isAbbreviation(lower) ? wordEnd + 1 : wordEnd
    }
}
