/// Dates written with calendar names and numbers: "Nov. 28", "28 November 2023", "11/28/2023",
/// "Tuesday", "the third quarter", "summer 2023", "the 1990s", "the 20th century", "Christmas".
extension TemporalGrammar {
    func calendar(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        let piece = p[j]
        switch piece.shape {
        case .word:
            switch piece.word.kind {
            case .weekday: return weekday(i, j, lead)
            case .month: return month(i, j, lead)
            case .season: return season(i, j, lead)
            case .ordinal: return ordinal(i, j, lead)
            case .decade: return decadeWord(i, j, lead)
            case .holiday: return holiday(i, j, lead)
            case .cardinal:
                guard let (end, year) = spelledYear(j) else { return nil }
                return TemporalMatch(first: spanStart(i, j, lead, keepsThe: false), end: end, type: .date,
                                     value: TimexValue.year(year), granularity: .year)
            case .keyword where piece.word.is(.new): return newYear(i, j, lead)
            default: return nil
            }
        case .integer:
            return dayMonth(i, j, lead) ?? conjoinedDay(i, j) ?? year(i, j, lead)
        case .ordinalNumber:
            return dayMonth(i, j, lead) ?? conjoinedDay(i, j) ?? ordinal(i, j, lead)
        case .decadeNumber:
            return decade(i, j, lead)
        case .slashDate, .isoDate, .dayMonthYear:
            return numericDate(i, j, lead)
        case .quarterCode:
            return period(i, j, lead, n: Int(piece.a), unit: .quarter, core: j + 1, year: nil)
        case .halfCode:
            // "H2" alone is as often hydrogen as a half-year: only with its year.
            guard yearAfter(j + 1) != nil else { return nil }
            return period(i, j, lead, n: Int(piece.a), unit: .half, core: j + 1, year: nil)
        case .fiscalYearCode:
            return fiscalYearCode(i, j, lead)
        case .punctuation:
            return decade(i, j, lead)
        default:
            return nil
        }
    }

    func dayMatch(_ first: Int, _ end: Int, _ date: CalendarDate) -> TemporalMatch {
        TemporalMatch(first: first, end: end, type: .date, value: TimexValue.day(date), granularity: .day, day: date)
    }

    /// A month name, not the verb "may" or "march", nor a name like "Jan".
    func isMonth(_ j: Int) -> Bool {
        let piece = p[j]
        guard piece.word.kind == .month, piece.capitalized else { return false }
        let letters = Int(piece.end - piece.start) - (piece.endsWithPeriod ? 1 : 0)
        let weak = piece.word.value == 5 || (piece.word.value == 3 && letters <= 5)
            || (!piece.endsWithPeriod && letters <= 4 && piece.word.value != 6 && piece.word.value != 7)
        guard weak else { return true }
        if j + 1 < count, p[j + 1].dayOfMonth != nil || p[j + 1].isYear { return true }
        guard j > 0 else { return false }
        if p[j - 1].dayOfMonth != nil { return true }
        switch p[j - 1].word.keyword {
        case .in, .of, .since, .until, .by, .from, .during, .early, .late, .mid, .last, .next, .this, .to,
             .before, .after, .end, .beginning, .middle, .the:
            return true
        default: return false
        }
    }

    /// A year written after a date: "Nov. 28, 2023", "November 2023", "March of 1990"; not a
    /// figure in a table of prices ("Dec 1403", "WINTER 1639"): news names no such early years so.
    func yearAfter(_ k: Int) -> (end: Int, year: Int)? {
        func isYear(_ k: Int) -> Bool { k < count && p[k].isYear && p[k].a >= 1800 }
        if isYear(k) { return (k + 1, Int(p[k].a)) }
        if let spelled = spelledYear(k) ?? (`is`(k, .of) ? spelledYear(k + 1) : nil) { return spelled }
        if isPunctuation(k, ",") || `is`(k, .of), isYear(k + 1) { return (k + 2, Int(p[k + 1].a)) }
        return nil
    }

