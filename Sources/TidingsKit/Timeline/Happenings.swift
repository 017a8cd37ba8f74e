import Foundation

/// Events of different articles that report one happening: events of one day that the link
/// model finds likely to be the same happening (`LinkModel.sameHappening`), grouped with those
/// they are grouped with. Worked out a day at a time, so adding or removing an article regroups
/// only the days of its events.
struct Happenings: Sendable {
    /// Each grouped event's happening, named by its first report (in timeline order); an event
    /// not here is a happening of its own.
    var first: [EventRef: EventRef] = [:]
    /// The reports of each happening, in timeline order, by its first report.
    var reports: [EventRef: [EventRef]] = [:]
    /// The happenings of each day, by their first reports.
    var ofDay: [Int: [EventRef]] = [:]

    /// Forgets the happenings of `day`.
    mutating func clear(day: Int) {
        for head in ofDay.removeValue(forKey: day) ?? [] {
            for report in reports.removeValue(forKey: head) ?? [] { first[report] = nil }
        }
    }

    /// Enters the groups of `day`, each in timeline order.
    mutating func set(day: Int, groups: [[EventRef]]) {
        guard !groups.isEmpty else { return }
        ofDay[day] = groups.map { $0[0] }
        for group in groups {
            reports[group[0]] = group
            for report in group { first[report] = group[0] }
        }
    }
}

extension Timeline {
    /// A word shared by more of a day's events than this does not make them candidates for one
    /// happening (it is a kind of report, not a happening).
    static let happeningWordReach = 64

    /// The happening of event `id`: the id of its first report (its own id when no other article
    /// reports it).
    public func happening(of id: String) -> String? {
        guard let ref = ref(of: id) else { return nil }
        return eventID(happeningHead(ref))
    }

    /// The first report of `ref`'s happening (`ref` itself when no other article reports it).
    func happeningHead(_ ref: EventRef) -> EventRef { happenings.first[ref] ?? ref }

    /// The reports of the happening headed by `head`.
    func reports(_ head: EventRef) -> [EventRef] { happenings.reports[head] ?? [head] }

    /// The reports of event `id`'s happening in timeline order (the event alone when no other
    /// article reports it).
    public func reports(of id: String) -> [String] {
        guard let ref = ref(of: id) else { return [] }
        return reports(happeningHead(ref)).map(eventID)
    }

    /// How many articles report event `id`'s happening.
    public func reportCount(of id: String) -> Int {
        guard let ref = ref(of: id), let head = happenings.first[ref], let reports = happenings.reports[head] else { return 1 }
        return Set(reports.map(\.article)).count
    }

    /// Groups the events of every day, on every core.
    mutating func groupHappenings() {
        happenings = Happenings()
        let days = Array(dayEvents.keys).sorted()
        let timeline = self
        let groups = ParallelMap.map(days) { timeline.happeningGroups(onDay: $0) }
        for (day, groups) in zip(days, groups) { happenings.set(day: day, groups: groups) }
    }

    /// Joins the day events of a new article to the happenings they report.
    mutating func joinHappenings(article slot: Int32) {
        guard let article = articles[Int(slot)] else { return }
        for index in article.events.indices {
            let ref = EventRef(article: slot, index: Int32(index))
            let period = span(ref)
            guard period.isDay, let day = dayEvents[period.startDay] else { continue }
            let norm = wordNorm(ref)
            for partner in sameDayCandidates(of: ref, in: day) {
                let features = features(ref, partner, norm: norm)
                if features.hasContent, linkModel.probability(features) >= linkModel.sameHappening {
                    merge(ref, partner, day: period.startDay)
                }
            }
        }
    }

    /// Takes the events of an article being removed (`refs`) out of their happenings; the other
    /// reports of each stay together (regrouping them would weigh every pair of a large one).
    mutating func leaveHappenings(_ refs: [EventRef]) {
        var heads: [EventRef] = []
        for ref in refs { if let head = happenings.first[ref], !heads.contains(head) { heads.append(head) } }
        for head in heads {
            guard let members = happenings.reports[head] else { continue }
            let day = span(head).startDay
            let kept = members.filter { !refs.contains($0) }
            regroup(day: day, replacing: [head], with: kept.count > 1 ? kept : nil)
        }
    }

    /// Puts the happenings of `a` and `b` (of one day) together.
    private mutating func merge(_ a: EventRef, _ b: EventRef, day: Int) {
        let (x, y) = (happeningHead(a), happeningHead(b))
        guard x != y else { return }
        let joined = (reports(x) + reports(y)).sorted(by: precedes)
        regroup(day: day, replacing: [x, y], with: joined)
    }

    /// The happenings of `day` with those headed by `heads` replaced by `group` (none: left out).
    private mutating func regroup(day: Int, replacing heads: [EventRef], with group: [EventRef]?) {
        var groups = happenings.ofDay[day]?.filter { !heads.contains($0) }.compactMap { happenings.reports[$0] } ?? []
        happenings.clear(day: day)
        if let group { groups.append(group) }
        happenings.set(day: day, groups: groups.sorted { precedes($0[0], $1[0]) })
    }

    /// The happenings of several reports among the events of `day`: pairs of events of other
    /// articles sharing a rare word, joined where the model finds them the same happening.
    func happeningGroups(onDay day: Int) -> [[EventRef]] {
        guard let events = dayEvents[day] else { return [] }
        let refs = events.refs
        let floor = rareWordFloor
        var byWord: [Int32: [Int32]] = [:]
        for index in refs.indices {
            for word in events.words(at: index) where words.rarity(word, articles: articleCount) > floor {
                byWord[word, default: []].append(Int32(index))
            }
        }
        var groups = Happenings.UnionFind(count: refs.count)
        let norms = refs.map(wordNorm)
        // Each pair is weighed once, from its earlier event: `partner[b] == a` once (a, b) is.
        var partner = [Int32](repeating: -1, count: refs.count)
        for a in refs.indices {
            for word in events.words(at: a) where words.rarity(word, articles: articleCount) > floor {
                guard let list = byWord[word], list.count > 1, list.count <= Timeline.happeningWordReach else { continue }
                for b in list.lazy.map(Int.init) where b > a && partner[b] != a && refs[a].article != refs[b].article {
                    partner[b] = Int32(a)
                    guard groups.root(a) != groups.root(b) else { continue }
                    let features = features(refs[a], refs[b], norm: norms[a], otherNorm: norms[b])
                    guard features.hasContent, linkModel.probability(features) >= linkModel.sameHappening else { continue }
                    groups.join(a, b)
                }
            }
        }
        return groups.sets(of: refs).filter { $0.count > 1 }.map { $0.sorted(by: precedes) }.sorted { precedes($0[0], $1[0]) }
    }
}

extension Happenings {
    /// Sets of the numbers 0..<count joined pair by pair.
    struct UnionFind {
        private var parent: [Int]

        init(count: Int) { parent = Array(0..<count) }

        mutating func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }

        mutating func join(_ a: Int, _ b: Int) { parent[root(b)] = root(a) }

        /// The sets, as the `items` of their numbers.
        mutating func sets<T>(of items: [T]) -> [[T]] {
            var sets: [Int: [T]] = [:]
            for i in items.indices { sets[root(i), default: []].append(items[i]) }
            return Array(sets.values)
        }
    }
}
