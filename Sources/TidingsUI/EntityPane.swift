import TidingsKit

/// The entity view drawn in the reading pane's place.
enum EntityPane {
    static func draw(_ view: EntityView, state: AppState, frame: PaneFrame, into grid: inout Grid) {
        let x = frame.x + 1
        let width = frame.width - 1
        var row = frame.y
        let bottom = frame.y + frame.height
        guard row < bottom else { return }
        var column = x + Screen.write(view.entity.name, into: &grid, row: row, column: x, width: width,
                                      role: StyleRole.of(view.entity.type))
        let count = view.articles.count
        Screen.write(" · \(view.entity.type.rawValue) · " + counted(count, "article"), into: &grid, row: row,
                     column: column, width: x + width - column, role: .meta)
        row += 2
        guard row < bottom else { return }
        Screen.write("Mentioned in", into: &grid, row: row, column: x, width: width, role: .timelineHeader)
        row += 1
        let listRows = max(1, min(count, bottom - row - 3))
        for line in 0..<listRows where row < bottom {
            let index = view.top + line
            guard let path = view.articles[safe: index], let summary = state.summary(path: path) else { break }
            let selected = index == view.selected
            let role: StyleRole = selected ? (state.focus == .reading ? .selection : .selectionInactive) : .normal
            if selected { grid.fill(row: row, column: frame.x, count: frame.width, role: role) }
            grid.put(Cell(selected ? "▶" : " ", role: role), row: row, column: frame.x)
            column = x + Screen.write(ListPane.dateColumn(summary), into: &grid, row: row, column: x, width: width,
                                      role: selected ? role : .listDate)
            Screen.write(Visible.text(summary.title), into: &grid, row: row, column: column, width: x + width - column, role: role)
            row += 1
        }
        row += 1
        guard row < bottom, !view.companions.isEmpty else { return }
        Screen.write("Appears with", into: &grid, row: row, column: x, width: width, role: .timelineHeader)
        row += 1
        column = x
        for (index, (entity, shared)) in view.companions.enumerated() {
            let name = entity.name
            let tally = " \(shared)"
            let needed = CellWidth.of(name) + CellWidth.of(tally) + 3
            if column > x, column + needed > x + width {
                row += 1
                column = x
            }
            guard row < bottom else { return }
            let selected = view.selected == view.articles.count + index
            let nameRole: StyleRole = selected ? (state.focus == .reading ? .selection : .selectionInactive) : StyleRole.of(entity.type)
            column += Screen.write(name, into: &grid, row: row, column: column, width: x + width - column, role: nameRole)
            column += Screen.write(tally + "   ", into: &grid, row: row, column: column, width: x + width - column, role: .meta)
        }
    }
}
