/// One event of the corpus timeline: an article's event with what lists and exports show of it.
public struct TimelineEvent: Hashable, Sendable {
    /// Unique and stable across the corpus: the article's path, `#`, the event's id in the article.
    public var id: String
    public var path: String
    public var title: String
    public var articleDate: CalendarDate
    public var event: ArticleEvent
    /// The period the event's value names.
    public var span: TimeSpan
    /// The sentence's entities; for the publication, every entity of the article.
    public var entities: [EntityRef]

    public static func id(path: String, event: String) -> String { path + "#" + event }

    /// The article path and the event id within it.
    public static func split(id: String) -> (path: String, event: String)? {
        guard let hash = id.lastIndex(of: "#") else { return nil }
        return (String(id[..<hash]), String(id[id.index(after: hash)...]))
    }
}

/// A link from one event to another, with why it holds.
public struct TimelineLink: Hashable, Sendable {
    public struct Reasons: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// They share people, places, organizations or groups.
        public static let entities = Reasons(rawValue: 1)
        /// They fall on the same day and share content words.
        public static let sameDay = Reasons(rawValue: 2)
        /// One article's "Read also" names the other.
        public static let readAlso = Reasons(rawValue: 4)
    }

    /// The linked event's id.
    public var event: String
    public var weight: Double
    /// Ids of the entities both events name.
    public var shared: [String]
    /// Content words both name, when they fall on the same day.
    public var words: [String]
    public var reasons: Reasons
    /// Days between the starts of the two events.
    public var dayDistance: Int
    /// The model finds the two likely to report one happening.
    public var sameHappening: Bool
    /// What the link rests on, in words a reader reads: "same day, shared: Conrac, Mark IV, tender".
    public var evidence: String
}

/// Calendar units the timeline counts events by.
public enum BucketUnit: String, Sendable, CaseIterable {
    case day, month, year

    /// The first day of the unit that holds `date`.
    public func start(of date: CalendarDate) -> CalendarDate {
        switch self {
        case .day: return date
        case .month: return CalendarDate(year: date.year, month: date.month, day: 1)
        case .year: return CalendarDate(year: date.year, month: 1, day: 1)
        }
    }

    public func after(_ start: CalendarDate) -> CalendarDate {
        switch self {
        case .day: return start.adding(days: 1)
        case .month: return start.adding(months: 1)
        case .year: return start.adding(months: 12)
        }
    }
}

/// How many events start in one day, month or year: a step of the density rail.
public struct TimelineBucket: Hashable, Sendable {
    public var start: CalendarDate
    public var unit: BucketUnit
    public var count: Int
}