    /// "this year", "last year", "next year" after a month or quarter: "June last year"; "of the
    /// year", the year last spoken of: "the first half of the year".
    func relativeYearAfter(_ k: Int) -> (end: Int, year: Int)? {
        var k = k
        let of = `is`(k, .of)
        if of { k += 1 }
        let year: Int
        switch word(k).keyword {
        case .this: year = context.anchor.year
        case .last: year = context.anchor.year - 1
        case .next: year = context.anchor.year + 1
        case .the where of: year = context.referenceYear
        default: return nil
        }
        guard word(k + 1).unit == .year, !p[k + 1].joinedToNext, !p[k + 1].plural,
              !`is`(k + 2, .possessive) else { return nil }
        return (k + 2, year)
    }

    func month(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        guard isMonth(j) else { return nil }
        let month = Int(p[j].word.value)
        let first = spanStart(i, j, lead, keepsThe: false)
        var k = j + 1
        if isPunctuation(k, "."), !p[j].endsWithPeriod { k += 1 }
        var day = k < count ? p[k].dayOfMonth : nil
        if day == nil, `is`(k, .the), k + 1 < count, p[k + 1].shape == .ordinalNumber { k += 1; day = p[k].dayOfMonth }
        if let day, !(k + 1 < count && p[k + 1].word.unit != nil) {
            var end = k + 1
            let year: Int
            if let after = yearAfter(end) {
                (end, year) = after
            } else if let last = dayRangeEnd(k), let after = yearAfter(last) {
                // "Sept. 8-10, 2023": the year after the range is the first day's too.
                year = after.year
            } else {
                year = yearOf(month: month, day: day, lead, at: j)
            }
            guard let date = CalendarDate(validYear: year, month: month, day: day) else { return nil }
            return dayMatch(first, end, date)
        }
        var end = j + 1
        let year: Int
        if let after = yearAfter(end) ?? relativeYearAfter(end) {
            (end, year) = after
        } else {
            year = yearOf(month: month, day: nil, lead, at: j)
        }
        return TemporalMatch(first: first, end: end, type: .date, value: TimexValue.month(year, month),
                             granularity: .month)
    }

    /// Where the second day of a range written with a dash ("8-10") ends, if a range starts at `k`.
    func dayRangeEnd(_ k: Int) -> Int? {
        guard k + 2 < count, p[k].dayOfMonth != nil, p[k + 1].isDash, let second = p[k + 2].dayOfMonth,
              second > Int(p[k].a) else { return nil }
        return k + 3
    }

    /// "28 November", "28th of November 2023"; the first day of "10-12 March", in the month and year
    /// of the last.
    func dayMonth(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        guard let day = p[j].dayOfMonth else { return nil }
        if dayRangeEnd(j) != nil {
            guard let last = dayMonth(j + 2, j + 2, Lead()), let date = last.day,
                  let first = CalendarDate(validYear: date.year, month: date.month, day: day) else { return nil }
            return dayMatch(spanStart(i, j, lead, keepsThe: false), j + 1, first)
        }
        var k = j + 1
        if `is`(k, .of) { k += 1 }
        guard k < count, isMonth(k), !(k + 1 < count && p[k + 1].dayOfMonth != nil) else { return nil }
        let month = Int(p[k].word.value)
        var end = k + 1
        let year: Int
        if let after = yearAfter(end) {
            (end, year) = after
        } else {
            year = yearOf(month: month, day: day, lead, at: j)
        }
        guard let date = CalendarDate(validYear: year, month: month, day: day) else { return nil }
        return dayMatch(spanStart(i, j, lead, keepsThe: false), end, date)
    }

