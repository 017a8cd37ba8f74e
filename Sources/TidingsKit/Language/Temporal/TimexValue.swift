/// TIMEX3 value strings and their granularity.
enum TimexValue {
    /// Years that TIMEX3 writes with four digits.
    static func isCalendarYear(_ year: Int) -> Bool { (1...9999).contains(year) }

    static func year(_ year: Int) -> String { pad(year, 4) }
    static func month(_ year: Int, _ month: Int) -> String { pad(year, 4) + "-" + pad(month, 2) }
    static func day(_ date: CalendarDate) -> String { date.iso }
    static func week(_ date: CalendarDate) -> String {
        let week = date.isoWeek
        return pad(week.year, 4) + "-W" + pad(week.week, 2)
    }
    static func weekend(_ date: CalendarDate) -> String { week(date) + "-WE" }
    static func quarter(_ year: Int, _ quarter: Int) -> String { pad(year, 4) + "-Q" + String(quarter) }
    static func half(_ year: Int, _ half: Int) -> String { pad(year, 4) + "-H" + String(half) }
    static func season(_ year: Int, _ season: Season) -> String { pad(year, 4) + "-" + season.code }
    /// `199` for the 1990s.
    static func decade(_ firstYear: Int) -> String { pad(firstYear / 10, 3) }
    /// `19` for the 20th century (1900-1999).
    static func century(_ ordinal: Int) -> String { pad(ordinal - 1, 2) }
    static func clock(_ date: CalendarDate, hour: Int, minute: Int) -> String {
        date.iso + "T" + pad(hour, 2) + ":" + pad(minute, 2)
    }
    static func part(_ date: CalendarDate, _ part: PartOfDay) -> String {
        date.iso + "T" + part.code
    }

    /// `P3Y`, `PT48H`; `X` for an unknown count.
    static func duration(_ count: Int?, _ unit: TimeUnit) -> String {
        let n = count.map { String($0) } ?? "X"
        switch unit {
        case .minute: return "PT" + n + "M"
        case .hour: return "PT" + n + "H"
        case .day: return "P" + n + "D"
        case .week: return "P" + n + "W"
        case .weekend: return "P" + n + "WE"
        case .fortnight: return "P" + (count.map { String(2 * $0) } ?? "X") + "W"
        case .month: return "P" + n + "M"
        case .quarter: return "P" + n + "Q"
        case .half: return "P" + (count.map { String(6 * $0) } ?? "X") + "M"
        case .year: return "P" + n + "Y"
        case .decade: return "P" + n + "DE"
        case .century: return "P" + n + "CE"
        }
    }

    static func granularity(of unit: TimeUnit) -> Granularity {
        switch unit {
        case .minute, .hour: return .time
        case .day: return .day
        case .week, .weekend, .fortnight: return .week
        case .month: return .month
        case .quarter, .half: return .quarter
        case .year: return .year
        case .decade: return .decade
        case .century: return .century
        }
    }
}
