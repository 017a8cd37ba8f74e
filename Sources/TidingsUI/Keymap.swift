/// One line of the keymap: the keys that run an action in a context, and what it does.
public struct KeyBinding: Equatable, Sendable {
    public var context: KeyContext
    public var action: Action
    public var keys: [Key]
    public var summary: String

    /// `reading.next-date`: the name config files use.
    public var qualifiedName: String { context.rawValue + "." + action.rawValue }
    public var keyNames: String { keys.map(\.name).joined(separator: " ") }
}

/// The one table of key bindings: input handling, the help overlay, the status hints and the
/// README's key list all read it.
public struct Keymap: Equatable, Sendable {
    public private(set) var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    public static let standard = Keymap(bindings: [
        KeyBinding(context: .global, action: .down, keys: [.character("j"), .down], summary: "move down"),
        KeyBinding(context: .global, action: .up, keys: [.character("k"), .up], summary: "move up"),
        KeyBinding(context: .global, action: .pageDown, keys: [.pageDown, .character(" ")], summary: "page down"),
        KeyBinding(context: .global, action: .pageUp, keys: [.pageUp], summary: "page up"),
        KeyBinding(context: .global, action: .top, keys: [.character("g"), .home], summary: "go to the top"),
        KeyBinding(context: .global, action: .bottom, keys: [.character("G"), .end], summary: "go to the bottom"),
        KeyBinding(context: .global, action: .nextPane, keys: [.tab, .right], summary: "next pane"),
        KeyBinding(context: .global, action: .previousPane, keys: [.backTab, .left], summary: "previous pane"),
        KeyBinding(context: .global, action: .paneList, keys: [.character("1")], summary: "the article list"),
        KeyBinding(context: .global, action: .paneReading, keys: [.character("2")], summary: "the reading pane"),
        KeyBinding(context: .global, action: .paneTimeline, keys: [.character("3")], summary: "the timeline"),
        KeyBinding(context: .global, action: .open, keys: [.enter], summary: "open"),
        KeyBinding(context: .global, action: .close, keys: [.escape], summary: "close a view, a prompt or a mark; clear the filter"),
        KeyBinding(context: .global, action: .search, keys: [.character("/")],
                   summary: "search: the corpus in the list, the article in the reading pane"),
        KeyBinding(context: .global, action: .nextMatch, keys: [.character("n")], summary: "next match"),
        KeyBinding(context: .global, action: .previousMatch, keys: [.character("N")], summary: "previous match"),
        KeyBinding(context: .global, action: .filter, keys: [.character("f")],
                   summary: "filter the list: words, @entity, 2023-11-01..2023-11-30, ~ the event's story (all must hold)"),
        KeyBinding(context: .global, action: .back, keys: [.backspace], summary: "back in history"),
        KeyBinding(context: .global, action: .forward, keys: [.character("=")], summary: "forward in history"),
        KeyBinding(context: .global, action: .nextArticle, keys: [.character("J")], summary: "open the next article of the list"),
        KeyBinding(context: .global, action: .previousArticle, keys: [.character("K")],
                   summary: "open the previous article of the list"),
        KeyBinding(context: .global, action: .nextUnread, keys: [.character(".")],
                   summary: "open the next unread article (also Space at an article's end)"),
        KeyBinding(context: .global, action: .toggleRead, keys: [.character("u")], summary: "toggle read"),
        KeyBinding(context: .global, action: .markAllRead, keys: [.character("A")],
                   summary: "mark every article of the list read (press twice)"),
        KeyBinding(context: .global, action: .copy, keys: [.character("y")],
                   summary: "copy the sentence or event with date and source (OSC 52)"),
        KeyBinding(context: .global, action: .pager, keys: [.character("o")], summary: "open the article in $PAGER"),
        KeyBinding(context: .global, action: .editor, keys: [.character("O")], summary: "open the article in $EDITOR"),
        KeyBinding(context: .global, action: .browser, keys: [.character("U")], summary: "open its url in $BROWSER"),
        KeyBinding(context: .global, action: .maximize, keys: [.character("+")],
                   summary: "the focused pane alone, full width, or back to all panes"),
        KeyBinding(context: .global, action: .problems, keys: [.character("W")],
                   summary: "files skipped and articles read with warnings, and why"),
        KeyBinding(context: .global, action: .redraw, keys: [.control("l")], summary: "redraw the screen"),
        KeyBinding(context: .global, action: .help, keys: [.character("?")], summary: "this help"),
        KeyBinding(context: .global, action: .messages, keys: [.character("m")],
                   summary: "the messages of this session: warnings, problems in the configuration"),
        KeyBinding(context: .global, action: .quit, keys: [.character("q")], summary: "quit"),
        KeyBinding(context: .reading, action: .nextDate, keys: [.character("]")], summary: "next date"),
        KeyBinding(context: .reading, action: .previousDate, keys: [.character("[")], summary: "previous date"),
        KeyBinding(context: .reading, action: .nextEntity, keys: [.character("}")], summary: "next entity or Read also link"),
        KeyBinding(context: .reading, action: .previousEntity, keys: [.character("{")], summary: "previous entity or Read also link"),
        KeyBinding(context: .reading, action: .open, keys: [.enter],
                   summary: "a date: its event; an entity: its view; a Read also link: its article"),
        KeyBinding(context: .timeline, action: .open, keys: [.enter],
                   summary: "open the article at the event; a happening shown as one row: its reports"),
        KeyBinding(context: .timeline, action: .openHappening, keys: [.character("l")],
                   summary: "show the reports of a happening (×N) under its row"),
        KeyBinding(context: .timeline, action: .foldHappening, keys: [.character("h")],
                   summary: "fold a happening's reports back into its row"),
        KeyBinding(context: .timeline, action: .nextLink, keys: [.character("]")],
                   summary: "next linked happening (after [: back the way it came)"),
        KeyBinding(context: .timeline, action: .previousLink, keys: [.character("[")],
                   summary: "previous linked happening (after ]: back the way it came)"),
        KeyBinding(context: .timeline, action: .links, keys: [.character("L")], summary: "list the event's links"),
        KeyBinding(context: .timeline, action: .scope, keys: [.character("t")],
                   summary: "scope: this article, all articles, the entity, the event's story"),
        KeyBinding(context: .timeline, action: .zoom, keys: [.character("z")], summary: "zoom: day, month, year"),
        KeyBinding(context: .entity, action: .open, keys: [.enter], summary: "open the selected article at the entity"),
        KeyBinding(context: .entity, action: .close, keys: [.escape], summary: "close the entity view"),
        KeyBinding(context: .links, action: .open, keys: [.enter], summary: "go to the selected linked event"),
        KeyBinding(context: .links, action: .close, keys: [.escape, .character("L")], summary: "close the list"),
    ])

