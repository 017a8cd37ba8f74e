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
        guard let number = entities.number(of: id) else { return TimelineEventList(self, []) }
        return TimelineEventList(self, entityEvents[Int(number)].filter { within(span($0), from, through) })
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
        for (number, refs) in entityRefs.enumerated() where entities.articleCounts[number] > 0 {
            if entities.strings[number].lowercased() == wanted || refs.keys.contains(where: { $0.name.lowercased() == wanted }) {
                matches.append(Int32(number))
            }
        }
        return matches.sorted { entities.articleCounts[Int($0)] > entities.articleCounts[Int($1)] }
            .map { entities.strings[Int($0)] }
    }

    /// The entity `id` as most articles name it.
    public func entity(id: String) -> EntityRef? {
        guard let number = entities.number(of: id) else { return nil }
        return entityRefs[Int(number)].max { a, b in
            (a.value, a.key.name.count, b.key.name) < (b.value, b.key.name.count, a.key.name)
        }?.key
    }

    /// How many articles name the entity `id`.
    public func articleCount(entity id: String) -> Int {
        entities.number(of: id).map { Int(entities.articleCounts[Int($0)]) } ?? 0
    }

    /// The path of the article a "Read also" headline names, when it is in the corpus.
    public func article(headline: String) -> String? {
        for key in HeadlineKey.keys(headline) {
            if let slot = titled[key]?.first, let article = articles[Int(slot)] { return article.summary.path }
        }
        return nil
    }

    public func summary(path: String) -> ArticleSummary? {
        slotOfPath[path].flatMap { articles[Int($0)]?.summary }
    }

    // MARK: - From storage to values

    func ref(of id: String) -> EventRef? {
        guard let (path, local) = TimelineEvent.split(id: id), let slot = slotOfPath[path],
              let article = articles[Int(slot)],
              let index = article.events.firstIndex(where: { article.summary.events[Int($0.ordinal)].id == local })
        else { return nil }
        return EventRef(article: slot, index: Int32(index))
    }

    func eventID(_ ref: EventRef) -> String {
        let article = self.article(ref)
        return TimelineEvent.id(path: article.summary.path,
                                event: article.summary.events[Int(self[ref].ordinal)].id)
    }

    func event(_ ref: EventRef) -> TimelineEvent {
        let article = self.article(ref)
        let summary = article.summary
        var event = summary.events[Int(self[ref].ordinal)]
        let participants: [EntityRef]
        if event.kind == .published {
            participants = summary.entities
        } else {
            // In the article's order of first mention, as the sentence names them.
            let numbers = self.participants(ref)
            participants = summary.entities.filter { entity in
                entities.number(of: entity.id).map { numbers.contains($0) } ?? false
            }
            event.entities = participants.map(\.id)
        }
        return TimelineEvent(id: TimelineEvent.id(path: summary.path, event: event.id), path: summary.path,
                             title: summary.title, articleDate: summary.date, event: event, span: span(ref),
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
