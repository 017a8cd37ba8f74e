/// What the reader asks of the timeline: events by date range, entity and article, counts per day,
/// month or year, and the articles "Read also" lines name.
extension Timeline {
    /// Every event in timeline order.
    public var events: TimelineEventList { TimelineEventList(self, order, spans: orderSpans) }

    public func event(id: String) -> TimelineEvent? { ref(of: id).map(event) }

    /// Events whose period starts between `from` and `through` (both included; nil: unbounded).
    public func events(from: CalendarDate? = nil, through: CalendarDate? = nil) -> TimelineEventList {
        let positions = range(from: from, through: through)
        return TimelineEventList(self, Array(order[positions]), spans: Array(orderSpans[positions]))
    }

    /// Events naming the entity `id`, in timeline order, optionally within a date range.
    public func events(entity id: String, from: CalendarDate? = nil, through: CalendarDate? = nil) -> TimelineEventList {
        events(entities: [id], from: from, through: through)
    }

    /// Events naming any of the entities `ids`, once each, in timeline order, optionally within a
    /// date range: their posting lists merged.
    public func events(entities ids: [String], from: CalendarDate? = nil, through: CalendarDate? = nil) -> TimelineEventList {
        let lists = ids.compactMap { entities.number(of: $0) }.map { entityEvents[Int($0)] }
        var refs = lists.flatMap { $0.filter { within(span($0), from, through) } }
        guard lists.count > 1 else { return TimelineEventList(self, refs) }
        refs.sort(by: precedes)
        // An event naming two of them is in both lists.
        var merged: [EventRef] = []
        merged.reserveCapacity(refs.count)
        for ref in refs where merged.last != ref { merged.append(ref) }
        return TimelineEventList(self, merged)
    }

    /// The entity `id` and the entities its names make under the other types, that some article
    /// names: `id` first, then by how many articles name them. The tagger may type a name one way
    /// in one article and another way in the next ("Varnholt" a town here, a person there), which
    /// gives the name an id per type; the entity view and its timeline take them as one. A few
    /// lookups, whatever the corpus's size.
    public func namesakes(of id: String) -> [String] {
        guard let number = entities.number(of: id), entities.articleCounts[Int(number)] > 0 else { return [] }
        var others: [String] = []
        for given in entityNames[Int(number)] where given.articles > 0 {
            for type in EntityType.allCases {
                let other = EntityIdentity.id(type: type, name: given.name)
                guard other != id, !others.contains(other), let otherNumber = entities.number(of: other),
                      entities.articleCounts[Int(otherNumber)] > 0 else { continue }
                others.append(other)
            }
        }
        let count = { (id: String) in self.articleCount(entity: id) }
        return [id] + others.sorted { count($0) != count($1) ? count($0) > count($1) : $0 < $1 }
    }

    /// The events of the article at `path`, in timeline order.
    public func events(article path: String) -> TimelineEventList {
        guard let slot = slotOfPath[path], let article = articles[Int(slot)] else { return TimelineEventList(self, []) }
        return TimelineEventList(self, article.events.indices.map { EventRef(article: slot, index: Int32($0)) }.sorted(by: precedes))
    }

    /// Events counted by the day, month or year their period starts in, from the first bucket to
    /// the last (or over `from`...`through`), empty buckets included: the density rail.
    public func buckets(by unit: BucketUnit, from: CalendarDate? = nil, through: CalendarDate? = nil,
                        entity: String? = nil) -> [TimelineBucket] {
        let refs: [EventRef]
        if let entity {
            guard let number = entities.number(of: entity) else { return [] }
            refs = entityEvents[Int(number)].filter { within(span($0), from, through) }
        } else {
            refs = Array(order[range(from: from, through: through)])
        }
        guard let first = from ?? refs.first.map({ span($0).start }),
              let last = through ?? refs.last.map({ span($0).start }), first <= last else { return [] }
        var buckets: [TimelineBucket] = []
        var start = unit.start(of: first)
        while start <= last {
            buckets.append(TimelineBucket(start: start, unit: unit, count: 0))
            start = unit.after(start)
        }
        // refs are in timeline order, so buckets fill front to back.
        var index = 0
        for ref in refs {
            let day = span(ref).start
            while index + 1 < buckets.count, buckets[index + 1].start <= day { index += 1 }
            buckets[index].count += 1
        }
        return buckets
    }

    /// Entity ids whose id or any name equals `name`, ignoring case; most frequent first.
    public func entities(named name: String) -> [String] {
        let wanted = name.lowercased()
        var matches: [Int32] = []
        for (number, names) in entityNames.enumerated() where entities.articleCounts[number] > 0 {
            if entities.strings[number].lowercased() == wanted
                || names.contains(where: { $0.articles > 0 && $0.name.lowercased() == wanted }) {
                matches.append(Int32(number))
            }
        }
        return matches.sorted { entities.articleCounts[Int($0)] > entities.articleCounts[Int($1)] }
            .map { entities.strings[Int($0)] }
    }

    /// Entity ids one of whose names holds the words of `text` in a row, ignoring case ("Brekke"
    /// in "Anna Brekke"): the timeline keeps each entity's fullest names, not every shorter
    /// mention. Most frequent first.
    public func entities(namedWithWords text: String) -> [String] {
        let wanted = Timeline.nameWords(text)
        guard !wanted.isEmpty else { return [] }
        var matches: [Int32] = []
        for (number, names) in entityNames.enumerated() where entities.articleCounts[number] > 0 {
            let holds = names.contains { given in
                let words = Timeline.nameWords(given.name)
                return given.articles > 0 && words.count >= wanted.count
                    && (0...(words.count - wanted.count)).contains { Array(words[$0..<$0 + wanted.count]) == wanted }
            }
            if holds { matches.append(Int32(number)) }
        }
        return matches.sorted { entities.articleCounts[Int($0)] > entities.articleCounts[Int($1)] }
            .map { entities.strings[Int($0)] }
    }

