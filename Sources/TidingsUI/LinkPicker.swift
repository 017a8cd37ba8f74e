import TidingsKit

/// The `L` list of an event's links, to pick one.
public struct LinkPicker: Sendable {
    public var event: String
    public var links: [TimelineLink]
    public var selected = 0
    public var top = 0
    /// The date column's width: the widest of the links' dates in words (up to the longest
    /// day), so that scrolling never moves the columns.
    var dateWidth = 0
}

extension AppState {
    mutating func openLinkPicker() {
        guard let event = timeline.selectedEvent else {
            say("select an event first")
            return
        }
        guard !timeline.links.isEmpty else {
            say("no linked events")
            return
        }
        var picker = LinkPicker(event: event.id, links: timeline.links)
        picker.dateWidth = min(TimexWords.widestDay, picker.links.compactMap { link in
            corpusTimeline.event(id: link.event).map { TimexWords.words($0.event.value).count }
        }.max() ?? 0)
        linkPicker = picker
    }

    /// Keys while the link list is open: move, pick, close.
    mutating func handlePicker(_ action: Action?) {
        guard var picker = linkPicker else { return }
        let rows = max(1, min(picker.links.count, height - 6))
        switch action {
        case .down: picker.selected = min(picker.links.count - 1, picker.selected + 1)
        case .up: picker.selected = max(0, picker.selected - 1)
        case .pageDown: picker.selected = min(picker.links.count - 1, picker.selected + rows)
        case .pageUp: picker.selected = max(0, picker.selected - rows)
        case .top: picker.selected = 0
        case .bottom: picker.selected = picker.links.count - 1
        case .open:
            linkPicker = nil
            recordPlace()
            let link = picker.links[picker.selected]
            focusEvent(link.event)
            if let target = corpusTimeline.event(id: link.event) { say(describe(target, shared: link.shared)) }
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
