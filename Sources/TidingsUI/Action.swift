/// What a key does. The raw value is the action's name in config files (with its context:
/// `timeline.next-link`).
public enum Action: String, CaseIterable, Sendable {
    case down, up
    case pageDown = "page-down", pageUp = "page-up"
    case top, bottom
    case nextPane = "next-pane", previousPane = "previous-pane"
    case paneList = "pane-list", paneReading = "pane-reading", paneTimeline = "pane-timeline"
    case open, close, quit, redraw, help, messages
    case search
    case nextMatch = "next-match", previousMatch = "previous-match"
    case filter, back, forward
    case toggleRead = "toggle-read", markAllRead = "mark-all-read"
    case nextArticle = "next-article", previousArticle = "previous-article", nextUnread = "next-unread"
    case copy, pager, editor, browser
    case nextDate = "next-date", previousDate = "previous-date"
    case nextEntity = "next-entity", previousEntity = "previous-entity"
    case nextLink = "next-link", previousLink = "previous-link"
    case links, scope, zoom
    case openHappening = "open-happening", foldHappening = "fold-happening"
    case maximize
    case problems
}

/// Where a binding applies: everywhere, only while a pane has the focus, or while the entity
/// view or the list of an event's links is open.
public enum KeyContext: String, CaseIterable, Sendable {
    case global, list, reading, timeline, entity, links

    public var title: String {
        switch self {
        case .global: "Everywhere"
        case .list: "Article list"
        case .reading: "Reading pane"
        case .timeline: "Timeline"
        case .entity: "Entity view"
        case .links: "Links list (L)"
        }
    }
}