    private static func nameWords(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// Paths of the articles that name the entity `id`.
    public func articles(naming id: String) -> Set<String> {
        entities.number(of: id).map(articlePaths) ?? []
    }

    /// Paths of the articles that name an entity whose id is `text` or one of whose names
    /// contains it, ignoring case.
    public func articles(namingEntityLike text: String) -> Set<String> {
        let wanted = text.lowercased()
        var paths = Set<String>()
        for (number, names) in entityNames.enumerated() where entities.articleCounts[number] > 0 {
            guard entities.strings[number].lowercased() == wanted
                || names.contains(where: { $0.articles > 0 && $0.name.lowercased().contains(wanted) }) else { continue }
            paths.formUnion(articlePaths(Int32(number)))
        }
        return paths
    }

    /// An article names each of its entities in its publication, so the entity's events reach
    /// every article that names it.
    private func articlePaths(_ number: Int32) -> Set<String> {
        Set(entityEvents[Int(number)].compactMap { articles[Int($0.article)]?.row.path })
    }

    /// The entity `id` as most articles name it.
    public func entity(id: String) -> EntityRef? {
        guard let number = entities.number(of: id) else { return nil }
        return mainName(of: number).map { EntityRef(id: id, name: $0.name, type: $0.type) }
    }

    /// The name most articles give entity `number` (of equals, the longer, then the first in
    /// alphabetical order: not the first stored, which hangs on the order articles came in).
    func mainName(of number: Int32) -> NameGiven? {
        entityNames[Int(number)].filter { $0.articles > 0 }.max { (a: NameGiven, b: NameGiven) -> Bool in
            (a.articles, a.name.count, b.name) < (b.articles, b.name.count, a.name)
        }
    }

    /// How many articles name the entity `id`.
    public func articleCount(entity id: String) -> Int {
        entities.number(of: id).map { Int(entities.articleCounts[Int($0)]) } ?? 0
    }

    /// The path of the article a "Read also" headline names, when it is in the corpus.
    public func article(headline: String) -> String? {
        for key in HeadlineKey.hashes(headline) {
            if let slot = titled[key]?.first, let article = articles[Int(slot)] { return article.row.path }
        }
        return nil
    }

    /// The article at `path` as lists show it, with its entities (no events: see
    /// `events(article:)`).
    public func summary(path: String) -> ArticleSummary? {
        guard let slot = slotOfPath[path], let article = articles[Int(slot)] else { return nil }
        var summary = article.row
        summary.entities = article.entities.map(entityRef)
        return summary
    }

    // MARK: - From storage to values

    func ref(of id: String) -> EventRef? {
        guard let (path, local) = TimelineEvent.split(id: id), let slot = slotOfPath[path],
              let index = articles[Int(slot)]?.events.firstIndex(where: { $0.id == local })
        else { return nil }
        return EventRef(article: slot, index: Int32(index))
    }

    func eventID(_ ref: EventRef) -> String {
        TimelineEvent.id(path: article(ref).row.path, event: self[ref].id)
    }

    /// An entity as an article names it.
    func entityRef(_ mark: EntityMark) -> EntityRef {
        let name = entityNames[Int(mark.number)][Int(mark.name)]
        return EntityRef(id: entities.strings[Int(mark.number)], name: name.name, type: name.type)
    }

    func event(_ ref: EventRef) -> TimelineEvent {
        let article = self.article(ref)
        let stored = self[ref]
        let participants: [EntityRef]
        if stored.kind == .published {
            participants = article.entities.map(entityRef)
        } else {
            // In the article's order of first mention, as the sentence names them.
            let numbers = self.participants(ref)
            participants = article.entities.filter { numbers.contains($0.number) }.map(entityRef)
        }
        let event = ArticleEvent(id: stored.id, kind: stored.kind, value: stored.value, granularity: stored.granularity,
                                 start: Int(stored.start), end: Int(stored.end), entities: participants.map(\.id),
                                 text: article.text(ref.index))
        return TimelineEvent(id: TimelineEvent.id(path: article.row.path, event: stored.id), path: article.row.path,
                             title: article.row.title, articleDate: article.row.date, event: event, span: span(ref),
                             entities: participants)
    }

    /// Positions in `order` of events starting between the two days.
    func range(from: CalendarDate?, through: CalendarDate?) -> Range<Int> {
        let low = from.map { day in firstIndex { span($0).startDay >= day.dayNumber } } ?? 0
        let high = through.map { day in firstIndex { span($0).startDay > day.dayNumber } } ?? order.count
        return low..<max(low, high)
    }

    /// The first position in `order` where `isAfter` holds (it holds from there on).
    private func firstIndex(_ isAfter: (EventRef) -> Bool) -> Int {
        var low = 0, high = order.count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(order[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    private func within(_ span: TimeSpan, _ from: CalendarDate?, _ through: CalendarDate?) -> Bool {
        (from.map { span.startDay >= $0.dayNumber } ?? true) && (through.map { span.startDay <= $0.dayNumber } ?? true)
    }
}
