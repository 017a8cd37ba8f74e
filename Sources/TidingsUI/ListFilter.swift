import TidingsKit

/// What `f` narrows the article list to: `@name` an entity, `2023-11-01..2023-11-30` or `2023-11`
/// a date range, anything else text in the title or source (ignoring case).
public enum ListFilter: Equatable, Sendable {
    case entity(String)
    case dates(ClosedRange<TimePoint>)
    case text(String)

    public init?(_ input: String) {
        let text = input.trimmed()
        guard !text.isEmpty else { return nil }
        if text.hasPrefix("@") {
            self = .entity(String(text.dropFirst()).lowercased())
            return
        }
        let ends = text.components(separatedBy: "..")
        if ends.count <= 2, let from = TimePoint(value: ends[0]), let to = TimePoint(value: ends.last!) {
            self = .dates(ListFilter.first(of: from)...ListFilter.last(of: to))
            return
        }
        self = .text(text)
    }

    public var label: String {
        switch self {
        case .entity(let name): "@" + name
        case .dates(let range): "\(ListFilter.iso(range.lowerBound))..\(ListFilter.iso(range.upperBound))"
        case .text(let text): text
        }
    }

    public func matches(_ summary: ArticleSummary) -> Bool {
        switch self {
        case .entity(let name):
            return summary.entities.contains { $0.name.lowercased().contains(name) || $0.id.lowercased() == name }
        case .dates(let range):
            return range.contains(TimePoint(summary.date))
        case .text(let text):
            let needle = text.lowercased()
            return summary.title.lowercased().contains(needle) || (summary.source?.lowercased().contains(needle) ?? false)
        }
    }

    static func first(of point: TimePoint) -> TimePoint {
        TimePoint(year: point.year, month: max(1, point.month), day: max(1, point.day))
    }

    static func last(of point: TimePoint) -> TimePoint {
        let month = point.month == 0 ? 12 : point.month
        let day = point.day == 0 ? CalendarDate.daysIn(month: month, year: point.year) : point.day
        return TimePoint(year: point.year, month: month, day: day)
    }

    static func iso(_ point: TimePoint) -> String {
        CalendarDate(year: point.year, month: point.month, day: point.day).iso
    }
}

extension String {
    func trimmed() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
