/// Links are worked out when asked for, from the posting lists alone: the events naming each of
/// the event's entities, the events of its day, the articles its "Read also" lines name. So adding
/// or removing an article touches only its own entries, and rarities follow the corpus as it is.
extension Timeline {
    /// Weights of the kinds of evidence; an entity adds its rarity, ln((N + 1) / df).
    public enum LinkWeight {
        /// Same day with at least one shared content word, before the words' own rarities.
        public static let sameDay = 1.0
        /// Each shared content word of the same day adds this share of its rarity.
        public static let wordShare = 0.5
        /// One article's "Read also" names the other.
        public static let readAlso = 3.0
        /// Of an entity named by more events than this, only the nearest this many in time are
        /// candidates: their links differ only in nearness, which is what ranks them.
        public static let nearestPerEntity = 256
    }

    /// A link before it is turned into ids.
    struct RankedLink {
        var target: EventRef
        var weight: Double
        var shared: [Int32]
        var words: [Int32]
        var reasons: TimelineLink.Reasons
        var dayDistance: Int
    }

    /// Links of the event `id`, strongest first, then nearest in time.
    public func links(of id: String, limit: Int = .max) -> [TimelineLink] {
        guard let ref = ref(of: id) else { return [] }
        return rankedLinks(of: ref, limit: limit).map { link in
            TimelineLink(event: eventID(link.target), weight: link.weight,
                         shared: link.shared.map { entities.strings[Int($0)] },
                         words: link.words.map { words.strings[Int($0)] },
                         reasons: link.reasons, dayDistance: link.dayDistance)
        }
    }

    /// The links of many events, worked out on every core (for exports).
    public func links(of ids: [String], limit: Int = .max) -> [[TimelineLink]] {
        ParallelMap.map(ids) { self.links(of: $0, limit: limit) }
    }

    /// The linked event that comes next in the timeline after event `id`.
    public func nextLinked(from id: String) -> TimelineEvent? {
        guard let ref = ref(of: id) else { return nil }
        let later = rankedLinks(of: ref).map(\.target).filter { precedes(ref, $0) }
        return later.min(by: precedes).map(event)
    }

    /// The linked event that comes just before event `id` in the timeline.
    public func previousLinked(from id: String) -> TimelineEvent? {
        guard let ref = ref(of: id) else { return nil }
        let earlier = rankedLinks(of: ref).map(\.target).filter { precedes($0, ref) }
        return earlier.max(by: precedes).map(event)
    }

    func rankedLinks(of ref: EventRef, limit: Int = .max) -> [RankedLink] {
        let source = self[ref]
        var found: [EventRef: RankedLink] = [:]
        func touch(_ target: EventRef) -> Bool {
            guard target.article != ref.article else { return false }
            if found[target] == nil {
                let distance = abs(self[target].span.startDay - source.span.startDay)
                found[target] = RankedLink(target: target, weight: 0, shared: [], words: [], reasons: [],
                                           dayDistance: distance)
            }
            return true
        }
        for entity in source.participants {
            let rarity = entities.rarity(entity, articles: articleCount)
            for target in nearest(entityEvents[Int(entity)], to: ref) where touch(target) {
                found[target]!.weight += rarity
                found[target]!.shared.append(entity)
                found[target]!.reasons.insert(.entities)
            }
        }
        if source.span.isDay, !source.words.isEmpty {
            for target in dayEvents[source.span.startDay] ?? [] where target.article != ref.article {
                let common = intersection(source.words, self[target].words)
                guard !common.isEmpty, touch(target) else { continue }
                let rarity = common.reduce(0.0) { $0 + words.rarity($1, articles: articleCount) }
                found[target]!.weight += LinkWeight.sameDay + LinkWeight.wordShare * rarity
                found[target]!.words = common
                found[target]!.reasons.insert(.sameDay)
            }
        }
        let article = self.article(ref)
        if article.published == ref.index {
            for slot in readAlsoPartners(of: ref.article) {
                guard let index = articles[Int(slot)]?.published else { continue }
                let target = EventRef(article: slot, index: index)
                guard touch(target) else { continue }
                found[target]!.weight += LinkWeight.readAlso
                found[target]!.reasons.insert(.readAlso)
            }
        }
        var links = Array(found.values)
        links.sort { a, b in
            if a.weight != b.weight { return a.weight > b.weight }
            if a.dayDistance != b.dayDistance { return a.dayDistance < b.dayDistance }
            return precedes(a.target, b.target)
        }
        if links.count > limit { links.removeLast(links.count - limit) }
        return links
    }

    /// Articles whose "Read also" names this one's title, and those this one's names.
    func readAlsoPartners(of slot: Int32) -> [Int32] {
        guard let article = articles[Int(slot)] else { return [] }
        var partners: [Int32] = []
        for key in article.readAlsoKeys { partners += titled[key] ?? [] }
        for key in article.titleKeys { partners += citing[key] ?? [] }
        var seen = Set<Int32>()
        return partners.filter { $0 != slot && seen.insert($0).inserted }
    }

    /// All of `list` when it is short, else the `nearestPerEntity` events closest in days to
    /// `ref`, which is in the list.
    func nearest(_ list: [EventRef], to ref: EventRef) -> ArraySlice<EventRef> {
        let wanted = LinkWeight.nearestPerEntity
        guard list.count > wanted else { return list[...] }
        let day = self[ref].span.startDay
        let middle = lowerBound(list, ref)
        var low = middle, high = middle
        while high - low < wanted {
            if low == 0 { high = min(list.count, low + wanted); break }
            if high == list.count { low = max(0, high - wanted); break }
            let before = day - self[list[low - 1]].span.startDay
            let after = self[list[high]].span.startDay - day
            if before <= after { low -= 1 } else { high += 1 }
        }
        return list[low..<high]
    }

    /// Common elements of two ascending lists.
    func intersection(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var common: [Int32] = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                common.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return common
    }
}
