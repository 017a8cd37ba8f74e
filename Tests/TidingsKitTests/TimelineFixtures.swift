@testable import TidingsKit

/// Summaries built by hand, as the analysis would hand them over.
enum TimelineFixtures {
    /// A mention event: `value` in a sentence naming `entities`.
    static func mention(_ id: String, _ value: String, _ granularity: Granularity = .day, entities: [String] = [],
                        text: String = "") -> ArticleEvent {
        ArticleEvent(id: id, kind: .mention, value: value, granularity: granularity, start: 0, end: text.count,
                     entities: entities, text: text)
    }

    static func summary(_ path: String, _ date: String, title: String, entities: [String] = [],
                        events: [ArticleEvent] = [], readAlso: [String] = [], type: EntityType = .location) -> ArticleSummary {
        let day = TimeSpan(value: date)!.start
        let published = ArticleEvent.publication(on: day)
        return ArticleSummary(path: path, date: day, dateSource: .header, title: title, source: nil,
                              entities: entities.map { EntityRef(id: $0, name: $0, type: type) },
                              events: [published] + events, readAlso: readAlso, warnings: [])
    }
}
