import TidingsKit

/// A box drawn over the panes, centered.
struct OverlayBox {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    /// Content columns and rows inside the border.
    var inner: (x: Int, y: Int, width: Int, height: Int) { (x + 2, y + 1, width - 4, height - 2) }

    init(x: Int, y: Int, width: Int, height: Int) {
        (self.x, self.y, self.width, self.height) = (x, y, width, height)
    }

    init?(grid: Grid, maxWidth: Int, rows: Int) {
        width = min(grid.width - 2, maxWidth)
        height = min(grid.height - 2, rows + 2)
        guard width >= 8, height >= 3 else { return nil }
        x = (grid.width - width) / 2
        y = max(0, (grid.height - height) / 2)
    }

    func draw(title: String, into grid: inout Grid) {
        for row in y..<y + height {
            grid.fill(row: row, column: x, count: width, role: .normal)
            grid.put(Cell("│", role: .borderFocused), row: row, column: x)
            grid.put(Cell("│", role: .borderFocused), row: row, column: x + width - 1)
        }
        grid.fill(row: y, column: x, count: width, scalar: "─", role: .borderFocused)
        grid.fill(row: y + height - 1, column: x, count: width, scalar: "─", role: .borderFocused)
        grid.put(Cell("┌", role: .borderFocused), row: y, column: x)
        grid.put(Cell("┐", role: .borderFocused), row: y, column: x + width - 1)
        grid.put(Cell("└", role: .borderFocused), row: y + height - 1, column: x)
        grid.put(Cell("┘", role: .borderFocused), row: y + height - 1, column: x + width - 1)
        Screen.write(" " + title + " ", into: &grid, row: y, column: x + 1, width: width - 2, role: .paneTitleFocused)
    }
}

/// `L`: the selected event's links, the reports of its happening first (`≡`), in fixed columns:
/// the marker (`○` the linked article's publication, `◆`/`◇` a sentence's event), the date, what
/// the two share, the event's text.
enum LinkPickerOverlay {
    static func draw(_ picker: LinkPicker, state: AppState, into grid: inout Grid) {
        guard let box = OverlayBox(grid: grid, maxWidth: 96, rows: picker.entries.count) else { return }
        let reports = picker.entries.contains(where: \.sameHappening) ? "≡ same happening " : ""
        box.draw(title: "Linked events · \(reports)○ publication ◆ sentence · Enter go · Esc close", into: &grid)
        let inner = box.inner
        let dateWidth = min(picker.dateWidth, max(0, inner.width - 2))
        let sharedWidth = min(24, max(0, (inner.width - 2 - dateWidth - 2) / 3))
        let separator = " · "
        for (n, entry) in picker.entries.dropFirst(picker.top).prefix(inner.height).enumerated() {
            let row = inner.y + n
            let selected = picker.top + n == picker.selected
            let role: StyleRole = selected ? .selection : .normal
            if selected { grid.fill(row: row, column: inner.x, count: inner.width, role: role) }
            guard let event = state.corpusTimeline.event(id: entry.event) else { continue }
            let end = inner.x + inner.width
            var column = inner.x
            Screen.write(TimelinePane.marker(of: event) + " ", into: &grid, row: row, column: column, width: end - column,
                         role: selected ? role : .timelineMarker)
            column += 2
            Screen.write(TimexWords.words(event.event.value), into: &grid, row: row, column: column,
                         width: min(dateWidth, end - column), role: selected ? role : .date)
            column += dateWidth + 2
            Screen.write(reason(entry, from: picker.event, state: state), into: &grid, row: row, column: column,
                         width: min(sharedWidth, max(0, end - column)), role: selected ? role : .meta)
            column += sharedWidth
            column += Screen.write(separator, into: &grid, row: row, column: column, width: max(0, end - column),
                                   role: selected ? role : .border)
            Screen.write(Visible.text(state.eventText(event)), into: &grid, row: row, column: column,
                         width: max(0, end - column), role: role)
        }
    }

    /// What ties the event `from` to the entry's: the same happening, else the entities both
    /// name, else the words both say, else a "Read also" headline.
    static func reason(_ entry: LinkPicker.Entry, from: String, state: AppState) -> String {
        if entry.sameHappening { return "≡ same happening" }
        guard let link = entry.link else { return "" }
        let names = link.shared.compactMap { state.corpusTimeline.entity(id: $0)?.name }
        if !names.isEmpty { return names.joined(separator: ", ") }
        if !link.words.isEmpty {
            // A timeline that keeps no sentences gives the stem of a word its titles do not say:
            // the sentences read back give the word as written.
            let texts = [from, link.event].compactMap { state.corpusTimeline.event(id: $0) }.map(state.eventText)
            return link.words.map { word in texts.lazy.compactMap { ContentWords.surface(of: word, in: $0) }.first ?? word }
                .joined(separator: ", ")
        }
        return link.reasons.contains(.readAlso) ? "read also" : ""
    }
}
