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

    /// The links of many events and their stories' ids (for exports): the candidates of each
    /// event are weighed once, on every core, for its links and for the strong links its story is
    /// walked by, and each story is walked once.
    public func linksAndStories(of ids: [String], limit: Int = Timeline.defaultLinkLimit) -> [(links: [TimelineLink], story: String)] {
        var finder = StoryFinder(self)
        return linksAndStories(of: ids, limit: limit, finder: &finder)
    }

    /// `linksAndStories(of:limit:)`, the stories walked by `finder`.
    func linksAndStories(of ids: [String], limit: Int, finder: inout StoryFinder) -> [(links: [TimelineLink], story: String)] {
        let refs = ids.map(ref)
        let weighed = ParallelMap.map(refs) { ref -> (links: [TimelineLink], strong: [EventRef])? in
            guard let ref else { return nil }
            let weighing = self.weighing(of: ref)
            return (self.links(of: ref, scores: weighing.scores, limit: limit), weighing.strong)
        }
        for (ref, weighing) in zip(refs, weighed) { if let ref, let weighing { finder.know(ref, strong: weighing.strong) } }
        let stories = storyIDs(of: ids, finder: &finder)
        return zip(weighed, stories).map { ($0?.links ?? [], $1) }
    }

    /// The story ids of events `ids` (an id not in the timeline is its own), walking each story
    /// once with `finder`.
    func storyIDs(of ids: [String], finder: inout StoryFinder) -> [String] {
        var storyOf: [EventRef: String] = [:]
        return ids.map { id in
            guard let ref = ref(of: id) else { return id }
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
    /// How many events' strong links the walk weighed itself, not given them by `know`.
    private(set) var weighed = 0

    init(_ timeline: Timeline) { self.timeline = timeline }

    /// Gives the strong links of `ref`, weighed with its links.
    mutating func know(_ ref: EventRef, strong heads: [EventRef]) { strong[ref] = heads }

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
        let heads = timeline.weighing(of: ref, scoring: false).strong
        strong[ref] = heads
        weighed += 1
        return heads
    }
}
