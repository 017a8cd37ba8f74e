import TidingsKit

/// The entity view in the reading pane: the articles that mention an entity, the entities it
/// appears with, and (in the timeline, scoped to it) its own events.
public struct EntityView: Sendable {
    public var entity: EntityRef
    /// Paths of the articles that mention it, newest first.
    public var articles: [String]
    /// Entities named in the same articles, with how many articles they share.
    public var companions: [(entity: EntityRef, articles: Int)]
    public var selected = 0
    public var top = 0

    init(id: String, summaries: [ArticleSummary], timeline: Timeline) {
        entity = timeline.entity(id: id) ?? EntityRef(id: id, name: id, type: .misc)
        // The entity under every type the tagger gave its name (`Timeline.namesakes`), and so
        // each companion: one name is one row.
        let own = Set(timeline.namesakes(of: id))
        var naming = Set<String>()
        for namesake in own { naming.formUnion(timeline.articles(naming: namesake)) }
        var keys: [String: String] = [:]
        // The namesake most articles name (ties: the first id), whichever of them is asked.
        func key(_ id: String) -> String {
            if let known = keys[id] { return known }
            let namesakes = timeline.namesakes(of: id)
            let chosen = namesakes.min { a, b in
                let x = timeline.articleCount(entity: a), y = timeline.articleCount(entity: b)
                return x != y ? x > y : a < b
            } ?? id
            for namesake in namesakes + [id] { keys[namesake] = chosen }
            return chosen
        }
        var articles: [String] = []
        var counts: [String: Int] = [:]
        // The list's rows give the order; the timeline knows who names the entity, and with whom.
        for row in summaries where naming.contains(row.path) {
            articles.append(row.path)
            var counted = Set<String>()
            for other in timeline.summary(path: row.path)?.entities ?? [] where !own.contains(other.id) {
                let companion = key(other.id)
                if counted.insert(companion).inserted { counts[companion, default: 0] += 1 }
            }
        }
        self.articles = articles
        companions = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .compactMap { pair in timeline.entity(id: pair.key).map { ($0, pair.value) } }
    }
}

extension AppState {
    mutating func openEntity(_ id: String) {
        recordPlace()
        entityView = EntityView(id: id, summaries: summaries, timeline: corpusTimeline)
        focus = .reading
        timeline.entity = id
        timeline.scope = .entity
        rebuildTimeline()
        let view = entityView!
        say("\(view.entity.name): \(counted(view.articles.count, "article")), timeline scoped to it")
    }

    mutating func moveEntityView(by delta: Int) {
        guard var view = entityView, !view.articles.isEmpty else { return }
        view.selected = max(0, min(view.articles.count - 1, view.selected + delta))
        let rows = max(1, readingSize.height - 3)
        if view.selected < view.top { view.top = view.selected }
        if view.selected >= view.top + rows { view.top = view.selected - rows + 1 }
        entityView = view
    }

    /// `Enter` in the entity view: the selected article, at the entity's first mention.
    mutating func openEntityArticle() -> [Effect] {
        guard let view = entityView, let path = view.articles[safe: view.selected] else { return [] }
        let offset = store.entry(path: path)?.analysis.entities.first { $0.id == view.entity.id }?.start
        return open(path: path, at: offset)
    }
}
