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
        /// Of an entity named by more events than this, only this many are candidates: those
        /// within half as many places of the event in the entity's events, in timeline order
        /// (links through that entity alone differ only in nearness, which ranks them). Places
        /// apart is a distance both events agree on, so the links go both ways.
        public static let nearestPerEntity = 32
    }

    /// Links returned when no limit is given: more than a reader picks from.
    public static let defaultLinkLimit = 50

    /// What the scoring pass keeps of a candidate; shared entities and words are found again for
    /// the few that make the list.
    struct Score {
        var weight = 0.0
        var reasons: TimelineLink.Reasons = []

        mutating func add(_ weight: Double, _ reason: TimelineLink.Reasons) {
            self.weight += Score.onGrid(weight)
            reasons.insert(reason)
        }

        /// `weight` rounded to a multiple of 2^-32. Sums of such numbers are exact (well below
        /// 2^20), so the same rarities added in another order weigh exactly the same and tie,
        /// and nearness in time ranks them.
        static func onGrid(_ weight: Double) -> Double {
            (weight * 0x1p32).rounded() / 0x1p32
        }
    }

    /// Links of the event `id`, strongest first, then nearest in time, at most `limit`.
    public func links(of id: String, limit: Int = Timeline.defaultLinkLimit) -> [TimelineLink] {
        guard let ref = ref(of: id) else { return [] }
        return ranked(scores(of: ref), from: ref, limit: limit).map { target, score in
            let words = score.reasons.contains(.sameDay) ? intersection(self.words(ref), self.words(target)) : []
            return TimelineLink(event: eventID(target), weight: score.weight,
                                shared: intersection(participants(ref), participants(target)).map { entities.strings[Int($0)] },
                                words: words.map { self.words.strings[Int($0)] },
                                reasons: score.reasons, dayDistance: abs(startDay(target) - startDay(ref)))
        }
    }

    /// The links of many events, worked out on every core (for exports).
    public func links(of ids: [String], limit: Int = Timeline.defaultLinkLimit) -> [[TimelineLink]] {
        ParallelMap.map(ids) { self.links(of: $0, limit: limit) }
    }

    /// How many events link to event `id`.
    public func linkCount(of id: String) -> Int {
        ref(of: id).map { scores(of: $0).count } ?? 0
    }

    /// The linked event that comes next in the timeline after event `id`.
    public func nextLinked(from id: String) -> TimelineEvent? {
        guard let ref = ref(of: id) else { return nil }
        let later = scores(of: ref).keys.filter { precedes(ref, $0) }
        return later.min(by: precedes).map(event)
    }

    /// The linked event that comes just before event `id` in the timeline.
    public func previousLinked(from id: String) -> TimelineEvent? {
        guard let ref = ref(of: id) else { return nil }
        let earlier = scores(of: ref).keys.filter { precedes($0, ref) }
        return earlier.max(by: precedes).map(event)
    }

    /// Every event linked to `ref`, with its weight.
    func scores(of ref: EventRef) -> [EventRef: Score] {
        var found: [EventRef: Score] = [:]
        found.reserveCapacity(4 * LinkWeight.nearestPerEntity)
        // Entities too common for all their events to be candidates, with the events that are.
        var crowded: [(entity: Int32, window: ArraySlice<EventRef>, rarity: Double)] = []
        for entity in participants(ref) {
            let rarity = entities.rarity(entity, articles: articleCount)
            let list = entityEvents[Int(entity)]
            let window = nearest(list, to: ref)
            if window.count < list.count { crowded.append((entity, window, rarity)) }
            for target in window where target.article != ref.article {
                found[target, default: Score()].add(rarity, .entities)
            }
        }
        let period = span(ref)
        let sourceWords = words(ref)
        if period.isDay, !sourceWords.isEmpty {
            dayEvents[period.startDay]?.forEach { target, targetWords in
                guard target.article != ref.article else { return }
                var rarity = 0.0
                forEachCommon(sourceWords, targetWords) { rarity += Score.onGrid(words.rarity($0, articles: articleCount)) }
                guard rarity > 0 else { return }
                found[target, default: Score()].add(LinkWeight.sameDay + LinkWeight.wordShare * rarity, .sameDay)
            }
        }
        if article(ref).published == ref.index {
            for slot in readAlsoPartners(of: ref.article) {
                guard let index = articles[Int(slot)]?.published else { continue }
                found[EventRef(article: slot, index: index), default: Score()].add(LinkWeight.readAlso, .readAlso)
            }
        }
        // A common entity the pair shares counts also where its nearest events left the other
        // out and other evidence found it: seen from the other end it may count, and a pair
        // weighs the same from either end.
        if !crowded.isEmpty {
            for index in found.indices {
                let target = found.keys[index]
                let names = participants(target)
                for (entity, window, rarity) in crowded where names.contains(entity)
                    && (precedes(target, window.first!) || precedes(window.last!, target)) {
                    found.values[index].add(rarity, .entities)
                }
            }
        }
        return found
    }

    /// The `limit` best of `scores`: by weight, then nearness in days, then timeline order.
    func ranked(_ scores: [EventRef: Score], from ref: EventRef, limit: Int) -> [(EventRef, Score)] {
        let day = startDay(ref)
        var candidates = scores.map { (ref: $0.key, score: $0.value, distance: abs(startDay($0.key) - day)) }
        // Numbers first, cheaply; timeline order then settles each run of ties that makes the list.
        candidates.sort { a, b in
            a.score.weight != b.score.weight ? a.score.weight > b.score.weight : a.distance < b.distance
        }
        var result: [(EventRef, Score)] = []
        var index = 0
        while index < candidates.count, result.count < limit {
            var next = index + 1
            while next < candidates.count, candidates[next].score.weight == candidates[index].score.weight,
                  candidates[next].distance == candidates[index].distance { next += 1 }
            var run = candidates[index..<next]
            if run.count > 1 { run.sort { precedes($0.ref, $1.ref) } }
            for candidate in run.prefix(limit - result.count) { result.append((candidate.ref, candidate.score)) }
            index = next
        }
        return result
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

    /// All of `list` when it is short, else the events within `nearestPerEntity / 2` places of
    /// `ref`, which is in the list.
    func nearest(_ list: [EventRef], to ref: EventRef) -> ArraySlice<EventRef> {
        guard list.count > LinkWeight.nearestPerEntity else { return list[...] }
        let reach = LinkWeight.nearestPerEntity / 2
        let middle = lowerBound(list, ref)
        return list[max(0, middle - reach)..<min(list.count, middle + reach + 1)]
    }

    /// Common elements of two ascending lists.
    func intersection(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> [Int32] {
        var common: [Int32] = []
        b.withUnsafeBufferPointer { b in forEachCommon(a, b) { common.append($0) } }
        return common
    }

    func forEachCommon(_ a: ArraySlice<Int32>, _ b: UnsafeBufferPointer<Int32>, _ body: (Int32) -> Void) {
        var i = a.startIndex, j = 0
        while i < a.endIndex, j < b.count {
            if a[i] == b[j] {
                body(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
    }
}
