/// A token, or a part of a hyphenated word ("third-quarter", "mid-November"), as the temporal
/// grammar reads it: its word class from the lexicon, or the shape of its digits.
struct TemporalPiece {
    enum Shape: UInt8 {
        /// A word (its meaning in `word`), or a word with digits the grammar has no use for.
        case word
        /// Plain digits: `a` the value, `digits` how many.
        case integer
        /// `3:30`: `a` hours, `b` minutes.
        case clock
        /// `3pm`, `10a.m.`: `a` hours, `b` minutes, `c` 0 for a.m., 12 for p.m.
        case clockWord
        /// `11/28/2023`, `11/28`: `a` month, `b` day, `c` year (0 when absent).
        case slashDate
        /// `2023-11-28`: `a` year, `b` month, `c` day.
        case isoDate
        /// `30-08-2025`, `29.04.2025`, `08-30-2025`: `a` and `b` the day and month in either order, `c` year.
        case dayMonthYear
        /// `28th`: `a` the number.
        case ordinalNumber
        /// `1990s`, `80s`: `a` the decade's first year (`1990`, `80`).
        case decadeNumber
        /// `Q3`: `a` the quarter.
        case quarterCode
        /// `H1`: `a` the half of the year.
        case halfCode
        /// `FY2024`, `FY24`: `a` the year as written, `digits` how many.
        case fiscalYearCode
        /// One scalar of punctuation, in `a`.
        case punctuation
        /// Numbers with separators that are amounts, not times (`1,234`, `3.5`).
        case other
    }

    var start: Int32
    var end: Int32
    /// Scalar range of the whole token, for spans that must not cut a token.
    var tokenStart: Int32
    var tokenEnd: Int32
    var shape: Shape
    var word: TemporalWord
    var a: Int32 = 0
    var b: Int32 = 0
    var c: Int32 = 0
    var digits: UInt8 = 0
    var capitalized = false
    /// The next piece is the rest of the same hyphenated word.
    var joinedToNext = false
    /// The token ends with a period (`Nov.`), which may also end the sentence.
    var endsWithPeriod = false
    /// A plural unit word: "years", "days".
    var plural = false
    /// The tense this word marks, if it is a verb form that does.
    var tense: Tense = .none
    /// The lowercase word's hash (`TemporalLexicon.hash`), 0 for other pieces and long words.
    var hash: UInt64 = 0

    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool { shape == .punctuation && a == Int32(scalar.value) }
    var isDash: Bool {
        shape == .punctuation && (a == 0x2D || a == 0x2013 || a == 0x2014)
    }
    var isYear: Bool { shape == .integer && digits == 4 && a >= 1000 && a <= 2200 }
    /// A day of the month written in digits ("28", "28th").
    var dayOfMonth: Int? {
        guard (shape == .integer && digits <= 2) || shape == .ordinalNumber, (1...31).contains(a) else { return nil }
        return Int(a)
    }
}

/// Cuts a sentence's tokens into pieces.
enum TemporalPieces {
    static func build(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, tokens: ArraySlice<Token>,
                      into pieces: inout [TemporalPiece]) {
        pieces.removeAll(keepingCapacity: true)
        for token in tokens {
            let start = Int(token.start), end = Int(token.end)
            switch token.kind {
            case .punctuation:
                var piece = TemporalPiece(start: token.start, end: token.end, tokenStart: token.start,
                                          tokenEnd: token.end, shape: .punctuation, word: .none)
                piece.a = Int32(scalars[start].value)
                pieces.append(piece)
            case .number:
                appendNumber(scalars, start, end, into: &pieces)
            case .word:
                if CharacterClass.isDigit(scalars[start]) {
                    pieces.append(digitWord(scalars, start, end))
                    continue
                }
                var partStart = start
                var k = start
                while k <= end {
                    if k == end || (CharacterClass.isHyphen(scalars[k]) && k > partStart) {
                        var piece = wordPiece(scalars, partStart, k)
                        piece.tokenStart = token.start
                        piece.tokenEnd = token.end
                        piece.joinedToNext = k < end
                        pieces.append(piece)
                        partStart = k + 1
                    }
                    k += 1
                }
            }
        }
        refineTenses(scalars, &pieces)
    }

