/// Events of a timeline in timeline order, made into `TimelineEvent`s only when read: a large
/// corpus has hundreds of thousands of events, and a screen shows forty.
public struct TimelineEventList: RandomAccessCollection, Sendable {
    let timeline: Timeline
    let refs: [EventRef]
    /// The events' periods in list order, when the timeline keeps them so.
    let spans: [TimeSpan]?

    init(_ timeline: Timeline, _ refs: [EventRef], spans: [TimeSpan]? = nil) {
        self.timeline = timeline
        self.refs = refs
        self.spans = spans
    }

    public init() { self.init(Timeline(), []) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { refs.count }

    public subscript(position: Int) -> TimelineEvent { timeline.event(refs[position]) }

    /// The period of the event at `position`, read without making the event.
    public func span(at position: Int) -> TimeSpan { spans?[position] ?? timeline.span(refs[position]) }

    /// Where the event with `id` is in the list, found by its place in timeline order.
    public func position(of id: String) -> Int? {
        guard let ref = timeline.ref(of: id) else { return nil }
        let position = timeline.lowerBound(refs, ref)
        return position < refs.count && refs[position] == ref ? position : nil
    }
}
