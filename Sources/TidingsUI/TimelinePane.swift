import TidingsKit

/// The timeline: a density rail per month, then years, months and events.
enum TimelinePane {
    static let levels: [Unicode.Scalar] = ["▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func draw(_ state: AppState, frame: PaneFrame, into grid: inout Grid) {
        let timeline = state.timeline
        guard !timeline.rows.isEmpty else {
            let text: String
            switch (state.loaded, state.timelinePending, timeline.scope) {
            case (false, _, _): text = "Loading…"
            case (true, true, _): text = "Linking events…"
            case (true, false, .article): text = "No dated events in this article."
            case (true, false, .entity): text = "No dated events name this entity."
            case (true, false, .all): text = "No dated events yet."
            case (true, false, .story): text = "The story's event is gone."
            }
            Screen.write(text, into: &grid, row: frame.y, column: frame.x + 1, width: frame.width - 1, role: .meta)
            return
        }
        let columns = EventColumns(state, paneWidth: frame.width)
        let lines = state.timelineLines(count: frame.height - 1, columns: columns)
        let firstListed = lines.lazy.compactMap { if case .row(let index) = $0 { index } else { nil } }.first
        drawRail(timeline.rail, from: firstListed.map(timeline.year(ofRow:)), into: &grid, row: frame.y, x: frame.x + 1,
                 width: frame.width - 1)
        let linked = Set(timeline.links.map(\.event))
        for (n, line) in lines.enumerated() {
            let row = frame.y + 1 + n
            switch line {
            case .pinned(let index):
                Screen.write(timeline.label(ofRow: index), into: &grid, row: row, column: frame.x + 1, width: frame.width - 1,
                             role: .timelineHeader)
            case .row(let index):
                drawRow(index, state: state, selected: index == timeline.selected, linked: linked, columns: columns,
                        into: &grid, row: row, frame: frame)
            case .origin(let index):
                drawOrigin(index, state: state, into: &grid, row: row, frame: frame)
            case .linkHint:
                let next = state.keymap.key(for: .nextLink, in: .timeline)?.name ?? "]"
                let links = timeline.links.isEmpty ? nil : "\(timeline.links.count) linked"
                // What the rows do not say first (the date of an event finer or coarser than a
                // day, the source); the key to follow the links when there is room left.
                let (date, source) = state.selectedEventHint(columns)
                let text = [date, source, links].compactMap { $0 }.joined(separator: " · ")
                    + (source == nil && links != nil ? "  \(next) next" : "")
                Screen.write("↳ " + text, into: &grid, row: row, column: frame.x + 2, width: frame.width - 2,
                             role: .timelineLinked)
            }
        }
    }

    static func drawRow(_ index: Int, state: AppState, selected: Bool, linked: Set<String>, columns: EventColumns,
                        into grid: inout Grid, row y: Int, frame: PaneFrame) {
        let row = state.timeline.rows[index]
        let rowRole: StyleRole = selected ? (state.focus == .timeline ? .selection : .selectionInactive) : .normal
        if selected { grid.fill(row: y, column: frame.x, count: frame.width, role: rowRole) }
        if selected { grid.put(Cell("▶", role: rowRole), row: y, column: frame.x) }
        let x = frame.x + 1
        let width = frame.width - 1
        switch row {
        case .year, .month, .period:
            Screen.write(state.timeline.label(ofRow: index), into: &grid, row: y, column: x, width: width,
                         role: selected ? rowRole : .timelineHeader)
        case .event(let index):
            let event = state.timeline.events[Int(index)]
            let start = event.span.start
            let part = state.timeline.fold.part(of: index)
            // A report under its happening's row hangs from it in place of a day.
            let day: String
            if case .report(let last) = part { day = " " + (last ? "└" : "├") }
            else { day = event.span.isDay ? (start.day < 10 ? "0" : "") + String(start.day) : "  " }
            let marker = self.marker(of: event)
            var column = x + Screen.write(" " + day + " ", into: &grid, row: y, column: x, width: width, role: rowRole)
            let markerRole: StyleRole = selected ? rowRole : linked.contains(event.id) ? .timelineLinked : .timelineMarker
            column += Screen.write(marker + " ", into: &grid, row: y, column: column, width: x + width - column, role: markerRole)
            // A happening other articles report too: how many report it, on its row (in the source
            // column when there is one, so that the columns stay aligned).
            let reports = part.isReport ? 1 : state.corpusTimeline.reportCount(of: event.id)
            let sourceEnd = column + columns.source
            if reports > 1 {
                column += Screen.write("×\(reports) ", into: &grid, row: y, column: column, width: x + width - column,
                                       role: selected ? rowRole : .timelineLinked)
            }
            if columns.source > 0 {
                Screen.write(Visible.text(state.source(of: event) ?? ""), into: &grid, row: y, column: column,
                             width: min(sourceEnd - 1 - column, x + width - column), role: selected ? rowRole : .meta)
                column = sourceEnd
            }
            // A publication's text is its title: it takes the title's column too.
            if columns.title > 0, event.event.kind != .published {
                Screen.write(Visible.text(event.title), into: &grid, row: y, column: column,
                             width: min(columns.title - 1, x + width - column), role: selected ? rowRole : .title)
                column += columns.title
            }
            let text = Visible.text(state.eventText(event))
            Screen.write(text, into: &grid, row: y, column: column, width: x + width - column, role: rowRole)
        }
    }

