/// Counted units: durations ("three years", "48 hours", "the past three months"), dates counted
/// back or ahead ("two years ago", "a day later", "five months from now"), and sets ("every
/// Monday", "weekly").
extension TemporalGrammar {
    /// A count at `j`: its value (nil for "several", "a few") and the index after it.
    func countAt(_ j: Int) -> (count: Int?, end: Int)? {
        guard j < count else { return nil }
        let piece = p[j]
        if piece.shape == .integer, piece.digits <= 4, piece.a <= 1000 {
            return (Int(piece.a), j + 1)
        }
        switch piece.word.kind {
        case .cardinal:
            var n = Int(piece.word.value)
            var end = j + 1
            // "twenty-four", "twenty four"
            if n >= 20, n < 100, n % 10 == 0, end < count, p[end].word.kind == .cardinal, p[end].word.value < 10 {
                n += Int(p[end].word.value)
                end += 1
            }
            if n == 100 { return nil }
            if word(end).kind == .cardinal, word(end).value == 100 { n *= 100; end += 1 }
            return (n, end)
        case .keyword:
            switch piece.word.keyword! {
            case .a, .an:
                if `is`(j + 1, .couple), `is`(j + 2, .of) { return (2, j + 3) }
                if `is`(j + 1, .few) { return (nil, j + 2) }
                if word(j + 1).kind == .cardinal, word(j + 1).value == 12 { return (12, j + 2) }
                return (1, j + 1)
            case .couple where `is`(j + 1, .of): return (2, j + 2)
            case .several, .few: return (nil, j + 1)
            default: return nil
            }
        default:
            return nil
        }
    }

    func counted(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        if let set = set(i, j, lead) { return set }
        guard let (n, k) = countAt(j), k < count, let unit = p[k].word.unit else { return nil }
        if p[k].joinedToNext, `is`(k + 1, .earlier) || `is`(k + 1, .ago) { return nil }
        let end = k + 1
        // "a week or so ago": the hedge stays in the span.
        let after = `is`(end, .or) && `is`(end + 1, .so) ? end + 2 : end
        if !p[k].joinedToNext {
            if `is`(after, .ago), unit == .year, n == 1, let q = context.quarter {
                return TemporalMatch(first: i, end: after + 1, type: .date,
                                     value: TimexValue.quarter(q.year - 1, q.quarter), granularity: .quarter)
            }
            if `is`(after, .ago) || `is`(after, .hence) {
                return countedDate(i, j, after + 1, n, unit, sign: `is`(after, .ago) ? -1 : 1, from: context.anchor)
            }
            if `is`(after, .from), word(after + 1).keyword == .now {
                return countedDate(i, j, after + 2, n, unit, sign: 1, from: context.anchor)
            }
            if `is`(after, .earlier) || `is`(after, .later) {
                let sign = `is`(after, .earlier) ? -1 : 1
                if unit == .year, n == 1, sign < 0, let q = context.quarter {
                    return TemporalMatch(first: i, end: after + 1, type: .date,
                                         value: TimexValue.quarter(q.year - 1, q.quarter), granularity: .quarter)
                }
                return countedDate(i, j, after + 1, n, unit, sign: sign, from: context.reference)
            }
        }
        if unit == .half || unit == .weekend { return nil }
        let first = lead.direction == nil && !lead.approximate ? j : i
        guard lead.direction == nil || lead.direction == .last || lead.direction == .next || lead.the else { return nil }
        return TemporalMatch(first: first, end: end, type: .duration, value: TimexValue.duration(n, unit),
                             granularity: nil)
    }

    /// "two years ago", "three days later".
    func countedDate(_ i: Int, _ j: Int, _ end: Int, _ n: Int?, _ unit: TimeUnit, sign: Int,
                     from: CalendarDate) -> TemporalMatch? {
        guard let n else {
            return ref(i, end, sign < 0 ? "PAST_REF" : "FUTURE_REF")
        }
        let s = sign * n
        // A count that leaves the four-digit years ("28 centuries earlier") names no calendar date.
        func calendar(_ date: CalendarDate) -> CalendarDate? { TimexValue.isCalendarYear(date.year) ? date : nil }
        switch unit {
        case .day:
            guard let date = calendar(from.adding(days: s)) else { return nil }
            return dayMatch(i, end, date)
        case .week, .fortnight:
            guard let date = calendar(from.adding(days: s * (unit == .week ? 7 : 14))) else { return nil }
            return TemporalMatch(first: i, end: end, type: .date, value: TimexValue.week(date), granularity: .week)
        case .month:
            guard let date = calendar(from.adding(months: s)) else { return nil }
            return TemporalMatch(first: i, end: end, type: .date, value: TimexValue.month(date.year, date.month),
                                 granularity: .month)
        case .quarter:
            guard let date = calendar(from.adding(months: 3 * s)) else { return nil }
            let q = (date.month - 1) / 3 + 1
            var match = TemporalMatch(first: i, end: end, type: .date, value: TimexValue.quarter(date.year, q),
                                      granularity: .quarter)
            match.quarter = (date.year, q)
            return match
        case .year, .decade, .century:
            let year = from.year + s * (unit == .year ? 1 : (unit == .decade ? 10 : 100))
            guard TimexValue.isCalendarYear(year) else { return nil }
            return TemporalMatch(first: i, end: end, type: .date, value: TimexValue.year(year), granularity: .year)
        default:
            return nil
        }
    }

    /// "every Monday", "each year", "weekly".
    func set(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        let w = p[j].word
        if w.kind == .keyword {
            let value: String
            switch w.keyword! {
            case .daily, .nightly: value = "P1D"
            case .weekly: value = "P1W"
            case .monthly: value = "P1M"
            case .yearly, .annually: value = "P1Y"
            case .quarterly: value = "P3M"
            case .hourly: value = "PT1H"
            case .every, .each:
                return every(i, j + 1)
            default: return nil
            }
            return TemporalMatch(first: j, end: j + 1, type: .set, value: value, granularity: nil)
        }
        return nil
    }

    func every(_ i: Int, _ k: Int) -> TemporalMatch? {
        guard k < count else { return nil }
        let w = p[k].word
        let value: String
        switch w.kind {
        case .unit: value = TimexValue.duration(1, w.unit!)
        case .weekday: value = "XXXX-WXX-" + String(w.value)
        case .month: value = "XXXX-" + pad(Int(w.value), 2)
        case .partOfDay: value = "XXXX-XX-XXT" + PartOfDay(rawValue: w.value)!.code
        default: return nil
        }
        return TemporalMatch(first: i, end: k + 1, type: .set, value: value, granularity: nil)
    }
}
