import TidingsKit

/// Draws the reader: the title line, the panes in their box, the status line and overlays.
public enum Screen {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        let layout = state.layout
        if let row = layout.titleRow { drawTitle(state, into: &grid, row: row) }
        if let box = layout.box { drawBox(layout, box: box, state: state, into: &grid) }
        for frame in layout.frames {
            switch frame.pane {
            case .list: ListPane.draw(state, frame: frame, into: &grid)
            case .reading:
                if let view = state.entityView { EntityPane.draw(view, state: state, frame: frame, into: &grid) }
                else { ReadingPane.draw(state, frame: frame, into: &grid) }
            case .timeline: TimelinePane.draw(state, frame: frame, into: &grid)
            }
        }
        if let row = layout.statusRow { drawStatus(state, into: &grid, row: row) }
        if state.page != nil { PageOverlay.draw(state, into: &grid) }
        if let picker = state.linkPicker { LinkPickerOverlay.draw(picker, state: state, into: &grid) }
        if let top = state.problemsTop { ProblemsOverlay.draw(state, top: top, into: &grid) }
        return grid
    }

    /// Writes text cut to a width, with `…` when it does not fit.
    @discardableResult
    static func write(_ text: String, into grid: inout Grid, row: Int, column: Int, width: Int, role: StyleRole) -> Int {
        guard width > 0 else { return 0 }
        if CellWidth.of(text) <= width {
            return grid.write(text, row: row, column: column, limit: width, role: role)
        }
        let used = grid.write(text, row: row, column: column, limit: width - 1, role: role)
        grid.write("…", row: row, column: column + used, limit: 1, role: role)
        return used + 1
    }

    /// Writes text word-wrapped into `rows` rows from `row`; words wider than the width are cut.
    /// Returns the rows used.
    @discardableResult
    static func writeWrapped(_ text: String, into grid: inout Grid, row: Int, column: Int, width: Int, rows: Int,
                             role: StyleRole) -> Int {
        guard width > 0, rows > 0 else { return 0 }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, CellWidth.of(line) + 1 + CellWidth.of(String(word)) > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        for (n, text) in lines.prefix(rows).enumerated() {
            write(text, into: &grid, row: row + n, column: column, width: width, role: role)
        }
        return min(rows, lines.count)
    }

    static func drawTitle(_ state: AppState, into grid: inout Grid, row: Int) {
        grid.fill(row: row, column: 0, count: grid.width, role: .title)
        var parts = ["Tidings", state.folderLabel]
        if state.loaded {
            parts.append(counted(state.summaries.count, "article"))
            if state.unreadCount > 0 { parts.append("\(state.unreadCount) unread") }
        } else {
            parts.append("loading…")
        }
        let help = keyName(state, .help, .global) + " help "
        let room = grid.width - CellWidth.of(help) - 2
        write(" " + parts.joined(separator: " · "), into: &grid, row: row, column: 0, width: max(0, room), role: .title)
        if room > 10 { grid.write(help, row: row, column: grid.width - CellWidth.of(help), limit: CellWidth.of(help), role: .title) }
    }

    static func keyName(_ state: AppState, _ action: Action, _ context: KeyContext) -> String {
        state.keymap.key(for: action, in: context)?.name ?? "?"
    }

    /// The focused pane's most useful keys, from the keymap, most useful first.
    static func hints(_ state: AppState) -> [String] {
        func pair(_ a: Action, _ b: Action, _ context: KeyContext, _ label: String) -> String {
            keyName(state, a, context) + "/" + keyName(state, b, context) + " " + label
        }
        func one(_ a: Action, _ context: KeyContext, _ label: String) -> String {
            keyName(state, a, context) + " " + label
        }
        // A page (help, messages) takes every key: its own hints.
        if state.page != nil {
            return [pair(.down, .up, .global, "scroll"), pair(.top, .bottom, .global, "ends"), one(.quit, .global, "close")]
        }
        var items: [String]
        switch state.focus {
        case .list:
            items = [pair(.down, .up, .list, "move"), one(.open, .list, "open"), one(.nextPane, .list, "pane"),
                     one(.search, .list, "search"), one(.filter, .list, "filter")]
        case .reading where state.entityView != nil:
            items = [pair(.down, .up, .entity, "move"), one(.open, .entity, "open"), one(.back, .entity, "back"),
                     one(.close, .entity, "close")]
        case .reading:
            items = [pair(.down, .up, .reading, "scroll"), pair(.nextDate, .previousDate, .reading, "date"),
                     pair(.nextEntity, .previousEntity, .reading, "entity"), one(.open, .reading, "open"),
                     one(.nextPane, .reading, "pane"), one(.search, .reading, "search")]
        case .timeline:
            items = [pair(.down, .up, .timeline, "move"), pair(.nextLink, .previousLink, .timeline, "linked"),
                     one(.links, .timeline, "links"), one(.open, .timeline, "open"),
                     one(.scope, .timeline, "scope"), one(.zoom, .timeline, "zoom")]
            // On a happening several articles report: how to see its reports.
            if state.timeline.selectedHappening != nil {
                items.insert(pair(.openHappening, .foldHappening, .timeline, "reports"), at: 1)
            }
        }
        items.append(one(.help, .global, "help"))
        return items
    }

    /// As many whole hints as fit in `width` columns, the least useful dropped first: a hint cut
    /// in the middle ("Ent…") tells nothing.
    static func fittedHints(_ hints: [String], width: Int) -> String {
        var shown = hints
        while !shown.isEmpty, CellWidth.of(" " + shown.joined(separator: " · ")) > width { shown.removeLast() }
        return shown.isEmpty ? "" : " " + shown.joined(separator: " · ")
    }

    static func drawStatus(_ state: AppState, into grid: inout Grid, row: Int) {
        grid.fill(row: row, column: 0, count: grid.width, role: .status)
        if let prompt = state.prompt {
            let text = " " + prompt.label + prompt.text
            let shown = CellWidth.of(text) + 1 > grid.width
                ? String(String.UnicodeScalarView(text.unicodeScalars.suffix(max(0, grid.width - 1)))) : text
            let used = grid.write(shown, row: row, column: 0, limit: grid.width, role: .prompt)
            grid.write("▏", row: row, column: used, limit: 1, role: .prompt)
            if let choices = prompt.choices {
                write(choices, into: &grid, row: row, column: used + 3, width: grid.width - used - 3, role: .status)
            }
            return
        }
        var messageWidth = 0
        if let message = state.message {
            let text = Visible.text(message.text) + " "
            messageWidth = min(CellWidth.of(text), max(0, grid.width * 2 / 3))
            write(text, into: &grid, row: row, column: grid.width - messageWidth, width: messageWidth,
                  role: message.isWarning ? .statusWarning : .statusMessage)
        }
        let room = max(0, grid.width - messageWidth - 1)
        grid.write(fittedHints(hints(state), width: room), row: row, column: 0, limit: room, role: .status)
    }

    static func paneTitle(_ state: AppState, _ pane: Pane) -> String {
        switch pane {
        case .list:
            return "Articles" + (state.list.filter.map { " · " + $0.label } ?? "")
        case .reading:
            if let view = state.entityView { return "Entity · " + view.entity.name }
            guard let reading = state.reading else { return "Reading" }
            return (reading.deleted ? "deleted · " : "") + Visible.text(reading.document.entry.article.title)
        case .timeline:
            var title = "Timeline · " + state.scopeLabel
            if state.timeline.zoom != .day { title += " · by " + state.timeline.zoom.rawValue }
            return title
        }
    }

    static func drawBox(_ layout: Layout, box: (top: Int, bottom: Int), state: AppState, into grid: inout Grid) {
        let frames = layout.frames
        guard let first = frames.first, let last = frames.last else { return }
        // The focused pane last, so the borders it shares take its style.
        for frame in frames.filter({ $0.pane != state.focus }) + frames.filter({ $0.pane == state.focus }) {
            let focused = frame.pane == state.focus && frames.count > 1
            let role: StyleRole = focused ? .borderFocused : .border
            grid.fill(row: box.top, column: frame.x, count: frame.width, scalar: "─", role: role)
            grid.fill(row: box.bottom, column: frame.x, count: frame.width, scalar: "─", role: role)
            for row in box.top + 1..<box.bottom {
                grid.put(Cell("│", role: role), row: row, column: frame.x - 1)
                grid.put(Cell("│", role: role), row: row, column: frame.x + frame.width)
            }
            let title = " " + paneTitle(state, frame.pane) + " "
            write(title, into: &grid, row: box.top, column: frame.x, width: max(0, frame.width - 1),
                  role: focused || frames.count == 1 ? .paneTitleFocused : .paneTitle)
        }
        func corner(_ scalar: Unicode.Scalar, _ row: Int, _ column: Int, _ panes: [Pane]) {
            let focused = frames.count > 1 && panes.contains(state.focus)
            grid.put(Cell(scalar, role: focused ? .borderFocused : .border), row: row, column: column)
        }
        corner("┌", box.top, first.x - 1, [first.pane])
        corner("└", box.bottom, first.x - 1, [first.pane])
        corner("┐", box.top, last.x + last.width, [last.pane])
        corner("┘", box.bottom, last.x + last.width, [last.pane])
        for (left, right) in zip(frames, frames.dropFirst()) {
            corner("┬", box.top, right.x - 1, [left.pane, right.pane])
            corner("┴", box.bottom, right.x - 1, [left.pane, right.pane])
        }
    }
}