    /// The line under an event in a pane too narrow for the source and title columns: where the
    /// event comes from, its source and its article's title (a publication's row is its title:
    /// its source alone, or its file's name when it has none), dimmed under the event's text.
    static func drawOrigin(_ index: Int, state: AppState, into grid: inout Grid, row y: Int, frame: PaneFrame) {
        guard case .event(let position) = state.timeline.rows[index] else { return }
        let event = state.timeline.events[Int(position)]
        let selected = index == state.timeline.selected
        let role: StyleRole = selected ? (state.focus == .timeline ? .selection : .selectionInactive) : .meta
        if selected { grid.fill(row: y, column: frame.x, count: frame.width, role: role) }
        var source = state.source(of: event).map(Visible.text)
        // A folded happening's row names its first report's source and how many others report it.
        if case .folded(let happening) = state.timeline.fold.part(of: position), happening.articles > 1 {
            source = (source ?? "") + " + \(happening.articles - 1) more"
        }
        let text = event.event.kind == .published
            ? source ?? Visible.text(String(event.path.split(separator: "/").last ?? ""))
            : [source, Visible.text(event.title)].compactMap { $0 }.joined(separator: " · ")
        Screen.write(text, into: &grid, row: y, column: frame.x + 7, width: frame.width - 7, role: role)
    }

    /// Columns of an event row after its day and marker, as wide as the pane allows: the
    /// article's source from 40 columns of text, and its title too when the timeline fills the
    /// screen or is as wide; each with a blank column after it. Narrower, a line under each
    /// event says where it comes from (`origin`).
    struct EventColumns {
        var source = 0
        var title = 0
        var origin = false

        /// Lines an event takes.
        var eventLines: Int { origin ? 2 : 1 }
        /// Whether every event's row names its source.
        var namesSource: Bool { source > 0 || origin }

        init(_ state: AppState, paneWidth: Int) {
            let text = paneWidth - 7
            guard text >= 40 else {
                origin = text >= 18
                return
            }
            source = min(17, text / 5)
            if state.maximized || text >= 80 { title = min(37, text / 4) }
        }
    }

    /// `○` an article's publication, `◆` an event on a day, `◇` a coarser one.
    static func marker(of event: TimelineEvent) -> String {
        event.event.kind == .published ? "○" : event.span.isDay ? "◆" : "◇"
    }

    /// `2023 ▁▁▁▁▁▁▁▁▁▂▇  2024 ▃▁`, one block per month: from the year of the first row in view
    /// (so the rail follows the scroll), then the years after it and before it as they fit.
    static func drawRail(_ rail: [(year: Int, months: [Int])], from year: Int?, into grid: inout Grid,
                         row: Int, x: Int, width: Int) {
        guard !rail.isEmpty, width > 0 else { return }
        let peak = rail.flatMap(\.months).max() ?? 0
        func cells(_ position: Int) -> [Cell] {
            let entry = rail[position]
            let months = position == rail.count - 1 ? Array(entry.months.prefix((entry.months.lastIndex { $0 > 0 } ?? 0) + 1))
                                                    : entry.months
            var cells = (String(entry.year) + " ").unicodeScalars.map { Cell($0, role: .timelineHeader) }
            for count in months {
                if count == 0 { cells.append(Cell("▁", role: .border)); continue }
                let level = min(levels.count - 1, (count * levels.count - 1) / max(1, peak))
                cells.append(Cell(levels[level], role: .timelineRail))
            }
            return cells
        }
        // Where the view starts: its first year on the rail, or the nearest after it.
        let first = year.flatMap { year in rail.firstIndex { $0.year >= year } } ?? rail.count - 1
        var pieces: [[Cell]] = []
        var used = 0
        func fit(_ position: Int, before: Bool) -> Bool {
            let piece = cells(position)
            let needed = piece.count + (pieces.isEmpty ? 0 : 2)
            guard used + needed <= width else { return false }
            if before { pieces.insert(piece, at: 0) } else { pieces.append(piece) }
            used += needed
            return true
        }
        var after = first
        while after < rail.count, fit(after, before: false) { after += 1 }
        var before = first - 1
        while before >= 0, fit(before, before: true) { before -= 1 }
        var column = x
        for (n, cells) in pieces.enumerated() {
            if n > 0 { column += 2 }
            for cell in cells {
                grid.put(cell, row: row, column: column)
                column += 1
            }
        }
    }
}
