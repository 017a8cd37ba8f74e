/// A token of article text, as scalar offsets into the whole text.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        /// Letters (and digits, marks) with internal apostrophes, hyphens or abbreviation periods.
        case word
        /// Digits with internal separators: `1,234.5`, `11/28/2023`, `3:30`, `1987-88`.
        case number
        /// Any other single scalar that is not white space.
        case punctuation
    }

    public var start: Int32
    public var end: Int32
    public var kind: Kind
    /// White space before this token held a line break: 1 one, 2 a blank line or an indented
    /// new line (a paragraph break in wire copy).
    public var breakBefore: UInt8

    public init(start: Int, end: Int, kind: Kind, breakBefore: UInt8 = 0) {
        self.start = Int32(start)
        self.end = Int32(end)
        self.kind = kind
        self.breakBefore = breakBefore
    }

    public var range: Range<Int> { Int(start)..<Int(end) }
    public var length: Int { Int(end - start) }
}

/// A sentence: its scalar range and the range of its tokens in the token array.
public struct Sentence: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var tokens: Range<Int>

    public init(start: Int, end: Int, tokens: Range<Int>) {
        self.start = start
        self.end = end
        self.tokens = tokens
    }

    public var range: Range<Int> { start..<end }
}
