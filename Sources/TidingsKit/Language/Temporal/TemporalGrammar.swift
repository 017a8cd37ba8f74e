/// A time expression found over pieces `first..<end` of a sentence.
struct TemporalMatch {
    var first: Int
    var end: Int
    var type: TimexType
    var value: String
    var granularity: Granularity?
    /// The day it names, for forms that combine with others ("Friday, Oct. 23").
    var day: CalendarDate? = nil
    /// The quarter it names, which "a year earlier" in earnings reports refers to.
    var quarter: (year: Int, quarter: Int)? = nil
    /// The Monday of the week ahead it names ("next week"), which the weekdays just after fall in.
    var week: CalendarDate? = nil
    /// The span stops before the period that ends its last token.
    var endsBeforePeriod = false
}

/// What the expressions before the current one left for resolving the next.
struct TemporalContext {
    let anchor: CalendarDate
    /// The last day, month and year mentioned (at first the article's).
    var reference: CalendarDate
    var referenceMonth: CalendarDate
    var referenceYear: Int
    /// The last quarter mentioned.
    var quarter: (year: Int, quarter: Int)?
    /// Whether the article writes numeric dates day first ("30-08-2025"), as its dates that can be
    /// read one way only show; nil when none does.
    var dayFirst: Bool?
    /// How partial dates are placed.
    var resolution: PartialDateResolution
    /// The sentence being read, counted from 0.
    var sentence = 0
    /// The Monday of the last week ahead named ("next week"), and in which sentence.
    var week: (monday: CalendarDate, sentence: Int)?

    init(anchor: CalendarDate, resolution: PartialDateResolution) {
        self.anchor = anchor
        self.resolution = resolution
        reference = anchor
        referenceMonth = CalendarDate(year: anchor.year, month: anchor.month, day: 1)
        referenceYear = anchor.year
    }

    /// A weekday named in the sentence of "next week", or in the one after, falls in that week:
    /// "Next week's schedule: Monday a vote, Tuesday a debate." (After "last week" the weekdays
    /// are as often of the week before, and the resolver places them.)
    var weekNamedJustBefore: CalendarDate? {
        guard let week, sentence - week.sentence <= 1 else { return nil }
        return week.monday
    }

    /// The last quarter that ended before the article's date.
    var lastQuarterEnded: (year: Int, quarter: Int) {
        let current = (anchor.month - 1) / 3 + 1
        return current == 1 ? (anchor.year - 1, 4) : (anchor.year, current - 1)
    }

    /// Keeps a quarter for "a year earlier" and "the 1989 period" unless it is still to come: reports
    /// compare quarters past, forecasts name the quarter under way ("into the fourth quarter") or
    /// quarters ahead ("through the third quarter of 2025").
    mutating func remember(quarter: (year: Int, quarter: Int), lookingAhead: Bool) {
        let current = (year: anchor.year, quarter: (anchor.month - 1) / 3 + 1)
        let over = quarter.year < current.year || (quarter.year == current.year && quarter.quarter < current.quarter)
        let underWay = quarter.year == current.year && quarter.quarter == current.quarter
        guard over || (underWay && !lookingAhead) else { return }
        self.quarter = quarter
    }

    /// Keeps a calendar value (`2023`, `2023-11`, `2023-11-28`, with or without a time) for the
    /// anaphora that follow.
    mutating func remember(_ value: String) {
        var fields: [Int] = []
        var current = 0, digits = 0
        for s in value.unicodeScalars {
            if CharacterClass.isDigit(s) {
                current = current * 10 + Int(s.value - 0x30)
                digits += 1
                continue
            }
            guard s == "-", digits > 0 else { break }
            fields.append(current)
            current = 0
            digits = 0
        }
        if digits > 0 { fields.append(current) }
        guard let year = fields.first, value.unicodeScalars.count >= 4, CharacterClass.isDigit(value.unicodeScalars[
            value.unicodeScalars.index(value.unicodeScalars.startIndex, offsetBy: 3)]) else { return }
        referenceYear = year
        guard fields.count >= 2, (1...12).contains(fields[1]), !value.contains("Q"), !value.contains("W"),
              !value.contains("H") else { return }
        referenceMonth = CalendarDate(year: year, month: fields[1], day: 1)
        guard fields.count >= 3, let day = CalendarDate(validYear: year, month: fields[1], day: fields[2]) else { return }
        reference = day
    }
}

