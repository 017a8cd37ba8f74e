#if canImport(Glibc)
import Glibc
#endif
import TidingsKit

/// Names one event of the corpus: the article and the event's id inside it.
public struct EventKey: Hashable, Sendable {
    public var path: String
    public var id: String

    public init(path: String, id: String) {
        self.path = path
        self.id = id
    }
}

/// An event as the timeline pane lists it.
public struct TimelineEvent: Sendable {
    public var key: EventKey
    public var point: TimePoint
    public var granularity: Granularity
    public var kind: ArticleEvent.Kind
    /// The event's sentence, or the article's title for its publication.
    public var text: String
    public var entities: [String]
    public var start: Int
    public var end: Int
}

/// A link from one event to another: the entities they share and how much that weighs.
public struct EventLink: Sendable {
    public var target: Int
    public var weight: Double
    public var shared: [String]
}

/// The events of every article in time order, with the links between them: events of different
/// articles that share an entity (rare entities weigh more) or fall on the same day and share
/// content words.
public final class TimelineIndex: Sendable {
    public let events: [TimelineEvent]
    public let entities: [String: EntityRef]
    private let position: [EventKey: Int]
    private let postings: [String: [Int]]
    private let entityArticles: [String: Int]
    private let byDay: [TimePoint: [Int]]
    private let articleCount: Int

    public init(summaries: [ArticleSummary]) {
        var events: [TimelineEvent] = []
        var entities: [String: EntityRef] = [:]
        var entityArticles: [String: Int] = [:]
        for summary in summaries {
            for ref in summary.entities {
                if entities[ref.id].map({ ref.name.count > $0.name.count }) ?? true { entities[ref.id] = ref }
                entityArticles[ref.id, default: 0] += 1
            }
            for event in summary.events {
                guard let point = TimePoint(value: event.value) else { continue }
                events.append(TimelineEvent(
                    key: EventKey(path: summary.path, id: event.id), point: point, granularity: event.granularity,
                    kind: event.kind, text: event.kind == .published ? summary.title : event.text,
                    entities: event.entities, start: event.start, end: event.end))
            }
        }
        events.sort { ($0.point, $0.key.path, $0.start) < ($1.point, $1.key.path, $1.start) }
        var position: [EventKey: Int] = [:]
        var postings: [String: [Int]] = [:]
        var byDay: [TimePoint: [Int]] = [:]
        for (index, event) in events.enumerated() {
            position[event.key] = index
            for id in event.entities { postings[id, default: []].append(index) }
            if event.point.day > 0 {
                byDay[TimePoint(year: event.point.year, month: event.point.month, day: event.point.day), default: []].append(index)
            }
        }
        self.events = events
        self.entities = entities
        self.position = position
        self.postings = postings
        self.entityArticles = entityArticles
        self.byDay = byDay
        self.articleCount = summaries.count
    }

    public func index(of key: EventKey) -> Int? { position[key] }

    /// An entity named in most articles ("Ukraine" in a folder about Ukraine) weighs little.
    public func weight(ofEntity id: String) -> Double {
        let count = Double(entityArticles[id] ?? 1)
        return max(0.05, log2(Double(articleCount + 1) / count) / log2(Double(articleCount + 1)))
    }

    /// The links of an event, strongest first, then nearest in time.
    public func links(of index: Int) -> [EventLink] {
        let event = events[index]
        var weights: [Int: Double] = [:]
        var shared: [Int: [String]] = [:]
        for id in event.entities {
            let w = weight(ofEntity: id)
            for other in postings[id] ?? [] where events[other].key.path != event.key.path {
                weights[other, default: 0] += w
                shared[other, default: []].append(id)
            }
        }
        if event.point.day > 0 {
            let words = TimelineIndex.contentWords(event.text)
            let day = TimePoint(year: event.point.year, month: event.point.month, day: event.point.day)
            for other in byDay[day] ?? [] where events[other].key.path != event.key.path {
                let common = words.intersection(TimelineIndex.contentWords(events[other].text)).count
                if common >= 2 { weights[other, default: 0] += 0.1 * Double(common) }
            }
        }
        let dayNumber = TimelineIndex.dayNumber(event.point)
        return weights.map { EventLink(target: $0.key, weight: $0.value, shared: shared[$0.key] ?? []) }
            .sorted {
                if $0.weight != $1.weight { return $0.weight > $1.weight }
                let a = abs(TimelineIndex.dayNumber(events[$0.target].point) - dayNumber)
                let b = abs(TimelineIndex.dayNumber(events[$1.target].point) - dayNumber)
                return a != b ? a < b : $0.target < $1.target
            }
    }

    /// The events that name an entity, in time order.
    public func events(naming id: String) -> [Int] { postings[id] ?? [] }

    static func dayNumber(_ point: TimePoint) -> Int {
        CalendarDate(year: point.year, month: max(1, point.month), day: max(1, point.day)).dayNumber
    }

    static let stopWords: Set<String> = ["about", "after", "before", "their", "there", "these", "those", "which",
                                         "while", "where", "would", "could", "should", "other", "under", "since"]

    static func contentWords(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.filter { $0.count >= 5 }.map(String.init)).subtracting(stopWords)
    }
}
