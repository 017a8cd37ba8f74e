import TidingsKit

/// What `f` narrows the article list to: `@name` an entity, `2023-11-01..2023-11-30` or `2023-11`
/// a date range (`2023-11-01..` from a day on, `..2023-11-30` up to one), anything else text in
/// the title or source (ignoring case).
public enum ListFilter: Equatable, Sendable {
    case entity(String)
    /// Day numbers, both included; an open end is `Int.min` or `Int.max`.
    case dates(ClosedRange<Int>)
    case text(String)

    public init?(_ input: String) {
        let text = input.trimmed()
        guard !text.isEmpty else { return nil }
        if text.hasPrefix("@") {
            self = .entity(String(text.dropFirst()).lowercased())
            return
        }
        let ends = text.components(separatedBy: "..")
        if ends.count <= 2 {
            let from = ends[0].isEmpty && ends.count == 2 ? Int.min : TimeSpan(value: ends[0])?.startDay
            let to = ends.last!.isEmpty && ends.count == 2 ? Int.max : TimeSpan(value: ends.last!).map { $0.endDay - 1 }
            if let from, let to, from <= to, from != Int.min || to != Int.max {
                self = .dates(from...to)
                return
            }
        }
        self = .text(text)
    }

    public var label: String {
        switch self {
        case .entity(let name): "@" + name
        case .dates(let range):
            (range.lowerBound == Int.min ? "" : CalendarDate(dayNumber: range.lowerBound).iso) + ".."
                + (range.upperBound == Int.max ? "" : CalendarDate(dayNumber: range.upperBound).iso)
        case .text(let text): text
        }
    }

    /// Whether the article of `summary` passes; `naming` holds the paths of the articles naming
    /// an entity like the filter's (`Timeline.articles(namingEntityLike:)`: the list's rows leave
    /// entities to the timeline).
    public func matches(_ summary: ArticleSummary, naming: Set<String>) -> Bool {
        switch self {
        case .entity:
            return naming.contains(summary.path)
        case .dates(let range):
            return range.contains(summary.date.dayNumber)
        case .text(let text):
            let needle = text.lowercased()
            return summary.title.lowercased().contains(needle) || (summary.source?.lowercased().contains(needle) ?? false)
        }
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
