/// Dates named from the article's day or the last date mentioned: "today", "last week", "the
/// next day", "this year's third quarter", "year-earlier", "now", "recently", "the future".
extension TemporalGrammar {
    func deictic(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        let w = p[j].word
        switch w.kind {
        case .unit: return unit(i, j, lead)
        case .partOfDay: return partOfDay(i, j, lead)
        case .keyword: return keyword(i, j, lead, w.keyword!)
        default: return nil
        }
    }

    func ref(_ first: Int, _ end: Int, _ value: String) -> TemporalMatch {
        TemporalMatch(first: first, end: end, type: .date, value: value, granularity: nil)
    }

    func keyword(_ i: Int, _ j: Int, _ lead: Lead, _ k: Keyword) -> TemporalMatch? {
        switch k {
        case .today, .yesterday, .tomorrow, .tonight:
            let offset = k == .yesterday ? -1 : (k == .tomorrow ? 1 : 0)
            let date = context.anchor.adding(days: offset)
            if k == .tonight {
                return TemporalMatch(first: i, end: j + 1, type: .time, value: TimexValue.part(date, .night),
                                     granularity: .time, day: date)
            }
            if j + 1 < count, p[j + 1].word.kind == .partOfDay, let part = PartOfDay(rawValue: p[j + 1].word.value),
               !part.isClock {
                return TemporalMatch(first: i, end: j + 2, type: .time, value: TimexValue.part(date, part),
                                     granularity: .time, day: date)
            }
            return dayMatch(i, j + 1, date)
        case .now, .currently, .nowadays:
            return ref(j, j + 1, "PRESENT_REF")
        case .recently, .lately:
            return ref(j, j + 1, "PAST_REF")
        case .recent:
            if word(j + 1).unit != nil, isPlural(j + 1) { return ref(j, j + 2, "PAST_REF") }
            return nil
        case .future:
            // "the future of the company" is its fate, not a time.
            guard lead.the, lead.afterThe == j || `is`(j - 1, .near), !`is`(j + 1, .of) else { return nil }
            return ref(i, j + 1, "FUTURE_REF")
        case .period:
            // "the same period last year": the quarter last spoken of, a year before.
            // With none spoken of yet, the quarter reported on is the last one ended.
            if lead.direction == .that, let back = yearBackAfter(j + 1) {
                let q = context.quarter ?? context.lastQuarterEnded
                return TemporalMatch(first: i, end: back, type: .date, value: TimexValue.quarter(q.year - 1, q.quarter),
                                     granularity: .quarter)
            }
            guard lead.latest, let q = context.quarter else { return nil }
            return TemporalMatch(first: i, end: j + 1, type: .date, value: TimexValue.quarter(q.year, q.quarter),
                                 granularity: .quarter)
        case .near:
            // "near-term" as an adjective ("near-term prospects") names no time itself.
            if `is`(j + 1, .future) || (`is`(j + 1, .term) && !p[j].joinedToNext) { return ref(i, j + 2, "FUTURE_REF") }
            return nil
        case .these:
            if word(j + 1).unit == .day, isPlural(j + 1) { return ref(i, j + 2, "PRESENT_REF") }
            return nil
        default:
            return nil
        }
    }

    func isPlural(_ j: Int) -> Bool { j < count && p[j].plural }

