import TidingsKit

/// The `L` list of an event's links, to pick one: first the other reports of its happening, then
/// its other links, one entry per article.
public struct LinkPicker: Sendable {
    public struct Entry: Equatable, Sendable {
        public var event: String
        /// The event's link into the entry's article, when it has one: what ties the two.
        public var link: TimelineLink?
        /// The entry reports the same happening as the event.
        public var sameHappening: Bool
    }

    public var event: String
    public var entries: [Entry]
    public var selected = 0
    public var top = 0
    /// The date column's width: the widest of the entries' dates in words (up to the longest
    /// day), so that scrolling never moves the columns.
    var dateWidth = 0

    /// The reports of the happening (other articles', the first of each article in `reports`), then the links
    /// strongest first; an article the list already reaches is not listed again, so that a
    /// publication never stands beside a sentence of its own article.
    static func entries(of event: TimelineEvent, reports: [String], links: [TimelineLink]) -> [Entry] {
        func article(_ id: String) -> String { TimelineEvent.split(id: id)?.path ?? id }
        var linkInto: [String: TimelineLink] = [:]
        for link in links where linkInto[article(link.event)] == nil { linkInto[article(link.event)] = link }
        var reached: Set<String> = [event.path]
        var entries: [Entry] = []
        for report in reports where reached.insert(article(report)).inserted {
            entries.append(Entry(event: report, link: linkInto[article(report)], sameHappening: true))
        }
        for link in links where reached.insert(article(link.event)).inserted {
            entries.append(Entry(event: link.event, link: link, sameHappening: false))
        }
        return entries
    }
}

extension AppState {
    mutating func openLinkPicker() {
        guard let event = timeline.selectedEvent else {
            say("select an event first")
            return
        }
        // Of an article's reports, the one of the event's kind: a sentence for a sentence.
        let reports = corpusTimeline.reports(of: event.id).map { id in
            (id: id, sameKind: (corpusTimeline.event(id: id)?.event.kind == .published) == (event.event.kind == .published))
        }
        let entries = LinkPicker.entries(of: event, reports: reports.filter(\.sameKind).map(\.id) + reports.filter { !$0.sameKind }.map(\.id),
                                         links: timeline.links)
        guard !entries.isEmpty else {
            say("no linked events")
            return
        }
        var picker = LinkPicker(event: event.id, entries: entries)
        picker.dateWidth = min(TimexWords.widestDay, entries.compactMap { entry in
            corpusTimeline.event(id: entry.event).map { TimexWords.words($0.event.value).count }
        }.max() ?? 0)
        linkPicker = picker
    }

    /// Keys while the link list is open: move, pick, close.
    mutating func handlePicker(_ action: Action?) {
        guard var picker = linkPicker else { return }
        let rows = max(1, min(picker.entries.count, height - 6))
        switch action {
        case .down: picker.selected = min(picker.entries.count - 1, picker.selected + 1)
        case .up: picker.selected = max(0, picker.selected - 1)
        case .pageDown: picker.selected = min(picker.entries.count - 1, picker.selected + rows)
        case .pageUp: picker.selected = max(0, picker.selected - rows)
        case .top: picker.selected = 0
        case .bottom: picker.selected = picker.entries.count - 1
        case .open:
            linkPicker = nil
            recordPlace()
            let entry = picker.entries[picker.selected]
            focusEvent(entry.event)
            if let target = corpusTimeline.event(id: entry.event) { say(describe(target, shared: entry.link?.shared ?? [])) }
            return
        case .close, .quit, .links:
            linkPicker = nil
            return
        default:
            return
        }
        if picker.selected < picker.top { picker.top = picker.selected }
        if picker.selected >= picker.top + rows { picker.top = picker.selected - rows + 1 }
        linkPicker = picker
    }
}
