import TidingsKit

/// The article list: unread mark, date, source on wide panes, title.
enum ListPane {
    /// An article's date in a list's date column: as precise as it is known (`2023-06` for an
    /// article dated by month), padded so the titles after it stay aligned.
    static func dateColumn(_ summary: ArticleSummary) -> String {
        let text = summary.dateText
        return text + String(repeating: " ", count: max(0, 10 - text.count)) + " "
    }

    static func draw(_ state: AppState, frame: PaneFrame, into grid: inout Grid) {
        let list = state.list
        guard !list.rows.isEmpty else {
            let text = !state.loaded ? "Loading…" : list.filter != nil ? "No article matches the filter."
                : "No articles in \(state.folderLabel) yet."
            Screen.write(text, into: &grid, row: frame.y, column: frame.x + 1, width: frame.width - 1, role: .meta)
            return
        }
        let matches = Set(list.matches)
        let showSource = frame.width >= 60
        for line in 0..<frame.height {
            let index = list.top + line
            guard index < list.rows.count else { break }
            let summary = state.summaries[list.rows[index]]
            let row = frame.y + line
            let selected = index == list.selected
            let rowRole: StyleRole = selected ? (state.focus == .list ? .selection : .selectionInactive) : .normal
            if selected { grid.fill(row: row, column: frame.x, count: frame.width, role: rowRole) }
            let unread = !state.isRead(summary.path)
            let mark: Unicode.Scalar = selected && state.focus == .list ? "▶" : unread ? "●" : " "
            grid.put(Cell(mark, role: selected ? rowRole : .unread), row: row, column: frame.x)
            var column = frame.x + 1
            let end = frame.x + frame.width
            column += Screen.write(Self.dateColumn(summary), into: &grid, row: row, column: column, width: end - column,
                                   role: selected ? rowRole : .listDate)
            if showSource {
                let source = Visible.text(summary.source ?? "")
                let sourceWidth = min(18, max(0, (end - column) / 4))
                Screen.write(source, into: &grid, row: row, column: column, width: sourceWidth, role: selected ? rowRole : .meta)
                column += sourceWidth + 1
            }
            let titleRole: StyleRole = selected ? rowRole : matches.contains(summary.path) ? .searchMatch : .normal
            Screen.write(Visible.text(summary.title), into: &grid, row: row, column: column, width: end - column, role: titleRole)
        }
    }
}
