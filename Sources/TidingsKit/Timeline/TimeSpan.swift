/// The calendar period a TIMEX3 value names: `2023-11-18`, `2023-11-18T14:30`, `2023-11-18TMO`,
/// `2023-11`, `2023-W47`, `2023-W47-WE`, `2023-Q4`, `2023-H2`, `2023-SU`, `2023`, `199` (a decade),
/// `19` (a century).
/// An imprecise value keeps its granularity and is placed at the start of its period.
public struct TimeSpan: Hashable, Sendable, Comparable {
    // Kept narrow: a timeline holds two of these per event (day numbers of years 1-9999 and
    // minutes of a day fit).
    private let first: Int32
    private let afterLast: Int32
    private let minuteOfDay: Int16
    public let granularity: Granularity

    /// First day of the period (`CalendarDate.dayNumber`).
    public var startDay: Int { Int(first) }
    /// Day after the last day of the period.
    public var endDay: Int { Int(afterLast) }
    /// Minutes after midnight for a time of day, else 0.
    public var minute: Int { Int(minuteOfDay) }

    public init(startDay: Int, endDay: Int, minute: Int = 0, granularity: Granularity) {
        first = Int32(clamping: startDay)
        afterLast = Int32(clamping: max(endDay, startDay + 1))
        minuteOfDay = Int16(clamping: minute)
        self.granularity = granularity
    }

    public init(day: CalendarDate) {
        self.init(startDay: day.dayNumber, endDay: day.dayNumber + 1, granularity: .day)
    }

    public var start: CalendarDate { CalendarDate(dayNumber: startDay) }
    /// The last day of the period (inclusive).
    public var last: CalendarDate { CalendarDate(dayNumber: endDay - 1) }

    /// Whether the period is one day (a date, or a time on a date).
    public var isDay: Bool { granularity == .day || granularity == .time }

    public static func < (a: TimeSpan, b: TimeSpan) -> Bool {
        (a.startDay, a.minute, a.endDay) < (b.startDay, b.minute, b.endDay)
    }

    /// Parts of the day TIMEX3 names (`TMO` morning ...), by their first minute.
    static let dayParts: [String: Int] = ["MO": 6 * 60, "MI": 12 * 60, "AF": 12 * 60, "DT": 6 * 60,
                                          "EV": 18 * 60, "NI": 21 * 60]

    /// Seasons as the meteorological ones of the northern hemisphere: first month and length.
    static let seasons: [String: Int] = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]

    /// nil when the value is not a calendar period (durations, references, unknown digits).
    public init?(value: String) {
        if let day = TimeSpan.plainDate(value) {
            self.init(day: day)
            return
        }
        let parts = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let fields = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard let head = fields.first, !head.isEmpty, head.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let number = Int(head) else { return nil }
        if parts.count == 2 {
            guard fields.count == 3, head.count == 4, let day = TimeSpan.date(fields),
                  let minute = TimeSpan.minute(ofDay: parts[1]) else { return nil }
            self.init(startDay: day.dayNumber, endDay: day.dayNumber + 1, minute: minute, granularity: .time)
            return
        }
        switch (head.count, fields.count) {
        case (2, 1):
            guard number >= 1 else { return nil }
            self.init(years: number * 100, count: 100, granularity: .century)
        case (3, 1):
            guard number >= 1 else { return nil }
            self.init(years: number * 10, count: 10, granularity: .decade)
        case (4, 1):
            guard number >= 1 else { return nil }
            self.init(years: number, count: 1, granularity: .year)
        case (4, 2):
            guard number >= 1 else { return nil }
            self.init(year: number, period: fields[1])
        case (4, 3):
            if let day = TimeSpan.date(fields) {
                self.init(day: day)
            } else if fields[2] == "WE", let week = TimeSpan(year: number, period: fields[1]), week.granularity == .week {
                self.init(startDay: week.startDay + 5, endDay: week.endDay, granularity: .week)
            } else {
                return nil
            }
        default:
            return nil
        }
    }

    private init(years first: Int, count: Int, granularity: Granularity) {
        let start = CalendarDate(year: first, month: 1, day: 1).dayNumber
        let end = CalendarDate(year: first + count, month: 1, day: 1).dayNumber
        self.init(startDay: start, endDay: end, granularity: granularity)
    }

    /// `YYYY-MM`, `YYYY-Www`, `YYYY-Qn`, `YYYY-Hn` (a half counts as a quarter), `YYYY-SU`.
    private init?(year: Int, period: Substring) {
        let digits = Int(period.drop { !($0.isASCII && $0.isNumber) })
        func months(_ first: Int, _ count: Int, _ granularity: Granularity) -> TimeSpan {
            let start = CalendarDate(year: year, month: first, day: 1)
            return TimeSpan(startDay: start.dayNumber, endDay: start.adding(months: count).dayNumber,
                            granularity: granularity)
        }
        if period.count == 2, let month = Int(period), (1...12).contains(month) {
            self = months(month, 1, .month)
        } else if period.first == "W", period.count == 3, let week = digits, (1...53).contains(week) {
            // ISO week 1 holds the year's first Thursday.
            let jan4 = CalendarDate(year: year, month: 1, day: 4)
            let start = jan4.dayNumber - (jan4.weekday - 1) + (week - 1) * 7
            self.init(startDay: start, endDay: start + 7, granularity: .week)
        } else if period.first == "Q", period.count == 2, let quarter = digits, (1...4).contains(quarter) {
            self = months(quarter * 3 - 2, 3, .quarter)
        } else if period.first == "H", period.count == 2, let half = digits, (1...2).contains(half) {
            self = months(half * 6 - 5, 6, .quarter)
        } else if let first = TimeSpan.seasons[String(period)] {
            self = months(first, 3, .season)
        } else {
            return nil
        }
    }

    /// `YYYY-MM-DD`, the commonest value, read without splitting.
    private static func plainDate(_ value: String) -> CalendarDate? {
        guard value.utf8.count == 10 else { return nil }
        return value.utf8.withContiguousStorageIfAvailable { b -> CalendarDate? in
            func number(_ range: Range<Int>) -> Int? {
                var total = 0
                for i in range {
                    guard b[i] >= 48, b[i] <= 57 else { return nil }
                    total = total * 10 + Int(b[i]) - 48
                }
                return total
            }
            guard b[4] == 45, b[7] == 45, let year = number(0..<4), let month = number(5..<7),
                  let day = number(8..<10) else { return nil }
            return CalendarDate(validYear: year, month: month, day: day)
        } ?? nil
    }

    private static func date(_ fields: [Substring]) -> CalendarDate? {
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              let y = Int(fields[0]), let m = Int(fields[1]), let d = Int(fields[2]) else { return nil }
        return CalendarDate(validYear: y, month: m, day: d)
    }

    /// `14:30`, `14:30:05`, `14`, `MO`.
    private static func minute(ofDay text: Substring) -> Int? {
        if let part = dayParts[String(text)] { return part }
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard let first = fields.first, let hour = Int(first), (0...24).contains(hour) else { return nil }
        let minute = fields.count > 1 ? Int(fields[1].prefix(2)) : 0
        guard let minute, (0...59).contains(minute) else { return nil }
        return min(hour * 60 + minute, 24 * 60 - 1)
    }
}