    /// The second day of "April 24 and 25", "Nov. 3 or 4", "March 5 to 7", "March 10-12", in the month
    /// and year of the first; not a count of things ("Oct. 9 and 11 people").
    func conjoinedDay(_ i: Int, _ j: Int) -> TemporalMatch? {
        let countsThings = j + 1 < count && p[j + 1].shape == .word && p[j + 1].word.kind != .keyword
            && !p[j + 1].capitalized
        guard i == j, j >= 3, !countsThings, let day = p[j].dayOfMonth,
              `is`(j - 1, .and) || `is`(j - 1, .or) || `is`(j - 1, .to) || p[j - 1].isDash,
              p[j - 2].dayOfMonth != nil, isMonth(j - 3),
              let first = month(j - 3, j - 3, Lead()), first.end == j - 1, let date = first.day,
              let second = CalendarDate(validYear: date.year, month: date.month, day: day) else { return nil }
        // "Sept. 8-10, 2021": the year closes the second day.
        return dayMatch(j, yearAfter(j + 1)?.end ?? j + 1, second)
    }

    /// "11/28/2023", "2023-11-28"; "30-08-2025" and "29.04.2025" when the day is over 12 or the
    /// article's other dates show which comes first.
    func numericDate(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        let piece = p[j]
        let date: CalendarDate?
        if piece.shape == .isoDate {
            date = CalendarDate(validYear: Int(piece.a), month: Int(piece.b), day: Int(piece.c))
        } else if piece.shape == .dayMonthYear {
            let dayFirst = piece.a > 12 ? true : (piece.b > 12 ? false : context.dayFirst)
            guard let dayFirst else { return nil }
            date = dayFirst ? CalendarDate(validYear: Int(piece.c), month: Int(piece.b), day: Int(piece.a))
                : CalendarDate(validYear: Int(piece.c), month: Int(piece.a), day: Int(piece.b))
        } else {
            guard piece.c > 0 else { return nil }
            date = CalendarDate(validYear: Int(piece.c), month: Int(piece.a), day: Int(piece.b))
        }
        guard let date else { return nil }
        return dayMatch(spanStart(i, j, lead, keepsThe: false), j + 1, date)
    }

    /// "Tuesday", "last Friday", "Saturday, April 25", "Friday night".
    func weekday(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        let piece = p[j]
        guard piece.capitalized else { return nil }
        let letters = Int(piece.end - piece.start)
        if letters <= 4 && !piece.endsWithPeriod { return nil }
        let first = lead.approximate || lead.position == .earlier || lead.position == .later ? j
            : spanStart(i, j, lead, keepsThe: false)
        // An explicit date after the weekday wins: "Friday, Oct. 23".
        var k = j + 1
        if isPunctuation(k, ",") { k += 1 }
        if k < count, let explicit = month(k, k, Lead()) ?? dayMonth(k, k, Lead()), explicit.granularity == .day {
            return TemporalMatch(first: first, end: explicit.end, type: .date, value: explicit.value,
                                 granularity: .day, day: explicit.day)
        }
        let date = weekdayDate(Int(piece.word.value), lead, at: j)
        // "Friday night": news annotation gives the part of a named day the day's value.
        if j + 1 < count, p[j + 1].word.kind == .partOfDay, let part = PartOfDay(rawValue: p[j + 1].word.value),
           !part.isClock {
            return dayMatch(first, j + 2, date)
        }
        return dayMatch(first, j + 1, date)
    }

    /// "the third quarter", "third-quarter", "the first half of 1990", "the 20th century".
    func ordinal(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        let n = Int(p[j].shape == .ordinalNumber ? p[j].a : Int32(p[j].word.value))
        let unit = word(j + 1).unit
        if (unit == .quarter && n <= 4) || (unit == .half && n <= 2) {
            return period(i, j, lead, n: n, unit: unit!, core: j + 2, year: nil)
        }
        if unit == .century, lead.the || p[j].shape == .ordinalNumber, n >= 1, n <= 30 {
            return TemporalMatch(first: i, end: j + 2, type: .date, value: TimexValue.century(n), granularity: .century)
        }
        // "on the 28th": a day of the current month.
        if p[j].shape == .ordinalNumber, lead.the, n <= 31, j + 1 == count || p[j + 1].shape == .punctuation {
            let anchor = context.anchor
            var month = anchor
            if n > anchor.day && tense(at: j) == .past { month = anchor.adding(months: -1) }
            guard let date = CalendarDate(validYear: month.year, month: month.month, day: n) else { return nil }
            return dayMatch(i, j + 1, date)
        }
        return nil
    }