    /// The action a key runs in a context: the context's own bindings first, then global ones.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        if context != .global, let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
            return binding.action
        }
        return bindings.first { $0.context == .global && $0.keys.contains(key) }?.action
    }

    /// The first key that runs an action in a context (for hints).
    public func key(for action: Action, in context: KeyContext) -> Key? {
        bindings.first { $0.context == context && $0.action == action }?.keys.first
            ?? bindings.first { $0.context == .global && $0.action == action }?.keys.first
    }

    public enum OverrideError: Error, Equatable {
        case unknownAction(String)
        case unknownKey(String)
    }

    /// Rebinds `context.action` (or a global action by its bare name) to other keys.
    public mutating func rebind(_ name: String, to keyNames: [String]) throws(OverrideError) {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        let context = parts.count == 2 ? KeyContext(rawValue: parts[0]) : .global
        guard let context, let action = Action(rawValue: parts.last ?? ""),
              let index = bindings.firstIndex(where: { $0.context == context && $0.action == action }) else {
            throw .unknownAction(name)
        }
        var keys: [Key] = []
        for keyName in keyNames {
            guard let key = Key(name: keyName) else { throw .unknownKey(keyName) }
            keys.append(key)
        }
        bindings[index].keys = keys
    }

    /// A key that two bindings of one context had: `loser` no longer has it.
    public struct Clash: Equatable, Sendable {
        public var key: Key
        public var winner: String
        public var loser: String
    }

    /// Leaves each key to one binding per context: bindings named in `preferred` first (in its
    /// order: a config file's, as written), then the others. A key listed twice in one binding
    /// is kept once and reported as a clash with itself.
    public mutating func resolveClashes(preferring preferred: [String]) -> [Clash] {
        var clashes: [Clash] = []
        let rank = { (binding: KeyBinding) in preferred.firstIndex(of: binding.qualifiedName) ?? preferred.count }
        for context in KeyContext.allCases {
            let order = bindings.indices.filter { bindings[$0].context == context }
                .sorted { (rank(bindings[$0]), $0) < (rank(bindings[$1]), $1) }
            var owner: [Key: String] = [:]
            for index in order {
                let name = bindings[index].qualifiedName
                bindings[index].keys = bindings[index].keys.filter { key in
                    guard let winner = owner[key] else {
                        owner[key] = name
                        return true
                    }
                    clashes.append(Clash(key: key, winner: winner, loser: name))
                    return false
                }
            }
        }
        return clashes
    }

    /// The key list as a Markdown table per context, for README.md.
    public var markdown: String {
        var text = ""
        for context in KeyContext.allCases {
            let rows = bindings.filter { $0.context == context }
            guard !rows.isEmpty else { continue }
            text += "\n### \(context.title)\n\n| Keys | Action | Config name |\n|---|---|---|\n"
            for row in rows {
                let keys = row.keys.map { "`\($0.name == "`" ? "` ` `" : $0.name)`" }.joined(separator: " ")
                text += "| \(keys) | \(row.summary) | `\(row.qualifiedName)` |\n"
            }
        }
        return text
    }
}
