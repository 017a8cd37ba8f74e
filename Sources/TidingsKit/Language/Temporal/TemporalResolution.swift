/// Resolving partial dates (a weekday, a month, a quarter without a year) against the article's
/// date, the direction words before them and the tense around them.
extension TemporalGrammar {
    /// The base a direction counts from: the last date mentioned for "the following", "that".
    func base(_ lead: Lead, _ unit: TimeUnit = .day) -> CalendarDate {
        guard lead.direction?.isAnaphoric == true else { return context.anchor }
        switch unit {
        case .year, .decade, .century: return CalendarDate(year: context.referenceYear, month: 1, day: 1)
        case .month, .quarter, .half: return context.referenceMonth
        default: return context.reference
        }
    }

    /// Which way to look when only the tense can say: -1 back, +1 ahead, 0 nearest.
    func way(_ lead: Lead, _ at: Int) -> Int {
        if let direction = lead.direction, direction != .this && direction != .current && direction != .that {
            return direction.step
        }
        if followsSince(at) { return -1 }
        if followsUntil(at) { return 1 }
        switch tense(at: at) {
        case .past: return -1
        case .future: return 1
        case .none: return 0
        }
    }

    /// The day a weekday names: "last Friday", "on Tuesday" (learned, or by tense), "that Friday".
    func weekdayDate(_ weekday: Int, _ lead: Lead, at: Int) -> CalendarDate {
        let from = base(lead)
        let diff = weekday - from.weekday
        let strict = lead.direction == .last || lead.direction == .next || lead.direction?.isAnaphoric == true
        // News tells of the days just past: a bare weekday is this week's, up to today, unless
        // the sentence looks ahead.
        var way = way(lead, at)
        // "Wednesday's ruling": news names by their day the events it has already seen.
        if way == 0 || (lead.direction == nil && `is`(at + 1, .possessive)) { way = -1 }
        let ruled: CalendarDate
        switch way {
        case -1: ruled = from.adding(days: diff < 0 || (diff == 0 && !strict) ? diff : diff - 7)
        case 1: ruled = from.adding(days: diff > 0 || (diff == 0 && !strict) ? diff : diff + 7)
        default: ruled = from.adding(days: Self.nearest(diff, cycle: 7))
        }
        guard lead.direction == nil || lead.direction == .this else { return ruled }
        if lead.direction == nil, let monday = context.weekNamedJustBefore { return monday.adding(days: weekday - 1) }
        return choose(.weekday, relation: diff, rule: ruled, at: at) { occurrence in
            switch occurrence {
            case .before: return from.adding(days: diff <= 0 ? diff : diff - 7)
            case .after: return from.adding(days: diff >= 0 ? diff : diff + 7)
            case .nearest: return from.adding(days: Self.nearest(diff, cycle: 7))
            case .nearReference:
                let reference = context.reference
                return reference.adding(days: Self.nearest(weekday - reference.weekday, cycle: 7))
            }
        }
    }

    /// A difference within a cycle (days of the week, months of the year) brought to the one
    /// nearest zero, ahead on a tie.
    static func nearest(_ diff: Int, cycle: Int) -> Int {
        var d = diff % cycle
        if d > cycle / 2 { d -= cycle }
        if d < -((cycle - 1) / 2) { d += cycle }
        return d
    }

    /// The year of the month (or quarter) `target` nearest to `current` of `year`.
    static func yearOfNearest(_ target: Int, from current: Int, in year: Int, cycle: Int) -> Int {
        let k = current - 1 + nearest(target - current, cycle: cycle)
        return year + (k < 0 ? -1 : (k >= cycle ? 1 : 0))
    }

    /// The year of a month (and day) written without one.
    /// News reports the recent past more than the near future: a month five or more months after
    /// the article's is last year's unless the sentence looks ahead; one eight or more months before
    /// it is next year's unless a verb in the past tense just before it says it is over ("the year
    /// ended March 31").
    func yearOf(month: Int, day: Int?, _ lead: Lead, at: Int) -> Int {
        let anchor = context.anchor
        let here = anchor.month * 32 + anchor.day
        let there = month * 32 + (day ?? 0)
        switch lead.direction {
        case .last: return there < here ? anchor.year : anchor.year - 1
        case .next: return there > here ? anchor.year : anchor.year + 1
        case .this, .current: return anchor.year
        default: break
        }
        // A month alone is the current one whichever way the sentence looks.
        let sameMonthDay = month * 32 + (day ?? anchor.day)
        return choose(day == nil ? .month : .monthDay, relation: month - anchor.month,
                      rule: ruleYearOf(month: month, day: day, at: at), at: at) { occurrence in
            switch occurrence {
            case .before: return sameMonthDay <= here ? anchor.year : anchor.year - 1
            case .after: return sameMonthDay >= here ? anchor.year : anchor.year + 1
            case .nearest: return Self.yearOfNearest(month, from: anchor.month, in: anchor.year, cycle: 12)
            case .nearReference:
                let reference = context.reference
                return Self.yearOfNearest(month, from: reference.month, in: reference.year, cycle: 12)
            }
        }
    }