    /// A quarter or half `n`, its year from the words after `core`, from `year`, or from the context.
    func period(_ i: Int, _ j: Int, _ lead: Lead, n: Int, unit: TimeUnit, core: Int, year: Int?) -> TemporalMatch {
        var end = core
        var year = year
        if year == nil, let after = yearAfter(end) ?? relativeYearAfter(end) {
            (end, year) = after
        }
        if lead.direction == .last || lead.direction == .next {
            year = context.anchor.year + lead.direction!.step
        }
        let resolved = year ?? (unit == .quarter ? yearOf(quarter: n, lead, at: j) : yearOf(quarter: 2 * n - 1, lead, at: j))
        let value = unit == .quarter ? TimexValue.quarter(resolved, n) : TimexValue.half(resolved, n)
        // The hyphenated adjective ("the third-quarter results") leaves the determiner out.
        let first = p[j].joinedToNext && lead.position == nil && !lead.approximate && !lead.fiscal ? j : i
        var match = TemporalMatch(first: first, end: end, type: .date, value: value, granularity: .quarter)
        if unit == .quarter { match.quarter = (resolved, n) }
        return match
    }

    /// The second year of "2024-25" or "1990-2000".
    func yearRangeEnd(_ j: Int) -> Int? {
        guard j >= 2, p[j].shape == .integer, p[j].digits == 2 || p[j].digits == 4, p[j - 1].isDash,
              p[j - 1].start == p[j - 2].end, p[j - 2].isYear, p[j - 2].a >= 1800 else { return nil }
        let first = Int(p[j - 2].a)
        var second = Int(p[j].a)
        if p[j].digits == 2 {
            second += first / 100 * 100
            if second <= first { second += 100 }
        }
        return second > first && second - first <= 100 ? second : nil
    }

    /// Whether piece `j` is one end of a range of plain numbers that are no years ("555-1990").
    func inRangeOfNumbers(_ j: Int) -> Bool {
        if j >= 2, p[j - 1].isDash, p[j - 1].start == p[j - 2].end, p[j - 2].shape == .integer {
            return yearRangeEnd(j) == nil
        }
        if j + 2 < count, p[j + 1].isDash, p[j + 1].start == p[j].end, p[j + 2].shape == .integer {
            return yearRangeEnd(j + 2) == nil
        }
        return false
    }

    /// "1990", "fiscal 1989", "late 2023", "the 1988 third quarter"; both years of "2024-25".
    func year(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        if let second = yearRangeEnd(j), i == j {
            return TemporalMatch(first: j, end: j + 1, type: .date, value: TimexValue.year(second), granularity: .year)
        }
        let piece = p[j]
        guard piece.isYear, !inRangeOfNumbers(j) else { return nil }
        let year = Int(piece.a)
        if j > 0, p[j - 1].isPunctuation("$") { return nil }
        if j + 1 < count {
            let next = p[j + 1]
            // "the 1989 period", "the 1988 quarter": the quarter just reported, in that year.
            if lead.the, next.word.is(.period) || next.word.unit == .quarter, !next.plural, let q = context.quarter {
                return TemporalMatch(first: i, end: j + 2, type: .date, value: TimexValue.quarter(year, q.quarter),
                                     granularity: .quarter)
            }
            if next.isPunctuation("%") || next.word.unit != nil || next.word.kind == .cardinal { return nil }
            if next.shape == .integer || next.shape == .other { return nil }
            if next.word.kind == .ordinal || next.shape == .ordinalNumber {
                let n = Int(next.shape == .ordinalNumber ? next.a : Int32(next.word.value))
                let unit = word(j + 2).unit
                if (unit == .quarter && n <= 4) || (unit == .half && n <= 2) {
                    return period(i, j, lead, n: n, unit: unit!, core: j + 3, year: year)
                }
            }
        }
        // A number that is no likely year needs a preposition before it ("by 2050", "in early 1850");
        // one before 1800 "in" or "since": "by 1000", "mid 2200 area", "1075 lbs" are times of day,
        // index levels and weights.
        let anchor = context.anchor
        let plausible = year >= 1900 && year <= anchor.year + 30
        let early = year < 1800
        guard plausible || (!early && (precededByPreposition(j) || precededByPreposition(i)))
                || (early && (`is`(j - 1, .in) || `is`(j - 1, .since))) else { return nil }
        return TemporalMatch(first: spanStart(i, j, lead, keepsThe: false), end: j + 1, type: .date,
                             value: TimexValue.year(year), granularity: .year)
    }

