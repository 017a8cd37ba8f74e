import TidingsKit

/// The entity view in the reading pane: the articles that mention an entity, the entities it
/// appears with, and (in the timeline, scoped to it) its own events.
public struct EntityView: Sendable {
    public var entity: EntityRef
    /// Paths of the articles that mention it, newest first.
    public var articles: [String]
    /// Entities named in the same articles, with how many articles they share.
    public var companions: [(entity: EntityRef, articles: Int)]
    /// The selected row: an article, or past them a companion (`articles.count` is the first).
    public var selected = 0
    public var top = 0
    /// The timeline's scope before the view scoped it to the entity: leaving the view brings it
    /// back.
    var scopeBefore: TimelineScope
    var scopeEntityBefore: String?

    init(id: String, summaries: [ArticleSummary], timeline: Timeline, scopeBefore: (TimelineScope, String?)) {
        (self.scopeBefore, scopeEntityBefore) = scopeBefore
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
        entityView = EntityView(id: id, summaries: summaries, timeline: corpusTimeline, scopeBefore: scopeOutsideEntityView)
        focus = .reading
        relayout()
        timeline.entity = id
        timeline.scope = .entity
        rebuildTimeline()
        let view = entityView!
        say("\(view.entity.name): \(counted(view.articles.count, "article")), timeline scoped to it")
    }

    /// The timeline's scope as it is outside the entity view.
    var scopeOutsideEntityView: (TimelineScope, String?) {
        entityView.map { ($0.scopeBefore, $0.scopeEntityBefore) } ?? (timeline.scope, timeline.entity)
    }

    /// Closes the entity view; the timeline goes back to the scope it had before (the entity stays
    /// one `t` away).
    mutating func leaveEntityView() {
        guard let view = entityView else { return }
        entityView = nil
        guard timeline.scope == .entity, timeline.entity == view.entity.id else { return }
        timeline.scope = view.scopeBefore
        if view.scopeBefore == .entity { timeline.entity = view.scopeEntityBefore }
        rebuildTimeline()
    }

    /// Moves through the articles, then on into the names it appears with.
    mutating func moveEntityView(by delta: Int) {
        guard var view = entityView, view.articles.count + view.companions.count > 0 else { return }
        view.selected = max(0, min(view.articles.count + view.companions.count - 1, view.selected + delta))
        let rows = max(1, readingSize.height - 3)
        let article = min(view.selected, view.articles.count - 1)
        if article < view.top { view.top = max(0, article) }
        if article >= view.top + rows { view.top = article - rows + 1 }
        entityView = view
        if let companion = view.companions[safe: view.selected - view.articles.count] {
            say("\(companion.entity.name) · in \(companion.articles) of them · "
                + "\(keymap.key(for: .open, in: .global)?.name ?? "Enter"): its view")
        }
    }

    /// `Enter` in the entity view: the selected article, at the entity's first mention, or the
    /// selected companion's own view.
    mutating func openEntityArticle() -> [Effect] {
        guard let view = entityView else { return [] }
        if let companion = view.companions[safe: view.selected - view.articles.count] {
            openEntity(companion.entity.id)
            return []
        }
        guard let path = view.articles[safe: view.selected] else { return [] }
        let mentions = corpusTimeline.agreed(store.entry(path: path)?.analysis.entities ?? [])
        let offset = mentions.first { $0.id == view.entity.id }?.start
        return open(path: path, at: offset)
    }
}
