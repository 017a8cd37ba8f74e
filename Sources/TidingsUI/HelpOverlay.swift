/// `?`: every binding of the keymap, by context, in the place of the panes (their box and
/// borders), descriptions wrapped to the width, with the lines below or above it counted in
/// its bottom border.
enum HelpOverlay {
    /// One line of the help: a heading (no keys), a binding's first line (its keys), or the rest
    /// of its description (empty keys).
    struct Line: Equatable {
        var keys: String?
        var text: String
    }

    /// Columns for the keys; descriptions start after them.
    static func keyWidth(_ inner: Int) -> Int { min(16, inner / 3) }

    /// The help's lines for content `width` columns wide.
    static func lines(_ keymap: Keymap, width: Int) -> [Line] {
        var lines: [Line] = []
        let keyWidth = keyWidth(width)
        for context in KeyContext.allCases {
            let rows = keymap.bindings.filter { $0.context == context }
            guard !rows.isEmpty else { continue }
            if !lines.isEmpty { lines.append(Line(keys: "", text: "")) }
            lines.append(Line(keys: nil, text: context.title))
            for binding in rows {
                let parts = wrap(binding.summary, width: max(1, width - keyWidth - 1))
                lines.append(Line(keys: binding.keyNames, text: parts[0]))
                lines += parts.dropFirst().map { Line(keys: "", text: $0) }
            }
        }
        return lines
    }

    /// Words in lines of at most `width` columns; a word longer than that alone on its line.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ").map(String.init) {
            if line.isEmpty {
                line = word
            } else if CellWidth.of(line) + 1 + CellWidth.of(word) <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = word
            }
        }
        return lines + [line]
    }

    /// Where the help goes: the panes' box when there is one, else a box of its own.
    static func box(_ state: AppState, rows: Int) -> OverlayBox? {
        if let box = state.layout.box {
            return OverlayBox(x: 0, y: box.top, width: state.width, height: box.bottom - box.top + 1)
        }
        return OverlayBox(grid: Grid(width: state.width, height: state.height), maxWidth: state.width, rows: rows)
    }

    /// The help's lines as shown now, and how many rows show them.
    static func shown(_ state: AppState) -> (lines: [Line], rows: Int)? {
        guard let width = box(state, rows: 1)?.inner.width else { return nil }
        let lines = lines(state.keymap, width: width)
        guard let box = box(state, rows: lines.count) else { return nil }
        return (lines, box.inner.height)
    }

    /// The first line shown when the help is scrolled to its end.
    static func lastTop(_ state: AppState) -> Int {
        guard let (lines, rows) = shown(state) else { return 0 }
        return max(0, lines.count - max(1, rows))
    }

    static func draw(_ state: AppState, into grid: inout Grid) {
        guard let (lines, rows) = shown(state), let box = box(state, rows: lines.count) else { return }
        box.draw(title: "Keys · j/k scroll · q closes", into: &grid)
        let inner = box.inner
        let top = max(0, min(state.helpTop, lines.count - rows))
        let keyWidth = keyWidth(inner.width)
        for (n, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            let row = inner.y + n
            guard let keys = line.keys else {
                Screen.write(line.text, into: &grid, row: row, column: inner.x, width: inner.width, role: .timelineHeader)
                continue
            }
            Screen.write(keys, into: &grid, row: row, column: inner.x, width: keyWidth, role: .helpKey)
            Screen.write(line.text, into: &grid, row: row, column: inner.x + keyWidth + 1,
                         width: inner.width - keyWidth - 1, role: .normal)
        }
        // More below or above: say so where the eye ends, in the bottom border.
        let below = lines.count - top - rows
        guard below > 0 || top > 0 else { return }
        let sign = " " + (top > 0 ? "↑ " : "") + "\(top + 1)-\(top + min(rows, lines.count)) of \(lines.count)"
            + (below > 0 ? " ↓ \(below) more" : "") + " "
        let width = CellWidth.of(sign)
        guard width + 4 <= box.width else { return }
        grid.write(sign, row: box.y + box.height - 1, column: box.x + box.width - width - 2, limit: width, role: .paneTitleFocused)
    }
}