    /// "FY2024", "FY24": a two-digit year is the one nearest the article's.
    func fiscalYearCode(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        var year = Int(p[j].a)
        if p[j].digits == 2 {
            let century = context.anchor.year / 100 * 100
            year += century
            if year > context.anchor.year + 50 { year -= 100 } else if year < context.anchor.year - 50 { year += 100 }
        }
        guard TimexValue.isCalendarYear(year) else { return nil }
        return TemporalMatch(first: spanStart(i, j, lead, keepsThe: false), end: j + 1, type: .date,
                             value: TimexValue.year(year), granularity: .year)
    }

    /// A year in words, as broadcasts write them: "nineteen ninety-six", "two thousand".
    func spelledYear(_ j: Int) -> (end: Int, year: Int)? {
        let w = word(j)
        guard w.kind == .cardinal else { return nil }
        if w.value == 2, word(j + 1).kind == .cardinal, word(j + 1).value == 1000 {
            return (j + 2, 2000)
        }
        guard (11...20).contains(w.value), word(j + 1).kind == .cardinal, word(j + 1).value >= 20,
              word(j + 1).value < 100, word(j + 1).value % 10 == 0 else { return nil }
        var year = 100 * Int(w.value) + Int(word(j + 1).value)
        var end = j + 2
        if p[j + 1].joinedToNext, word(end).kind == .cardinal, word(end).value < 10 {
            year += Int(word(end).value)
            end += 1
        }
        return (end, year)
    }

    func precededByPreposition(_ j: Int) -> Bool {
        guard j > 0 else { return false }
        switch p[j - 1].word.keyword {
        case .in, .since, .until, .by, .from, .during, .before, .after: return true
        default: return false
        }
    }

    /// "the 1990s", "1990s", "the '80s", "the mid-1990s".
    func decade(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        var k = j
        if p[k].shape == .punctuation {
            guard k + 1 < count, p[k + 1].shape == .decadeNumber, p[k + 1].digits == 2 else { return nil }
            k += 1
        }
        let piece = p[k]
        guard piece.shape == .decadeNumber else { return nil }
        var firstYear = Int(piece.a)
        // "the 6300s", "Audi 4000S": model numbers, not decades.
        if piece.digits == 4, firstYear > context.anchor.year + 100 { return nil }
        if piece.digits == 2 {
            guard k > j else { return nil }
            let century = context.anchor.year / 100 * 100
            firstYear += firstYear <= context.anchor.year - century ? century : century - 100
        }
        return TemporalMatch(first: i, end: k + 1, type: .date, value: TimexValue.decade(firstYear), granularity: .decade)
    }

    /// "the nineties".
    func decadeWord(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        guard lead.the else { return nil }
        let firstYear = 1900 + 10 * Int(p[j].word.value)
        return TemporalMatch(first: i, end: j + 1, type: .date, value: TimexValue.decade(firstYear), granularity: .decade)
    }

