import TidingsKit

/// What a cell shows, as themes name it: the grid stores roles, the theme turns them into colors
/// and attributes.
public enum StyleRole: UInt16, CaseIterable, Sendable {
    case normal
    case title
    case status
    case statusMessage
    case statusWarning
    case border
    case borderFocused
    case paneTitle
    case paneTitleFocused
    case selection
    case selectionInactive
    case unread
    case listDate
    case meta
    case person
    case organization
    case location
    case group
    case misc
    case date
    case focusedMark
    case boilerplate
    case placeholder
    case searchMatch
    case timelineHeader
    case timelineRail
    case timelineMarker
    case timelineLinked
    case prompt
    case helpKey

    /// The key in theme files.
    public var name: String {
        switch self {
        case .normal: "normal"
        case .title: "title"
        case .status: "status"
        case .statusMessage: "status-message"
        case .statusWarning: "status-warning"
        case .border: "border"
        case .borderFocused: "border-focused"
        case .paneTitle: "pane-title"
        case .paneTitleFocused: "pane-title-focused"
        case .selection: "selection"
        case .selectionInactive: "selection-inactive"
        case .unread: "unread"
        case .listDate: "list-date"
        case .meta: "meta"
        case .person: "person"
        case .organization: "organization"
        case .location: "location"
        case .group: "group"
        case .misc: "misc"
        case .date: "date"
        case .focusedMark: "focused-mark"
        case .boilerplate: "boilerplate"
        case .placeholder: "placeholder"
        case .searchMatch: "search-match"
        case .timelineHeader: "timeline-header"
        case .timelineRail: "timeline-rail"
        case .timelineMarker: "timeline-marker"
        case .timelineLinked: "timeline-linked"
        case .prompt: "prompt"
        case .helpKey: "help-key"
        }
    }

    public static func named(_ name: String) -> StyleRole? { allCases.first { $0.name == name } }

    /// One character per role for the style layer of golden screens.
    public var code: Character {
        switch self {
        case .normal: "."
        case .title: "T"
        case .status: "s"
        case .statusMessage: "m"
        case .statusWarning: "w"
        case .border: "b"
        case .borderFocused: "B"
        case .paneTitle: "h"
        case .paneTitleFocused: "H"
        case .selection: "S"
        case .selectionInactive: "i"
        case .unread: "u"
        case .listDate: "d"
        case .meta: "a"
        case .person: "P"
        case .organization: "O"
        case .location: "L"
        case .group: "G"
        case .misc: "M"
        case .date: "D"
        case .focusedMark: "F"
        case .boilerplate: "-"
        case .placeholder: "?"
        case .searchMatch: "/"
        case .timelineHeader: "y"
        case .timelineRail: "r"
        case .timelineMarker: "e"
        case .timelineLinked: "l"
        case .prompt: "p"
        case .helpKey: "k"
        }
    }

    public static func of(_ type: EntityType) -> StyleRole {
        switch type {
        case .person: .person
        case .organization: .organization
        case .location: .location
        case .group: .group
        case .misc: .misc
        }
    }
}
