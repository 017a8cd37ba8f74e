/// Times of day: "3 p.m.", "10:35 a.m. EST", "noon Saturday", "9 a.m. Tuesday", "at 14:30".
extension TemporalGrammar {
    func clock(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        let piece = p[j]
        var hour = -1, minute = 0
        var k = j + 1
        switch piece.shape {
        case .integer where piece.digits == 4 || piece.digits == 3:
            guard piece.a / 100 <= 24, piece.a % 100 < 60, isWireClock(j) else { return nil }
            hour = Int(piece.a / 100)
            minute = Int(piece.a % 100)
            if `is`(k, .hrs) { k += 1 }
        case .integer where piece.digits <= 2 && piece.a <= 12:
            if let meridiem = meridiem(k) {
                hour = Int(piece.a) % 12 + meridiem
                k += 1
            } else if `is`(k, .oclock) {
                hour = Int(piece.a)
                k += 1
            }
        case .clock:
            hour = Int(piece.a)
            minute = Int(piece.b)
            if let meridiem = meridiem(k), hour <= 12 {
                hour = hour % 12 + meridiem
                k += 1
            } else if !(lead.approximate || `is`(j - 1, .at) || `is`(j - 1, .by) || `is`(j - 1, .until)
                        || `is`(j - 1, .from) || `is`(j - 1, .before) || `is`(j - 1, .after) || `is`(k, .zone)) {
                return nil
            }
        case .clockWord:
            hour = Int(piece.a) % 12 + Int(piece.c)
            minute = Int(piece.b)
        case .word where piece.word.kind == .partOfDay:
            guard let part = PartOfDay(rawValue: piece.word.value), part.isClock else { return nil }
            hour = part == .noon ? 12 : 24
        default:
            return nil
        }
        guard hour >= 0, hour <= 24 else { return nil }
        // A zone's period that ends the sentence ("at 9 a.m. EST.") stays out of the span.
        var endsBeforePeriod = false
        if `is`(k, .zone) {
            endsBeforePeriod = k + 1 == count && p[k].endsWithPeriod
            k += 1
        } else if `is`(k, .local) || (k < count && p[k].capitalized && p[k].word.kind == .none), `is`(k + 1, .time) {
            k += 2
        }
        var date = context.reference
        var m = k
        if isPunctuation(m, ",") || `is`(m, .on) { m += 1 }
        if m < count, let day = dayAfterClock(m) {
            date = day.date
            k = day.end
            endsBeforePeriod = false
        }
        var match = TemporalMatch(first: i, end: k, type: .time,
                                  value: TimexValue.clock(date, hour: hour, minute: minute), granularity: .time)
        match.endsBeforePeriod = endsBeforePeriod
        return match
    }

    /// Wire copy writes the hour and minute as one number: "by 1000 GMT", "1530 hrs EDT", "1400 local
    /// time", "1000 London time"; and after a word of time "until 1500", "after 1530" (the years
    /// such a number could be are long past).
    func isWireClock(_ j: Int) -> Bool {
        let k = j + 1
        if `is`(k, .zone) || `is`(k, .hrs) || (`is`(k, .local) && `is`(k + 1, .time)) { return true }
        if k < count, p[k].capitalized, p[k].word.kind == .none, `is`(k + 1, .time) { return true }
        guard p[j].digits == 4, p[j].a < 1800, k == count || p[k].shape == .punctuation || p[k].word.kind != .none
        else { return false }
        return `is`(j - 1, .by) || `is`(j - 1, .until) || `is`(j - 1, .before) || `is`(j - 1, .after)
            || `is`(j - 1, .from)
    }

    /// 0 for "a.m.", 12 for "p.m.".
    func meridiem(_ k: Int) -> Int? {
        if `is`(k, .am) { return 0 }
        if `is`(k, .pm) { return 12 }
        return nil
    }

    /// The day a time is on: "Tuesday", "yesterday", "Nov. 6".
    func dayAfterClock(_ m: Int) -> (date: CalendarDate, end: Int)? {
        let w = p[m].word
        if w.is(.today) { return (context.anchor, m + 1) }
        if w.is(.yesterday) { return (context.anchor.adding(days: -1), m + 1) }
        if w.is(.tomorrow) { return (context.anchor.adding(days: 1), m + 1) }
        guard w.kind == .weekday || w.kind == .month, let match = dateAt(m), let day = match.day else { return nil }
        return (day, match.end)
    }
}