    /// A unit after a direction or `the`: "last week", "the next day", "this year's third quarter",
    /// "the coming months", "year-earlier".
    func unit(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        let unit = p[j].word.unit!
        if unit == .year, p[j].joinedToNext, `is`(j + 1, .earlier) || `is`(j + 1, .ago) {
            return yearAgo(i, j, lead)
        }
        if unit == .year, let end = yearEndEnd(j) { return yearEnd(i, j, end, lead) }
        // "a fiscal year" is any year, no date.
        let generic = `is`(i - 1, .a) || `is`(i - 1, .an)
        guard lead.direction != nil || lead.the || (lead.fiscal && !generic) else { return nil }
        if p[j].joinedToNext { return nil }
        // "the year 1990" names that year, and "the year 9999" too: never the current one.
        if unit == .year, j + 1 < count, p[j + 1].shape == .integer {
            let year = Int(p[j + 1].a)
            guard p[j + 1].digits == 4, TimexValue.isCalendarYear(year) else { return nil }
            return TemporalMatch(first: i, end: j + 2, type: .date, value: TimexValue.year(year), granularity: .year)
        }
        // "the year before", "the day after": counted from the date last spoken of.
        if lead.the, lead.direction == nil, `is`(j + 1, .before) || `is`(j + 1, .after),
           j + 2 == count || p[j + 2].shape == .punctuation {
            var anaphoric = lead
            anaphoric.direction = `is`(j + 1, .before) ? .previous : .following
            guard var match = self.unit(i, j, anaphoric), match.end == j + 1 else { return nil }
            match.end = j + 2
            return match
        }
        // "the day before Nov. 5", "the day after Christmas"
        if unit == .day, lead.the, lead.direction == nil, `is`(j + 1, .before) || `is`(j + 1, .after),
           let dated = dateAt(j + 2), let date = dated.day {
            return dayMatch(i, dated.end, date.adding(days: `is`(j + 1, .before) ? -1 : 1))
        }
        // "the week of March 6"
        if unit == .week, lead.the, lead.direction == nil, `is`(j + 1, .of), j + 2 < count,
           let dated = month(j + 2, j + 2, Lead()) ?? dayMonth(j + 2, j + 2, Lead()), let date = dated.day {
            return TemporalMatch(first: i, end: dated.end, type: .date, value: TimexValue.week(date), granularity: .week)
        }
        let anchor = context.anchor
        if isPlural(j) {
            guard let direction = lead.direction else { return nil }
            switch direction {
            case .last: return ref(i, j + 1, "PAST_REF")
            case .next: return ref(i, j + 1, "FUTURE_REF")
            default: return nil
            }
        }
        let step = lead.direction?.step ?? 0
        let from = base(lead, unit)
        switch unit {
        case .day:
            guard lead.direction == .that || lead.direction == .next || lead.the && lead.direction != nil else {
                return nil
            }
            let date = (lead.direction == .next || lead.direction == .following) ? context.reference.adding(days: 1)
                : context.reference.adding(days: step)
            return dayMatch(i, j + 1, date)
        case .week:
            let date = from.adding(days: 7 * step)
            var match = TemporalMatch(first: i, end: j + 1, type: .date, value: TimexValue.week(date), granularity: .week)
            if step > 0 { match.week = date.adding(days: 1 - date.weekday) }
            return match
        case .weekend:
            let saturday: CalendarDate
            let diff = 6 - from.weekday
            if step < 0 || (step == 0 && way(lead, j) < 0) {
                saturday = from.adding(days: diff <= 0 ? diff - (step < 0 && diff == 0 ? 7 : 0) : diff - 7)
            } else {
                saturday = from.adding(days: diff >= 0 ? diff + (step > 0 ? 7 : 0) : diff + 7)
            }
            return TemporalMatch(first: i, end: j + 1, type: .date, value: TimexValue.weekend(saturday),
                                 granularity: .week)
        case .month:
            if lead.direction == .that, let back = yearBackAfter(j + 1) {
                return TemporalMatch(first: i, end: back, type: .date, value: TimexValue.month(from.year - 1, from.month),
                                     granularity: .month)
            }
            let date = from.adding(months: step)
            return TemporalMatch(first: i, end: j + 1, type: .date, value: TimexValue.month(date.year, date.month),
                                 granularity: .month)
        case .quarter:
            var year = anchor.year
            var quarter = (anchor.month - 1) / 3 + 1
            if lead.direction == nil || lead.direction == .that {
                if let recent = context.quarter {
                    (year, quarter) = recent
                } else {
                    quarter -= 1
                }
            } else {
                quarter += lead.latest ? -1 : step
            }
            if quarter < 1 { quarter += 4; year -= 1 }
            if quarter > 4 { quarter -= 4; year += 1 }
            // "the same quarter last year" is a year before the quarter spoken of (and no new one to
            // compare with).
            if lead.direction == .that, let back = yearBackAfter(j + 1) {
                return TemporalMatch(first: i, end: back, type: .date, value: TimexValue.quarter(year - 1, quarter),
                                     granularity: .quarter)
            }
            var match = TemporalMatch(first: i, end: j + 1, type: .date, value: TimexValue.quarter(year, quarter),
                                      granularity: .quarter)
            match.quarter = (year, quarter)
            return match
        case .year:
            let year = from.year + step
            if `is`(j + 1, .possessive), let bound = yearPossessive(i, j + 2, year) { return bound }
            return TemporalMatch(first: i, end: j + 1, type: .date, value: TimexValue.year(year), granularity: .year)
        case .half:
            // "the last half of 1989"
            guard lead.direction == .last, let (end, year) = yearAfter(j + 1) else { return nil }
            return TemporalMatch(first: i, end: end, type: .date, value: TimexValue.half(year, 2), granularity: .quarter)
        case .decade:
            guard lead.direction != nil else { return nil }
            let year = from.year + 10 * step
            return TemporalMatch(first: i, end: j + 1, type: .date, value: TimexValue.decade(year), granularity: .decade)
        case .century:
            guard lead.direction != nil else { return nil }
            let century = from.year / 100 + 1 + step
            return TemporalMatch(first: i, end: j + 1, type: .date, value: TimexValue.century(century),
                                 granularity: .century)
        default:
            return nil
        }
    }