    /// "this summer", "last fall", "the winter of 1994", "summer 2023".
    func season(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        let season = Season(rawValue: p[j].word.value)!
        let after = yearAfter(j + 1)
        let before = lead.the ? i - 1 : j - 1
        let prepositionBefore = `is`(before, .in) || `is`(before, .during) || `is`(before, .since)
            || `is`(before, .until) || `is`(before, .by) || `is`(before, .over) || `is`(before, .before)
            || `is`(before, .after)
        // A bare season word is often no season ("the fall of the city", "a hot spring").
        let supported = after != nil || lead.direction != nil || lead.position != nil
            || (prepositionBefore && !(season == .fall && `is`(j + 1, .of)))
        guard supported, !p[j].joinedToNext else { return nil }
        // "before the spring melt", "by summer": a season set as a limit is the coming one.
        let limit = `is`(before, .before) || `is`(before, .by) || `is`(before, .until)
        let year = after?.year ?? yearOf(season: season, lead, at: j, ahead: limit)
        return TemporalMatch(first: i, end: after?.end ?? j + 1, type: .date, value: TimexValue.season(year, season),
                             granularity: .season)
    }

    /// "Christmas", "Thanksgiving Day", "New Year's Eve".
    func holiday(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        guard p[j].capitalized, let holiday = Holiday(rawValue: p[j].word.value) else { return nil }
        var end = j + 1
        if `is`(end, .possessive) { end += 1 }
        if word(end).unit == .day || `is`(end, .eve) {
            end += 1
        } else if holiday.needsDay {
            return nil
        }
        return holidayMatch(i, j, end, lead, holiday, eve: `is`(end - 1, .eve))
    }

    /// "New Year's Day", "New Year's Eve".
    func newYear(_ i: Int, _ j: Int, _ lead: Lead) -> TemporalMatch? {
        guard p[j].capitalized, word(j + 1).unit == .year, `is`(j + 2, .possessive),
              word(j + 3).unit == .day || `is`(j + 3, .eve) else { return nil }
        let eve = `is`(j + 3, .eve)
        return holidayMatch(i, j, j + 4, lead, eve ? .christmas : .newYear, eve: false, shift: eve ? 6 : 0)
    }

    func holidayMatch(_ i: Int, _ j: Int, _ end: Int, _ lead: Lead, _ holiday: Holiday, eve: Bool,
                      shift: Int = 0) -> TemporalMatch {
        let sample = holiday.date(in: context.anchor.year).adding(days: shift)
        let year = yearOf(month: sample.month, day: sample.day, lead, at: j)
        let date = holiday.date(in: year).adding(days: (eve ? -1 : 0) + shift)
        return dayMatch(spanStart(i, j, lead, keepsThe: false), end, date)
    }
}

extension Holiday {
    /// Named only with "Day" after it ("Labor Day", not "labor").
    var needsDay: Bool { self == .election || self == .labor || self == .memorial || self == .independence }

    func date(in year: Int) -> CalendarDate {
        switch self {
        case .christmas: return CalendarDate(year: year, month: 12, day: 25)
        case .halloween: return CalendarDate(year: year, month: 10, day: 31)
        case .newYear: return CalendarDate(year: year, month: 1, day: 1)
        case .independence: return CalendarDate(year: year, month: 7, day: 4)
        case .valentine: return CalendarDate(year: year, month: 2, day: 14)
        case .thanksgiving: return CalendarDate.nth(4, weekday: 4, month: 11, year: year)
        case .labor: return CalendarDate.nth(1, weekday: 1, month: 9, year: year)
        case .memorial: return CalendarDate.nth(1, weekday: 1, month: 6, year: year).adding(days: -7)
        case .election: return CalendarDate.nth(1, weekday: 1, month: 11, year: year).adding(days: 1)
        case .easter: return CalendarDate.easter(year)
        }
    }
}
