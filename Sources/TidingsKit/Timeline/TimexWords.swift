/// A TIMEX3 value in the words a reader uses: `2024-04-12` "Friday 12 April 2024", `2024-W15`
/// "the week of 8 April 2024", `2024-FA` "autumn 2024", `1987-04-07TMO` "the morning of 7 April
/// 1987", `20` "the 21st century", `P3W` "three weeks: a duration", `P1W` as a set "every week".
/// A value of no form it knows is returned as it is.
public enum TimexWords {
    public static func words(_ value: String, type: TimexType = .date) -> String {
        switch type {
        case .duration:
            return duration(value).map { $0 + ": a duration" } ?? value
        case .set:
            return repetition(value) ?? value
        case .date, .time:
            return point(value) ?? value
        }
    }

    /// Columns of the longest day in words, for a column of dates.
    public static let widestDay = "Wednesday 30 September 2024".count

    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December"]
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let ordinals = ["first", "second", "third", "fourth"]
    static let seasonNames = ["SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"]
    static let dayParts = ["MO": "morning", "MI": "midday", "AF": "afternoon", "DT": "daytime", "EV": "evening",
                           "NI": "night"]
    static let references = ["PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"]

    /// `7 April 1987`
    static func day(_ date: CalendarDate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// A date, a time, or a calendar period.
    static func point(_ value: String) -> String? {
        if let reference = references[value] { return reference }
        let parts = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let fields = parts[0].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2 {
            guard let date = calendarDay(fields) else { return nil }
            let time = String(parts[1])
            if let part = dayParts[time] { return (part == "midday" ? "midday on " : "the \(part) of ") + day(date) }
            guard let clock = clock(time) else { return nil }
            return clock + " on " + weekdayNames[date.weekday - 1] + " " + day(date)
        }
        guard let head = fields.first, let number = digits(head) else { return unknownYear(fields) }
        switch (head.count, fields.count) {
        case (2, 1): return "the " + ordinal(number + 1) + " century"
        case (3, 1): return "the \(number * 10)s"
        case (4, 1): return head
        case (4, 2): return period(of: number, fields[1])
        case (4, 3):
            if let date = calendarDay(fields) { return weekdayNames[date.weekday - 1] + " " + day(date) }
            guard fields[1].first == "W", fields[2] == "WE", let monday = weekStart(number, fields[1]) else { return nil }
            return "the weekend of " + day(monday.adding(days: 5))
        default: return nil
        }
    }

    /// `2024-04`, `2024-W15`, `2024-Q2`, `2024-H1`, `2024-SU`.
    static func period(of year: Int, _ field: String) -> String? {
        let rest = field.dropFirst()
        if field.count == 2, let month = digits(field), (1...12).contains(month) {
            return "\(monthNames[month - 1]) \(year)"
        }
        if field.first == "W", let monday = weekStart(year, field) { return "the week of " + day(monday) }
        if field.first == "Q", let quarter = digits(rest), (1...4).contains(quarter) {
            return "the \(ordinals[quarter - 1]) quarter of \(year)"
        }
        if field.first == "H", let half = digits(rest), (1...2).contains(half) {
            return "the \(ordinals[half - 1]) half of \(year)"
        }
        if field == "WI" { return "winter \(year)–" + twoDigits((year + 1) % 100) }
        return seasonNames[field].map { "\($0) \(year)" }
    }

    /// Monday of ISO week `Www` (week 1 holds the year's first Thursday).
    static func weekStart(_ year: Int, _ field: String) -> CalendarDate? {
        guard field.count == 3, let week = digits(field.dropFirst()), (1...53).contains(week),
              (1...9999).contains(year) else { return nil }
        let jan4 = CalendarDate(year: year, month: 1, day: 4)
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    /// Values whose year is unknown: `XXXX-04-12`, `XXXX-04`, `XXXX-WXX-1`.
    static func unknownYear(_ fields: [String]) -> String? {
        guard fields.first == "XXXX" else { return nil }
        if fields.count == 3, fields[1] == "WXX", let weekday = digits(fields[2]), (1...7).contains(weekday) {
            return "a " + weekdayNames[weekday - 1]
        }
        guard fields.count >= 2, let month = digits(fields[1]), (1...12).contains(month) else { return nil }
        if fields.count == 2 { return monthNames[month - 1] }
        guard fields.count == 3, let dayOfMonth = digits(fields[2]), (1...31).contains(dayOfMonth) else { return nil }
        return "\(dayOfMonth) \(monthNames[month - 1])"
    }

    /// `14:30`, `14:30:05`, `14`; `24:00` is midnight.
    static func clock(_ text: String) -> String? {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard let hour = digits(fields[0]), (0...24).contains(hour) else { return nil }
        let minute = fields.count > 1 ? digits(fields[1].prefix(2)) : 0
        guard let minute, (0...59).contains(minute) else { return nil }
        if hour == 24 || (hour == 0 && minute == 0) { return "midnight" }
        if hour == 12 && minute == 0 { return "noon" }
        return twoDigits(hour) + ":" + twoDigits(minute)
    }

    static func twoDigits(_ n: Int) -> String { (n < 10 ? "0" : "") + String(n) }

    static func calendarDay(_ fields: [String]) -> CalendarDate? {
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              let y = digits(fields[0]), let m = digits(fields[1]), let d = digits(fields[2]) else { return nil }
        return CalendarDate(validYear: y, month: m, day: d)
    }

    /// `P3W` "three weeks", `PT30M` "30 minutes", `P2DE` "two decades", `PXY` "years".
    static func duration(_ value: String) -> String? {
        guard value.hasPrefix("P") else { return nil }
        var body = value.dropFirst()
        let clock = body.hasPrefix("T")
        if clock { body = body.dropFirst() }
        let units: [(code: String, name: String)] = clock
            ? [("H", "hour"), ("M", "minute"), ("S", "second")]
            : [("DE", "decade"), ("CE", "century"), ("WE", "weekend"), ("Y", "year"), ("Q", "quarter"),
               ("M", "month"), ("W", "week"), ("D", "day")]
        guard let unit = units.first(where: { body.hasSuffix($0.code) }) else { return nil }
        let count = body.dropLast(unit.code.count)
        let plural = unit.name == "century" ? "centuries" : unit.name + "s"
        if count == "X" { return plural }
        guard !count.isEmpty, count.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let amount = Double(count) else { return nil }
        if let whole = Int(count) { return cardinal(whole) + " " + (whole == 1 ? unit.name : plural) }
        return "\(count) " + (amount == 1 ? unit.name : plural)
    }

    /// `P1W` "every week", `P3M` "every three months", `XXXX-WXX-1` "every Monday", `XXXX-03`
    /// "every March", `XXXX-XX-XXTMO` "every morning".
    static func repetition(_ value: String) -> String? {
        if let length = duration(value) { return "every " + (length.hasPrefix("one ") ? String(length.dropFirst(4)) : length) }
        if value.hasPrefix("XXXX-XX-XXT"), let part = dayParts[String(value.dropFirst(11))] {
            return "every " + part
        }
        if let weekday = unknownYear(value.split(separator: "-").map(String.init)) {
            return "every " + (weekday.hasPrefix("a ") ? String(weekday.dropFirst(2)) : weekday)
        }
        return nil
    }

    static let cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                            "eleven", "twelve"]

    /// Counts up to twelve in words, larger ones in figures.
    static func cardinal(_ n: Int) -> String { cardinals.indices.contains(n) ? cardinals[n] : String(n) }

    /// `1st`, `2nd`, `3rd`, `11th`, `21st`.
    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return String(n) + suffix
    }

    static func digits<S: StringProtocol>(_ text: S) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text)
    }
}