    /// "is to resume", "set to meet", "as soon as": forms that look ahead whatever their tense; and
    /// "will be named": a participle after "be" leaves the tense to the verb before it.
    static func refineTenses(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ pieces: inout [TemporalPiece]) {
        guard pieces.count > 1 else { return }
        for k in 1..<pieces.count {
            let previous = pieces[k - 1]
            if pieces[k].tense == .past, previous.shape == .word, previous.word.kind == .none,
               TenseCues.isFormOfBe(scalars, Int(previous.start), Int(previous.end)) {
                pieces[k].tense = .none
            }
            if pieces[k].word.is(.to), previous.shape == .word, previous.word.kind == .none,
               TenseCues.leadsToFuture(scalars, Int(previous.start), Int(previous.end)) {
                pieces[k - 1].tense = .future
            }
            if pieces[k].word.is(.soon), !(k + 1 < pieces.count && pieces[k + 1].word.is(.after)) {
                pieces[k].tense = .future
            }
        }
    }

    static func wordPiece(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> TemporalPiece {
        if CharacterClass.isDigit(scalars[start]) { return digitWord(scalars, start, end) }
        if let code = periodCode(scalars, start, end) { return code }
        let hash = end - start <= TemporalLexicon.longestHashed ? TemporalLexicon.hash(scalars, start..<end) : nil
        var piece = TemporalPiece(start: Int32(start), end: Int32(end), tokenStart: Int32(start), tokenEnd: Int32(end),
                                  shape: .word, word: TemporalLexicon.word(hash: hash))
        piece.hash = hash ?? 0
        piece.capitalized = CharacterClass.isUpper(scalars[start])
        piece.endsWithPeriod = scalars[end - 1] == "."
        if piece.word.kind == .none { piece.tense = TenseCues.tense(scalars, start, end) }
        if piece.word.kind == .unit, end - start > 3, scalars[end - 1] == "s" { piece.plural = true }
        return piece
    }

    /// The codes of business news: `Q3` for a quarter, `H1` for a half, `FY2024` or `FY24` for a fiscal
    /// year.
    static func periodCode(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> TemporalPiece? {
        let length = end - start
        let first = scalars[start]
        guard length == 2 || length == 4 || length == 6, first == "Q" || first == "H" || first == "F" else {
            return nil
        }
        var piece = TemporalPiece(start: Int32(start), end: Int32(end), tokenStart: Int32(start), tokenEnd: Int32(end),
                                  shape: .word, word: .none)
        if length == 2, first != "F" {
            let n = Int32(scalars[start + 1].value) - 0x30
            guard n >= 1, n <= (first == "Q" ? 4 : 2) else { return nil }
            piece.shape = first == "Q" ? .quarterCode : .halfCode
            piece.a = n
            return piece
        }
        guard length == 4 || length == 6, first == "F", scalars[start + 1] == "Y",
              (start + 2..<end).allSatisfy({ CharacterClass.isDigit(scalars[$0]) }) else { return nil }
        piece.shape = .fiscalYearCode
        piece.a = (start + 2..<end).reduce(0) { $0 * 10 + Int32(scalars[$1].value - 0x30) }
        piece.digits = UInt8(length - 2)
        return piece
    }

    /// Words that start with digits: ordinals, decades, clock times.
    static func digitWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> TemporalPiece {
        var piece = TemporalPiece(start: Int32(start), end: Int32(end), tokenStart: Int32(start), tokenEnd: Int32(end),
                                  shape: .word, word: .none)
        var k = start
        var value: Int32 = 0
        var digits = 0
        var minutes: Int32 = -1
        while k < end, CharacterClass.isDigit(scalars[k]) || (scalars[k] == ":" && minutes < 0) {
            if scalars[k] == ":" {
                minutes = 0
            } else if minutes >= 0 {
                // Capped: a long run of digits after the colon is no clock time, and must not overflow.
                minutes = min(minutes * 10 + Int32(scalars[k].value - 0x30), 10_000)
            } else if digits < 6 {
                value = value * 10 + Int32(scalars[k].value - 0x30)
                digits += 1
            }
            k += 1
        }
        var letters: [UInt8] = []
        var lettersEnd = k
        while lettersEnd < end, letters.count < 5 {
            let v = scalars[lettersEnd].value
            if v != 0x2E {
                guard v < 0x80 else { return piece }
                letters.append(UInt8(v | 0x20))
            }
            lettersEnd += 1
        }
        guard lettersEnd == end else { return piece }
        piece.a = value
        piece.digits = UInt8(digits)
        // Digits alone after a hyphen: "mid-1996", "post-1959".
        if letters.isEmpty, minutes < 0 { piece.shape = .integer }
        switch letters {
        case [0x73] where minutes < 0:  // s
            if digits == 4 && value % 10 == 0 || digits == 2 && value % 10 == 0 { piece.shape = .decadeNumber }
        case [0x73, 0x74], [0x6E, 0x64], [0x72, 0x64], [0x74, 0x68]:  // st nd rd th
            if minutes < 0 { piece.shape = .ordinalNumber }
        case [0x61, 0x6D], [0x70, 0x6D]:  // am pm
            if value <= 12 && minutes < 60 {
                piece.shape = .clockWord
                piece.b = max(minutes, 0)
                piece.c = letters[0] == 0x70 ? 12 : 0
            }
        default:
            break
        }
        return piece
    }

    /// A number token; a range ("10-12", "2024-25") as its two ends around the dash, each a piece of
    /// its own, so that each end can be a date.
    static func appendNumber(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
                             into pieces: inout [TemporalPiece]) {
        var dash = -1
        for k in start..<end where !CharacterClass.isDigit(scalars[k]) {
            guard scalars[k] == "-", dash < 0, k > start, k + 1 < end else { dash = -1; break }
            dash = k
        }
        guard dash > 0 else {
            pieces.append(number(scalars, start, end))
            return
        }
        pieces.append(number(scalars, start, dash))
        var mark = TemporalPiece(start: Int32(dash), end: Int32(dash + 1), tokenStart: Int32(dash),
                                 tokenEnd: Int32(dash + 1), shape: .punctuation, word: .none)
        mark.a = 0x2D
        pieces.append(mark)
        pieces.append(number(scalars, dash + 1, end))
    }

    static func number(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> TemporalPiece {
        var piece = TemporalPiece(start: Int32(start), end: Int32(end), tokenStart: Int32(start), tokenEnd: Int32(end),
                                  shape: .other, word: .none)
        var fields: (Int32, Int32, Int32) = (0, 0, 0)
        var widths: (Int, Int, Int) = (0, 0, 0)
        var field = 0
        var separator: Unicode.Scalar = " "
        for k in start..<end {
            let s = scalars[k]
            if CharacterClass.isDigit(s) {
                let d = Int32(s.value - 0x30)
                switch field {
                case 0: if widths.0 < 7 { fields.0 = fields.0 * 10 + d }; widths.0 += 1
                case 1: if widths.1 < 7 { fields.1 = fields.1 * 10 + d }; widths.1 += 1
                default: if widths.2 < 7 { fields.2 = fields.2 * 10 + d }; widths.2 += 1
                }
            } else {
                if field == 0 { separator = s } else if s != separator { return piece }
                field += 1
                if field > 2 { return piece }
            }
        }
        switch (field, separator) {
        case (0, _):
            piece.shape = .integer
            piece.a = fields.0
            piece.digits = UInt8(min(widths.0, 9))
        case (1, ":"):
            guard fields.0 <= 24, widths.1 == 2, fields.1 < 60 else { return piece }
            piece.shape = .clock
            piece.a = fields.0
            piece.b = fields.1
        case (2, "/") where fields.0 > 12 && widths.0 <= 2 && widths.1 <= 2 && widths.2 == 4 && fields.1 >= 1:
            // "30/08/2025": a first field over 12 is the day.
            piece.shape = .dayMonthYear
            (piece.a, piece.b, piece.c) = fields
        case (1, "/"), (2, "/"):
            guard (1...12).contains(fields.0), (1...31).contains(fields.1), widths.0 <= 2, widths.1 <= 2 else {
                return piece
            }
            var year = fields.2
            if field == 2 {
                guard widths.2 == 4 || widths.2 == 2 else { return piece }
                if widths.2 == 2 { year += year < 50 ? 2000 : 1900 }
            }
            piece.shape = .slashDate
            (piece.a, piece.b, piece.c) = (fields.0, fields.1, field == 2 ? year : 0)
        case (2, "-") where widths.0 == 4:
            guard widths.1 == 2, widths.2 == 2 else { return piece }
            piece.shape = .isoDate
            (piece.a, piece.b, piece.c) = fields
        case (2, "-"), (2, "."):
            // Day, month and year: "30-08-2025", "29.04.2025" (which of the first two is the day is
            // for the grammar to tell).
            guard widths.0 <= 2, widths.1 <= 2, widths.2 == 4, fields.0 >= 1, fields.1 >= 1 else { return piece }
            piece.shape = .dayMonthYear
            (piece.a, piece.b, piece.c) = fields
        default:
            break
        }
        return piece
    }
}