    /// The rules' year: news reports the recent past more than the near future.
    func ruleYearOf(month: Int, day: Int?, at: Int) -> Int {
        let anchor = context.anchor
        let here = anchor.month * 32 + anchor.day
        let there = month * 32 + (day ?? 0)
        if followsSince(at) { return there <= here ? anchor.year : anchor.year - 1 }
        // "valid until September 10": a limit still to come.
        if followsUntil(at) { return there >= here ? anchor.year : anchor.year + 1 }
        let months = month - anchor.month
        let future = tense(at: at) == .future
        if months >= 5 && !future { return anchor.year - 1 }
        if (months <= -8 && !pastTenseJustBefore(at)) || (months <= -6 && future) { return anchor.year + 1 }
        return anchor.year
    }

    /// "since March", "since early March": what follows "since" is over.
    func followsSince(_ i: Int) -> Bool {
        `is`(i - 1, .since) || (positionOf(i - 1) != nil && `is`(i - 2, .since))
    }

    /// "until Tuesday", "until 9 a.m. EST Tuesday": in news, a deadline still to come; but a sentence
    /// that opens with it sets a scene ("Until Thursday, they had not...").
    func followsUntil(_ i: Int) -> Bool {
        var k = i - 1
        while k >= max(0, i - 5), p[k].shape == .integer || p[k].shape == .clock || p[k].shape == .clockWord
                || `is`(k, .am) || `is`(k, .pm) || `is`(k, .zone) || `is`(k, .at) || `is`(k, .on) {
            k -= 1
        }
        return k > 0 && `is`(k, .until)
    }

    /// A verb in the past tense among the three pieces before `i`.
    func pastTenseJustBefore(_ i: Int) -> Bool {
        (max(0, i - 3)..<i).contains { p[$0].tense == .past }
    }

    /// The year of a quarter written without one: a quarter not begun yet is last year's unless
    /// the sentence looks ahead.
    func yearOf(quarter: Int, _ lead: Lead, at: Int) -> Int {
        let anchor = context.anchor
        let current = (anchor.month - 1) / 3 + 1
        let rule = quarter > current && tense(at: at) != .future ? anchor.year - 1 : anchor.year
        guard lead.direction == nil else { return rule }
        return choose(.quarter, relation: quarter - current, rule: rule, at: at) { occurrence in
            switch occurrence {
            case .before: return quarter <= current ? anchor.year : anchor.year - 1
            case .after: return quarter >= current ? anchor.year : anchor.year + 1
            case .nearest: return Self.yearOfNearest(quarter, from: current, in: anchor.year, cycle: 4)
            case .nearReference:
                let reference = context.referenceMonth
                return Self.yearOfNearest(quarter, from: (reference.month - 1) / 3 + 1, in: reference.year, cycle: 4)
            }
        }
    }

    /// The year of a season: "last summer" is the summer before the current season.
    func yearOf(season: Season, _ lead: Lead, at: Int, ahead: Bool) -> Int {
        let anchor = context.anchor
        let current = Season.of(month: anchor.month)
        // Winter is counted in the year of its January.
        let seasonYear = anchor.month == 12 ? anchor.year + 1 : anchor.year
        let order = { (s: Season) -> Int in s == .winter ? -1 : Int(s.rawValue) }
        if lead.direction == .this || lead.direction == .current { return seasonYear }
        func year(looking way: Int) -> Int {
            switch way {
            case -1:
                let strict = lead.direction == .last
                return order(season) < order(current) || (season == current && !strict) ? seasonYear : seasonYear - 1
            case 1:
                let strict = lead.direction == .next
                return order(season) > order(current) || (season == current && !strict) ? seasonYear : seasonYear + 1
            default:
                return seasonYear
            }
        }
        let ruled = year(looking: ahead && lead.direction == nil ? 1 : way(lead, at))
        guard lead.direction == nil else { return ruled }
        return choose(.season, relation: order(season) - order(current), rule: ruled, at: at) { occurrence in
            switch occurrence {
            case .before: return year(looking: -1)
            case .nearest: return seasonYear
            case .after: return year(looking: 1)
            case .nearReference: return context.reference.month == 12 ? context.reference.year + 1 : context.reference.year
            }
        }
    }
}