/// Words that point in time before an expression's core: "the last", "this coming", "next".
enum Direction {
    case this, last, next, previous, following, that, current

    /// Steps from the base date: -1, 0 or +1.
    var step: Int {
        switch self {
        case .last, .previous: return -1
        case .next, .following: return 1
        case .this, .that, .current: return 0
        }
    }

    /// Whether it counts from the last date mentioned rather than the article's date.
    var isAnaphoric: Bool { self == .previous || self == .following || self == .that }
}

/// Where within a period an expression sits: "early 2023", "the end of the year".
enum Position: UInt8 {
    case early, mid, late, earlier, later, start, end
}

/// The modifiers read before a core: `the`, `around`, `early`, `last`, `fiscal` ...
struct Lead {
    var the = false
    /// Index of the piece after `the`, where a span that leaves `the` out starts.
    var afterThe = -1
    var approximate = false
    var position: Position?
    var direction: Direction?
    var fiscal = false
    var past = false
    /// "the latest": the last quarter or period reported.
    var latest = false
}

/// The grammar of time expressions over one sentence's pieces. Each form is a method that reads
/// from a piece and returns the match it makes, resolved against the context.
struct TemporalGrammar {
    let p: [TemporalPiece]
    let context: TemporalContext

    var count: Int { p.count }

    func word(_ i: Int) -> TemporalWord { i >= 0 && i < p.count ? p[i].word : .none }
    func `is`(_ i: Int, _ keyword: Keyword) -> Bool { word(i).is(keyword) }
    func isPunctuation(_ i: Int, _ s: Unicode.Scalar) -> Bool { i >= 0 && i < p.count && p[i].isPunctuation(s) }

    /// The tense nearest to piece `i` in the sentence. The verb that governs a time phrase comes
    /// before it more often than after ("said on Friday", "will meet Friday"), so cues on the left
    /// count as three pieces nearer.
    /// A quotation keeps its own tense: the reporting verb outside ("... Thursday," he said) does not
    /// govern the times inside, so the search stops at a quotation mark.
    func tense(at i: Int) -> Tense {
        let bias = 3
        var distance = 1
        var leftOpen = true, rightOpen = true
        while distance < p.count + bias && (leftOpen || rightOpen) {
            let left = i - distance
            if leftOpen, left >= 0 {
                if isQuotationMark(left) { leftOpen = false } else if p[left].tense != .none { return p[left].tense }
            }
            let right = i + distance - bias
            if rightOpen, right > i, right < p.count {
                if isQuotationMark(right) { rightOpen = false } else if p[right].tense != .none { return p[right].tense }
            }
            distance += 1
        }
        return .none
    }

    /// `"`, `“`, `”`, and the doubled marks of newswire text (`` and '').
    func isQuotationMark(_ k: Int) -> Bool {
        guard p[k].shape == .punctuation else { return false }
        switch p[k].a {
        case 0x22, 0x201C, 0x201D, 0x60: return true
        case 0x27: return isPunctuation(k - 1, "'") || isPunctuation(k + 1, "'")
        default: return false
        }
    }

