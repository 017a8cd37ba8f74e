import Foundation

/// Links are worked out when asked for, from the posting lists alone: the events naming each of
/// the event's entities, the events of its day, the articles its "Read also" lines name. Each
/// candidate is weighed by the link model (`LinkModel`) on what the two events share, and only
/// those it finds likely enough are links, the best one per article. So adding or removing an
/// article touches only its own entries, and rarities follow the corpus as it is.
extension Timeline {
    public enum LinkWeight {
        /// Of an entity named by more events than this, only this many are candidates: those
        /// within half as many places of the event in the entity's events, in timeline order.
        /// Places apart is a distance both events agree on, so the links go both ways.
        public static let nearestPerEntity = 32
    }

    /// Links returned when no limit is given: more than a reader picks from.
    public static let defaultLinkLimit = 50

    /// What the scoring pass keeps of a candidate: the model's probability and its evidence.
    struct Score {
        var weight = 0.0
        var features = LinkFeatures()
        var reasons: TimelineLink.Reasons = []
    }

    /// What weighing an event's candidates gives: its links, the best of each other article
    /// (`scores`), and the happenings of the events it links to at or above `strongLink`
    /// (`strong`), which chain stories: every such event, not only the best of its article, so
    /// that an article's publication and its sentence about the same thing fall in one story.
    struct Weighing {
        var scores: [EventRef: Score]
        var strong: [EventRef]
    }

    /// Links of the event `id`, strongest first, then nearest in time, at most `limit`, one per
    /// article.
    public func links(of id: String, limit: Int = Timeline.defaultLinkLimit) -> [TimelineLink] {
        guard let ref = ref(of: id) else { return [] }
        return links(of: ref, scores: scores(of: ref), limit: limit)
    }

    /// The links of `ref` as `links(of:limit:)` gives them, from its `scores`.
    func links(of ref: EventRef, scores: [EventRef: Score], limit: Int) -> [TimelineLink] {
        let list = spreadingCopies(ranked(scores, from: ref, limit: Int.max), from: ref).prefix(limit)
        return list.map { target, score in
            let shared = sharedEntities(ref, target)
            return TimelineLink(event: eventID(target), weight: score.weight,
                                shared: (shared.names + shared.places).map { entities.strings[Int($0)] },
                                words: sharedWords(ref, target).map { surface(words.strings[Int($0)], ref, target) },
                                reasons: score.reasons, dayDistance: abs(startDay(target) - startDay(ref)),
                                sameHappening: score.weight >= linkModel.sameHappening,
                                evidence: evidence(ref, target, score))
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

    /// Every event linked to `ref`, with its weight (the model's probability): the best of each
    /// other article.
    func scores(of ref: EventRef) -> [EventRef: Score] { weighing(of: ref).scores }

    /// The links of `ref` and its strong links, from one weighing of its candidates; without
    /// `scoring`, its strong links alone (a story walked from one event needs no more).
    func weighing(of ref: EventRef, scoring: Bool = true) -> Weighing {
        let candidates = candidates(of: ref)
        var best: [Int32: (ref: EventRef, score: Score)] = [:]
        var strong = Set<EventRef>()
        let day = startDay(ref)
        let norm = wordNorm(ref)
        for (target, readAlso) in candidates {
            let features = features(ref, target, norm: norm)
            var probability = linkModel.probability(features)
            if features.hasContent, probability >= strongLink { strong.insert(happeningHead(target)) }
            guard scoring else { continue }
            // A "Read also" line is a link its article's author made: it needs no weighing.
            if readAlso {
                probability = max(probability, linkModel.threshold)
            } else {
                guard features.hasContent, probability >= linkModel.threshold else { continue }
            }
            var score = Score(weight: probability, features: features)
            if features.keyNames + features.otherNames + features.places + features.dateline > 0 { score.reasons.insert(.entities) }
            if features.sameDay > 0 { score.reasons.insert(.sameDay) }
            if readAlso { score.reasons.insert(.readAlso) }
            if let kept = best[target.article] {
                let (a, b) = (abs(startDay(target) - day), abs(startDay(kept.ref) - day))
                guard probability > kept.score.weight
                        || probability == kept.score.weight && (a < b || a == b && precedes(target, kept.ref)) else { continue }
            }
            best[target.article] = (target, score)
        }
        if scoring { keepNearestIssues(&best, of: ref) }
        var found: [EventRef: Score] = [:]
        found.reserveCapacity(best.count)
        for (ref, score) in best.values { found[ref] = score }
        return Weighing(scores: found, strong: Array(strong))
    }

    /// The events of other articles worth weighing as links of `ref`, each true when a "Read
    /// also" line names its article.
    func candidates(of ref: EventRef) -> [EventRef: Bool] {
        var candidates: [EventRef: Bool] = [:]
        candidates.reserveCapacity(4 * LinkWeight.nearestPerEntity)
        // A place alone never makes a link: events sharing one are candidates through their words.
        // A publication names every name of its article: its main names find its candidates.
        let source = article(ref)
        let names = source.published == ref.index ? source.mainNames[...] : participants(ref)
        for entity in names where !Timeline.contains(source.datelines, entity) && !Timeline.contains(source.places, entity) {
            for target in nearest(entityEvents[Int(entity)], to: ref) where target.article != ref.article {
                candidates[target] = false
            }
        }
        let period = span(ref)
        if period.isDay, let day = dayEvents[period.startDay] {
            for target in sameDayCandidates(of: ref, in: day) where candidates[target] == nil { candidates[target] = false }
        }
        if article(ref).published == ref.index {
            for slot in readAlsoPartners(of: ref.article) {
                guard let index = articles[Int(slot)]?.published else { continue }
                candidates[EventRef(article: slot, index: index)] = true
            }
        }
        return candidates
    }

    /// Events of other articles of `ref`'s day sharing a rare word with it.
    func sameDayCandidates(of ref: EventRef, in day: DayEvents) -> [EventRef] {
        let sourceWords = words(ref)
        guard !sourceWords.isEmpty else { return [] }
        let floor = rareWordFloor
        let n = articleCount
        var found: [EventRef] = []
        day.forEach { target, targetWords in
            guard target.article != ref.article else { return }
            var rare = false
            forEachCommon(sourceWords, targetWords) { if !rare, words.rarity($0, articles: n) > floor { rare = true } }
            if rare { found.append(target) }
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
        forEachCommon(a, b) { common.append($0) }
        return common
    }

    func forEachCommon(_ a: ArraySlice<Int32>, _ b: UnsafeBufferPointer<Int32>, _ body: (Int32) -> Void) {
        a.withUnsafeBufferPointer { a in
            // Each step moves past the smaller (both, when equal) without a branch on which:
            // weighing a pair merges several lists, and the branch would be mispredicted half
            // the time.
            var i = 0, j = 0
            while i < a.count, j < b.count {
                let x = a[i], y = b[j]
                if x == y { body(x) }
                i &+= x <= y ? 1 : 0
                j &+= y <= x ? 1 : 0
            }
        }
    }
}