    /// Where "last year", "of last year", "a year ago", "a year earlier" or "the year before" ends, if
    /// one starts at `k`.
    func yearBackAfter(_ k: Int) -> Int? {
        var k = k
        if `is`(k, .of) { k += 1 }
        func isYear(_ n: Int) -> Bool { word(n).unit == .year && !isPlural(n) && !p[n].joinedToNext }
        if `is`(k, .last), isYear(k + 1) { return k + 2 }
        if `is`(k, .a) || `is`(k, .the), isYear(k + 1), `is`(k + 2, .ago) || `is`(k + 2, .earlier)
            || `is`(k + 2, .before) {
            return k + 3
        }
        if `is`(k, .the), `is`(k + 1, .previous) || `is`(k + 1, .prior), isYear(k + 2) { return k + 3 }
        return nil
    }

    /// A date naming one day at piece `k`: "Nov. 5", "5 November", "Friday", "Christmas".
    func dateAt(_ k: Int) -> TemporalMatch? {
        guard k < count else { return nil }
        let dated: TemporalMatch?
        switch p[k].word.kind {
        case .month: dated = month(k, k, Lead())
        case .weekday: dated = weekday(k, k, Lead())
        case .holiday: dated = holiday(k, k, Lead())
        default: dated = dayMonth(k, k, Lead())
        }
        return dated?.granularity == .day ? dated : nil
    }

    /// Where "year-end", "year end" or "year's end" stops, if piece `j` starts one.
    func yearEndEnd(_ j: Int) -> Int? {
        if `is`(j + 1, .end) { return j + 2 }
        if !p[j].joinedToNext, `is`(j + 1, .possessive), `is`(j + 2, .end) { return j + 3 }
        return nil
    }

    /// "by year-end", "since year end", "at last year's end": the end of this year when the sentence
    /// looks ahead or sets a deadline, of last year when it looks back.
    func yearEnd(_ i: Int, _ j: Int, _ end: Int, _ lead: Lead) -> TemporalMatch {
        var year = context.anchor.year
        if let direction = lead.direction {
            year += direction.step
        } else if `is`(j - 1, .since) || (way(lead, j) < 0 && !`is`(j - 1, .by) && !`is`(j - 1, .until)) {
            year -= 1
        }
        return TemporalMatch(first: spanStart(i, j, lead, keepsThe: false), end: end, type: .date,
                             value: TimexValue.year(year), granularity: .year)
    }

    /// "last year's third quarter", "this year's summer".
    func yearPossessive(_ i: Int, _ k: Int, _ year: Int) -> TemporalMatch? {
        guard k < count else { return nil }
        var lead = Lead()
        var j = k
        if `is`(j, .fiscal) { lead.fiscal = true; j += 1 }
        guard j < count else { return nil }
        if p[j].word.kind == .ordinal || p[j].shape == .ordinalNumber {
            let n = Int(p[j].shape == .ordinalNumber ? p[j].a : Int32(p[j].word.value))
            let unit = word(j + 1).unit
            if (unit == .quarter && n <= 4) || (unit == .half && n <= 2) {
                return period(i, j, lead, n: n, unit: unit!, core: j + 2, year: year)
            }
        }
        if p[j].word.kind == .season, let season = Season(rawValue: p[j].word.value) {
            return TemporalMatch(first: i, end: j + 1, type: .date, value: TimexValue.season(year, season),
                                 granularity: .season)
        }
        return nil
    }

    /// "year-earlier", "the year-ago quarter": in earnings reports, the same quarter a year before.
    func yearAgo(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        var end = j + 2
        if word(end).kind == .ordinal, word(end + 1).unit == .quarter { end += 2 } else if word(end).unit == .quarter
            || `is`(end, .period) {
            end += 1
        }
        // The adjective alone leaves `the` out ("the year-ago results"); with its noun it keeps it.
        let first = (lead.the && end > j + 2) || lead.approximate ? i : j
        if let q = context.quarter {
            return TemporalMatch(first: first, end: end, type: .date, value: TimexValue.quarter(q.year - 1, q.quarter),
                                 granularity: .quarter)
        }
        return TemporalMatch(first: first, end: end, type: .date, value: TimexValue.year(context.anchor.year - 1),
                             granularity: .year)
    }

    /// "this morning", "last night", "the next morning".
    func partOfDay(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        guard let part = PartOfDay(rawValue: p[j].word.value), !part.isClock, !isPlural(j), !p[j].joinedToNext else {
            return nil
        }
        let date: CalendarDate
        switch lead.direction {
        case .this: date = context.anchor
        case .last where part == .night: date = context.anchor.adding(days: -1)
        case .that, .following, .previous: date = context.reference.adding(days: lead.direction!.step)
        // "the next morning" follows the day spoken of, "next morning" the article's.
        case .next: date = (lead.the ? context.reference : context.anchor).adding(days: 1)
        default: return nil
        }
        return TemporalMatch(first: i, end: j + 1, type: .time, value: TimexValue.part(date, part), granularity: .time,
                             day: date)
    }
}
