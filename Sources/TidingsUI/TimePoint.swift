import TidingsKit

/// Where a TIMEX3 calendar value falls, for ordering and grouping: year, and month and day when
/// the value is that precise (0 when not). Weeks, quarters and seasons fall on their first month.
public struct TimePoint: Hashable, Comparable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Minutes into the day, for TIME values; -1 when none.
    public var minute: Int

    public init(year: Int, month: Int = 0, day: Int = 0, minute: Int = -1) {
        self.year = year
        self.month = month
        self.day = day
        self.minute = minute
    }

    public init(_ date: CalendarDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }

    /// Parses `2023`, `2023-11`, `2023-11-18`, `2023-11-18T14:30`, `2023-W47`, `2023-Q4`, `2023-SU`,
    /// `199` (a decade) and `19` (a century); nil for anything else.
    public init?(value: String) {
        let parts = value.split(separator: "T", maxSplits: 1)
        guard let datePart = parts.first else { return nil }
        let fields = datePart.split(separator: "-")
        guard let yearField = fields.first, yearField.allSatisfy(\.isASCII), let number = Int(yearField) else { return nil }
        switch yearField.count {
        case 4: year = number
        case 3: year = number * 10
        case 2: year = number * 100
        default: return nil
        }
        month = 0
        day = 0
        minute = -1
        guard fields.count > 1 else { return }
        let second = fields[1]
        if let m = Int(second), (1...12).contains(m) {
            month = m
        } else if second.hasPrefix("W"), let week = Int(second.dropFirst()), (1...53).contains(week) {
            let date = CalendarDate(year: year, month: 1, day: 4).adding(days: (week - 1) * 7)
            month = date.year == year ? date.month : 12
        } else if second.hasPrefix("Q"), let quarter = Int(second.dropFirst()), (1...4).contains(quarter) {
            month = quarter * 3 - 2
        } else if let season = ["SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12][String(second)] {
            month = season
        }
        if fields.count > 2, month > 0, let d = Int(fields[2]), (1...31).contains(d) { day = d }
        if parts.count == 2, day > 0 {
            let clock = parts[1].split(separator: ":")
            if clock.count >= 2, let h = Int(clock[0]), let m = Int(clock[1]) { minute = h * 60 + m }
        }
    }

    public static func < (a: TimePoint, b: TimePoint) -> Bool {
        (a.year, a.month, a.day, a.minute) < (b.year, b.month, b.day, b.minute)
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func monthName(_ month: Int) -> String {
        (1...12).contains(month) ? monthNames[month - 1] : "—"
    }
}
