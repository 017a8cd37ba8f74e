import Foundation

/// A story: happenings chained by strong links, found from the links when asked for, as links
/// are. Nothing is built ahead, so a story is always that of the folder as it is, and building
/// the timeline costs no more.
public struct TimelineStory: Sendable {
    /// The id of the story's earliest happening (the id of its first report): it changes only
    /// when an earlier happening joins the story or that one leaves.
    public var id: String
    /// Every report of every happening of the story, in timeline order.
    public var events: TimelineEventList
}

extension Timeline {
    /// The probability from which a link chains two happenings into one story: the happening
    /// threshold, since a chain is as weak as its weakest link and every link of a story is a
    /// step a reader takes without checking.
    var strongLink: Double { linkModel.sameHappening }

    /// The story of event `id`.
    public func story(of id: String) -> TimelineStory? {
        guard let ref = ref(of: id) else { return nil }
        var finder = StoryFinder(self)
        let heads = finder.happenings(from: ref)
        let refs = heads.flatMap(reports).sorted(by: precedes)
        return TimelineStory(id: eventID(heads.min(by: precedes)!), events: TimelineEventList(self, refs))
    }

    /// The story ids of many events (for exports): the strong links of all of them are worked out
    /// on every core first, and each story is walked once.
    public func storyIDs(of ids: [String]) -> [String] {
        let refs = ids.map(ref)
        var finder = StoryFinder(self)
        finder.weigh(refs.compactMap { $0 })
        var storyOf: [EventRef: String] = [:]
        return zip(ids, refs).map { id, ref in
            guard let ref else { return id }
            let head = happeningHead(ref)
            if let known = storyOf[head] { return known }
            let heads = finder.happenings(from: ref)
            let story = eventID(heads.min(by: precedes)!)
            for head in heads { storyOf[head] = story }
            return story
        }
    }

    /// What a story (its `events`) is about in a few words: the name most of its articles name
    /// in those events (of equals, the one more of its events name, then the first in
    /// alphabetical order); a place or a group says where or who, not what happened, and without
    /// another name the story goes by its first article's title.
    public func storyName(of events: TimelineEventList) -> String {
        var articlesNaming: [Int32: Set<Int32>] = [:]
        var eventsNaming: [Int32: Int] = [:]
        for ref in events.refs {
            for entity in participants(ref) {
                articlesNaming[entity, default: []].insert(ref.article)
                eventsNaming[entity, default: 0] += 1
            }
        }
        let names = articlesNaming.compactMap { number, articles -> (name: String, articles: Int, events: Int)? in
            guard let entity = entity(id: entities.strings[Int(number)]), entity.type != .location,
                  entity.type != .group else { return nil }
            return (entity.name, articles.count, eventsNaming[number]!)
        }
        let best = names.min { ($1.articles, $1.events, $0.name) < ($0.articles, $0.events, $1.name) }
        return best?.name ?? events.first?.title ?? ""
    }
}

/// Walks stories: two happenings are chained when a report of each has a strong link to a report
/// of the other. Asked of both ends, so that a story is the same from whichever of its events it
/// is walked (each end finds the events it weighs in its own way: a publication through its
/// article's main names, a sentence through its own).
struct StoryFinder {
    let timeline: Timeline
    /// The strong links of the events weighed so far: each event of other articles it links to
    /// at or above `Timeline.strongLink`, by happening.
    private var strong: [EventRef: [EventRef]] = [:]

    init(_ timeline: Timeline) { self.timeline = timeline }

    /// Weighs the strong links of `refs` on every core.
    mutating func weigh(_ refs: [EventRef]) {
        let timeline = self.timeline
        let fresh = refs.filter { strong[$0] == nil }
        for (ref, heads) in zip(fresh, ParallelMap.map(fresh) { timeline.strongHappenings(of: $0) }) { strong[ref] = heads }
    }

    /// The happenings (by first report) of `ref`'s story.
    mutating func happenings(from ref: EventRef) -> [EventRef] {
        let start = timeline.happeningHead(ref)
        var found: Set<EventRef> = [start]
        var queue = [start]
        while let head = queue.popLast() {
            for other in linkedHappenings(head) where !found.contains(other) && links(other, to: head) {
                found.insert(other)
                queue.append(other)
            }
        }
        return Array(found)
    }

    /// The happenings a report of `head` links strongly to.
    private mutating func linkedHappenings(_ head: EventRef) -> Set<EventRef> {
        var heads = Set<EventRef>()
        for report in timeline.reports(head) { heads.formUnion(strongHappenings(of: report)) }
        heads.remove(head)
        return heads
    }

    /// Whether a report of the happening `head` links strongly to the happening `other`.
    private mutating func links(_ head: EventRef, to other: EventRef) -> Bool {
        timeline.reports(head).contains { strongHappenings(of: $0).contains(other) }
    }

    private mutating func strongHappenings(of ref: EventRef) -> [EventRef] {
        if let known = strong[ref] { return known }
        let heads = timeline.strongHappenings(of: ref)
        strong[ref] = heads
        return heads
    }
}

extension Timeline {
    /// The happenings of the events of other articles that `ref` links to at or above
    /// `strongLink`: every such event, not only the best of its article as a list of links has
    /// it, so that an article's publication and its sentence about the same thing fall in one
    /// story.
    func strongHappenings(of ref: EventRef) -> [EventRef] {
        let norm = wordNorm(ref)
        var heads = Set<EventRef>()
        for target in candidates(of: ref).keys {
            let features = features(ref, target, norm: norm)
            if features.hasContent, linkModel.probability(features) >= strongLink { heads.insert(happeningHead(target)) }
        }
        return Array(heads)
    }
}
