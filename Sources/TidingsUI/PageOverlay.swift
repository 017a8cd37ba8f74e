import TidingsKit

/// A page shown in the place of the panes (their box and borders): the help (`?`) or the
/// session's messages (`m`).
public enum Page: Sendable {
    case help, messages
}

/// Draws a page: lines wrapped to the width, scrolled by `pageTop`, with the lines below or
/// above counted in its bottom border.
enum PageOverlay {
    /// One line of a page: a binding's first line (its keys) or the rest of its description
    /// (empty keys), or a line without a key column (nil keys): a heading or a message.
    struct Line: Equatable {
        var keys: String?
        var text: String
        var role: StyleRole = .normal
    }

    /// Columns for the keys; descriptions start after them.
    static func keyWidth(_ inner: Int) -> Int { min(16, inner / 3) }

    /// The help: every binding of the keymap, by context, for content `width` columns wide.
    static func helpLines(_ keymap: Keymap, width: Int) -> [Line] {
        var lines: [Line] = []
        let keyWidth = keyWidth(width)
        for context in KeyContext.allCases {
            let rows = keymap.bindings.filter { $0.context == context }
            guard !rows.isEmpty else { continue }
            if !lines.isEmpty { lines.append(Line(keys: "", text: "")) }
            lines.append(Line(keys: nil, text: context.title, role: .timelineHeader))
            for binding in rows {
                let parts = wrap(binding.summary, width: max(1, width - keyWidth - 1))
                lines.append(Line(keys: binding.keyNames, text: parts[0]))
                lines += parts.dropFirst().map { Line(keys: "", text: $0) }
            }
        }
        return lines
    }

    /// The messages of the session, oldest first, warnings in their style.
    static func messageLines(_ log: [StatusMessage], width: Int) -> [Line] {
        guard !log.isEmpty else { return [Line(keys: nil, text: "No messages yet.", role: .meta)] }
        return log.flatMap { message in
            wrap(Visible.text(message.text), width: max(1, width)).map {
                Line(keys: nil, text: $0, role: message.isWarning ? .unread : .normal)
            }
        }
    }

    /// Words in lines of at most `width` columns; a longer word is cut into pieces that fit.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ").map(String.init) {
            var word = word
            while CellWidth.of(word) > width {
                if !line.isEmpty { lines.append(line) }
                var piece = String.UnicodeScalarView()
                for scalar in word.unicodeScalars where CellWidth.of(String(piece)) + CellWidth.of(scalar) <= width {
                    piece.append(scalar)
                }
                guard !piece.isEmpty else { break }
                lines.append(String(piece))
                line = ""
                word = String(word.unicodeScalars.dropFirst(piece.count))
            }
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

    /// Where a page goes: the panes' box when there is one, else a box of its own.
    static func box(_ state: AppState, rows: Int) -> OverlayBox? {
        if let box = state.layout.box {
            return OverlayBox(x: 0, y: box.top, width: state.width, height: box.bottom - box.top + 1)
        }
        return OverlayBox(grid: Grid(width: state.width, height: state.height), maxWidth: state.width, rows: rows)
    }

    /// The lines of the page shown now (or of `page`), and how many rows show them.
    static func shown(_ state: AppState, page: Page? = nil) -> (lines: [Line], rows: Int)? {
        guard let page = page ?? state.page, let width = box(state, rows: 1)?.inner.width else { return nil }
        let lines = page == .help ? helpLines(state.keymap, width: width) : messageLines(state.messageLog, width: width)
        guard let box = box(state, rows: lines.count) else { return nil }
        return (lines, box.inner.height)
    }

    /// The first line shown when the page (the one shown, or `page`) is scrolled to its end.
    static func lastTop(_ state: AppState, page: Page? = nil) -> Int {
        guard let (lines, rows) = shown(state, page: page) else { return 0 }
        return max(0, lines.count - max(1, rows))
    }

    static func draw(_ state: AppState, into grid: inout Grid) {
        guard let page = state.page, let (lines, rows) = shown(state), let box = box(state, rows: lines.count) else { return }
        box.draw(title: (page == .help ? "Keys" : "Messages") + " · j/k scroll · q closes", into: &grid)
        let inner = box.inner
        let top = max(0, min(state.pageTop, lines.count - rows))
        let keyWidth = keyWidth(inner.width)
        for (n, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            let row = inner.y + n
            guard let keys = line.keys else {
                Screen.write(line.text, into: &grid, row: row, column: inner.x, width: inner.width, role: line.role)
                continue
            }
            Screen.write(keys, into: &grid, row: row, column: inner.x, width: keyWidth, role: .helpKey)
            Screen.write(line.text, into: &grid, row: row, column: inner.x + keyWidth + 1,
                         width: inner.width - keyWidth - 1, role: line.role)
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
