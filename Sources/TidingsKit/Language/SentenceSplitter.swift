/// Splits tokens into sentences: at `.` `!` `?` before a capital, at paragraph breaks, and never
/// at abbreviations that sit inside sentences ("Nov. 28", "Dr. Smith", "John F. Kennedy").
/// Single line ends (hard-wrapped wire copy) do not end sentences.
public enum SentenceSplitter {
    public static func sentences(in text: [Unicode.Scalar], ranges: [Range<Int>]) -> [Sentence] {
        split(text, tokens: Tokenizer.tokenize(text, ranges: ranges), ranges: ranges)
    }

    /// Sentences over `tokens` (tokenized from `ranges`): a sentence never crosses a range end.
    public static func split(_ text: [Unicode.Scalar], tokens: [Token], ranges: [Range<Int>]) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var rangeIndex = 0
        func close(_ last: Int) {
            guard first <= last else { return }
            sentences.append(Sentence(start: Int(tokens[first].start), end: Int(tokens[last].end), tokens: first..<last + 1))
            first = last + 1
        }
        var i = 0
        while i < tokens.count {
            var crossedRangeEnd = false
            while rangeIndex < ranges.count, ranges[rangeIndex].upperBound <= Int(tokens[i].start) {
                rangeIndex += 1
                crossedRangeEnd = true
            }
            if i > first, tokens[i].breakBefore == 2 || crossedRangeEnd { close(i - 1) }
            if endsSentence(text, tokens, at: i) {
                var last = i
                while last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end,
                      isClosing(text[Int(tokens[last + 1].start)]) { last += 1 }
                close(last)
                i = last + 1
                continue
            }
            i += 1
        }
        if first < tokens.count { close(tokens.count - 1) }
        return sentences
    }

    static func isClosing(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "\u{201D}" || s == "\u{2019}" || s == "'" || s == ")" || s == "]" || s == "\u{00BB}"
    }

    static func isTerminal(_ s: Unicode.Scalar) -> Bool { s == "." || s == "!" || s == "?" }

    /// Whether token `i` ends its sentence, looking at what follows it.
    static func endsSentence(_ text: [Unicode.Scalar], _ tokens: [Token], at i: Int) -> Bool {
        let token = tokens[i]
        let lastScalar = text[Int(token.end) - 1]
        guard isTerminal(lastScalar) else { return false }
        // The next token after any closing quotes or brackets.
        var n = i + 1
        while n < tokens.count, tokens[n].start == tokens[n - 1].end, isClosing(text[Int(tokens[n].start)]) { n += 1 }
        guard n < tokens.count else { return true }
        let next = tokens[n]
        if next.breakBefore == 2 { return true }
        let nextFirst = text[Int(next.start)]
        if token.kind == .word {
            // An abbreviation's own period: a break only before a word that opens sentences.
            let word = lowercasedWord(text, token, droppingPeriod: true)
            if Abbreviations.titles.contains(word) { return false }
            guard CharacterClass.isUpper(nextFirst) else { return false }
            // Glued to the next word ("<RD.AS>"), only where a space was plainly left out.
            if next.start == tokens[n - 1].end, !opensSentence(text, next) { return false }
            return Abbreviations.sentenceStarters.contains(lowercasedWord(text, next, droppingPeriod: false))
        }
        if isTerminal(nextFirst) { return false }
        // Glued on both sides; a stop after a space (".556" in a table) is read as before.
        if next.start == tokens[n - 1].end, i > 0, tokens[i - 1].end == token.start {
            return endsGluedSentence(text, tokens, terminal: i, next: n)
        }
        return CharacterClass.isUpper(nextFirst) || CharacterClass.isDigit(nextFirst) || nextFirst == "\""
            || nextFirst == "\u{201C}" || nextFirst == "'" || nextFirst == "\u{2018}" || nextFirst == "("
            || (!CharacterClass.isLower(nextFirst) && next.kind == .word)
    }

    /// Whether terminal `i`, glued to the token before it and to token `n`, ends a sentence. Glued,
    /// a terminal is mostly inside a ticker, an address or a name ("<VOWG.F>", "www.CNN.com",
    /// "Yahoo!Inc"); it ends a sentence only where a space was plainly left out: before a capitalized
    /// word with lower-case letters, "A" or "I", after a closing quote, an ellipsis, or a word set off
    /// by a space that is not capitalized ("said.The") or that a common sentence opener follows
    /// ("Wednesday.The").
    static func endsGluedSentence(_ text: [Unicode.Scalar], _ tokens: [Token], terminal i: Int, next n: Int) -> Bool {
        guard opensSentence(text, tokens[n]) else { return false }
        if n > i + 1 { return true }
        let before = tokens[i - 1]
        if before.kind == .punctuation {
            let s = text[Int(before.start)]
            return isTerminal(s) || isClosing(s)
        }
        // The word before, with any glued tokens ahead of it, must be a plain word: punctuation
        // inside ("<Neoy.He>", "story.asp?StoryID") marks a code or an address.
        var k = i - 1
        while k > 0, tokens[k].start == tokens[k - 1].end {
            k -= 1
            if tokens[k].kind == .punctuation {
                guard k == 0 || tokens[k].start != tokens[k - 1].end, isOpening(text[Int(tokens[k].start)]) else { return false }
                k += 1
                break
            }
        }
        guard CharacterClass.isUpper(text[Int(tokens[k].start)]) else { return true }
        return Abbreviations.sentenceStarters.contains(lowercasedWord(text, tokens[n], droppingPeriod: false))
    }

    /// A capitalized word with lower-case letters ("The", "McDonald"), or "A" or "I" ("I've").
    static func opensSentence(_ text: [Unicode.Scalar], _ token: Token) -> Bool {
        let start = Int(token.start)
        let first = text[start]
        guard token.kind == .word, CharacterClass.isUpper(first) else { return false }
        if token.length == 1 || CharacterClass.isApostrophe(text[start + 1]) { return first == "I" || first == "A" }
        return (start + 1..<Int(token.end)).contains { CharacterClass.isLower(text[$0]) }
    }

    static func isOpening(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "\u{201C}" || s == "\u{2018}" || s == "'" || s == "(" || s == "[" || s == "\u{00AB}"
    }

    static func lowercasedWord(_ text: [Unicode.Scalar], _ token: Token, droppingPeriod: Bool) -> String {
        var end = Int(token.end)
        if droppingPeriod, end > Int(token.start), text[end - 1] == "." { end -= 1 }
        var word = ""
        for k in Int(token.start)..<end { word.unicodeScalars.append(CharacterClass.lowerASCII(text[k])) }
        return word
    }
}
