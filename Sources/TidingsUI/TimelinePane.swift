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
            }
            Screen.write(text, into: &grid, row: frame.y, column: frame.x + 1, width: frame.width - 1, role: .meta)
            return
        }
        drawRail(timeline.rail, into: &grid, row: frame.y, x: frame.x + 1, width: frame.width - 1)
        let linked = Set(timeline.links.map(\.event))
        var line = 1
        var index = timeline.top
        while line < frame.height, index < timeline.rows.count {
            let row = frame.y + line
            let selected = index == timeline.selected
            drawRow(timeline.rows[index], state: state, selected: selected, linked: linked, into: &grid, row: row, frame: frame)
            line += 1
            if selected, case .event = timeline.rows[index], !timeline.links.isEmpty, line < frame.height {
                let next = state.keymap.key(for: .nextLink, in: .timeline)?.name ?? "]"
                let text = "↳ \(timeline.links.count) linked  \(next) next"
                Screen.write(text, into: &grid, row: frame.y + line, column: frame.x + 6, width: frame.width - 6,
                             role: .timelineLinked)
                line += 1
            }
            index += 1
        }
    }

    static func drawRow(_ row: TimelineRow, state: AppState, selected: Bool, linked: Set<String>, into grid: inout Grid,
                        row y: Int, frame: PaneFrame) {
        let rowRole: StyleRole = selected ? (state.focus == .timeline ? .selection : .selectionInactive) : .normal
        if selected { grid.fill(row: y, column: frame.x, count: frame.width, role: rowRole) }
        if selected { grid.put(Cell("▶", role: rowRole), row: y, column: frame.x) }
        let x = frame.x + 1
        let width = frame.width - 1
        func events(_ n: Int32) -> String { "  " + counted(Int(n), "event") }
        switch row {
        case .year(let year, let count):
            let text = String(year) + (state.timeline.zoom == .year ? events(count) : "")
            Screen.write(text, into: &grid, row: y, column: x, width: width, role: selected ? rowRole : .timelineHeader)
        case .month(let year, let month, let count):
            let text = TimelineState.monthName(Int(month)) + " " + String(year) + (state.timeline.zoom == .month ? events(count) : "")
            Screen.write(text, into: &grid, row: y, column: x, width: width, role: selected ? rowRole : .timelineHeader)
        case .event(let index):
            let event = state.timeline.events[Int(index)]
            let start = event.span.start
            let day = event.span.isDay ? (start.day < 10 ? "0" : "") + String(start.day) : "  "
            let marker: String = event.event.kind == .published ? "○" : event.span.isDay ? "◆" : "◇"
            var column = x + Screen.write(" " + day + " ", into: &grid, row: y, column: x, width: width, role: rowRole)
            let markerRole: StyleRole = selected ? rowRole : linked.contains(event.id) ? .timelineLinked : .timelineMarker
            column += Screen.write(marker + " ", into: &grid, row: y, column: column, width: x + width - column, role: markerRole)
            let text = Visible.text(state.eventText(event))
            Screen.write(text, into: &grid, row: y, column: column, width: x + width - column, role: rowRole)
        }
    }

    /// `2023 ▁▁▁▁▁▁▁▁▁▂▇  2024 ▃▁`: the most recent years that fit, one block per month.
    static func drawRail(_ rail: [(year: Int, months: [Int])], into grid: inout Grid, row: Int, x: Int, width: Int) {
        guard !rail.isEmpty, width > 0 else { return }
        let peak = rail.flatMap(\.months).max() ?? 0
        var pieces: [[Cell]] = []
        var used = 0
        for (position, entry) in rail.enumerated().reversed() {
            let months = position == rail.count - 1 ? Array(entry.months.prefix((entry.months.lastIndex { $0 > 0 } ?? 0) + 1))
                                                    : entry.months
            var cells = (String(entry.year) + " ").unicodeScalars.map { Cell($0, role: .timelineHeader) }
            for count in months {
                if count == 0 { cells.append(Cell("▁", role: .border)); continue }
                let level = min(levels.count - 1, (count * levels.count - 1) / max(1, peak))
                cells.append(Cell(levels[level], role: .timelineRail))
            }
            let needed = cells.count + (pieces.isEmpty ? 0 : 2)
            if used + needed > width { break }
            pieces.insert(cells, at: 0)
            used += needed
        }
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