    /// The longest match that starts at piece `i`.
    func match(at i: Int) -> TemporalMatch? {
        let piece = p[i]
        if piece.shape == .word && piece.word.kind == .none { return nil }
        if piece.shape == .other { return nil }
        if piece.shape == .punctuation && piece.a != 0x27 && piece.a != 0x2019 { return nil }
        let (j, lead) = readLead(i)
        guard j < p.count else { return leadOnly(i, j, lead) }
        var best: TemporalMatch?
        func consider(_ m: TemporalMatch?) {
            guard let m else { return }
            if best == nil || m.end > best!.end { best = m }
        }
        consider(calendar(i, j, lead))
        consider(deictic(i, j, lead))
        consider(clock(i, j, lead))
        consider(counted(i, j, lead))
        if best == nil { consider(leadOnly(i, j, lead)) }
        // Words left in the lead that are no part of a time ("about" before a year read as a count).
        return best
    }

    /// Reads modifiers from `i`; returns the index of the core and what was read.
    func readLead(_ i: Int) -> (Int, Lead) {
        var lead = Lead()
        var j = i
        while j < p.count {
            let w = p[j].word
            guard let k = w.keyword else { break }
            switch k {
            case .the:
                // A second `the` only after "the end of".
                guard (!lead.the || lead.position != nil && lead.afterThe < j) && lead.direction == nil else {
                    return (j, lead)
                }
                lead.the = true
                lead.afterThe = j + 1
                // "the end of", "the beginning of", "the middle of"
                if let position = positionOf(j + 1), `is`(j + 2, .of) {
                    lead.position = position
                    j += 3
                    continue
                }
            case .around, .about, .nearly, .almost, .approximately, .roughly:
                guard !lead.approximate && j == i else { return (j, lead) }
                lead.approximate = true
            case .early, .late, .mid, .earlier, .later:
                guard lead.position == nil && lead.direction == nil else { return (j, lead) }
                lead.position = positionOf(j)
            case .end, .beginning, .start, .middle:
                guard lead.position == nil && `is`(j + 1, .of) else { return (j, lead) }
                lead.position = positionOf(j)
                j += 2
                continue
            case .this:
                guard lead.direction == nil else { return (j, lead) }
                lead.direction = .this
                if `is`(j + 1, .past) {
                    lead.direction = .last
                    j += 1
                } else if `is`(j + 1, .coming) {
                    lead.direction = .next
                    j += 1
                }
            case .last, .past:
                guard lead.direction == nil else { return (j, lead) }
                lead.direction = .last
                lead.past = k == .past
            case .next, .coming:
                guard lead.direction == nil else { return (j, lead) }
                lead.direction = .next
            case .previous, .prior:
                guard lead.direction == nil && lead.the else { return (j, lead) }
                lead.direction = .previous
            case .following:
                guard lead.direction == nil && lead.the else { return (j, lead) }
                lead.direction = .following
            case .that, .same:
                guard lead.direction == nil else { return (j, lead) }
                lead.direction = .that
            case .current, .latest:
                guard lead.direction == nil else { return (j, lead) }
                lead.direction = .current
                lead.latest = k == .latest
            case .fiscal, .full, .calendar:
                guard !lead.fiscal else { return (j, lead) }
                lead.fiscal = true
            default:
                return (j, lead)
            }
            j += 1
        }
        return (j, lead)
    }

    func positionOf(_ j: Int) -> Position? {
        switch word(j).keyword {
        case .early, .beginning: return .early
        case .start: return .start
        case .mid, .middle: return .mid
        case .late: return .late
        case .end, .close: return .end
        case .earlier: return .earlier
        case .later: return .later
        default: return nil
        }
    }

    /// Where the span starts: `the` stays out of spans of absolute dates ("the March 5 vote").
    func spanStart(_ i: Int, _ j: Int, _ lead: Lead, keepsThe: Bool) -> Int {
        if lead.the && !keepsThe && lead.afterThe == j && !lead.approximate { return j }
        return i
    }

    /// A lead with no core: "the past" as PAST_REF.
    func leadOnly(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        if lead.the, lead.past, lead.position == nil, j == i + 2 {
            return TemporalMatch(first: i, end: j, type: .date, value: "PAST_REF", granularity: nil)
        }
        return nil
    }
}
