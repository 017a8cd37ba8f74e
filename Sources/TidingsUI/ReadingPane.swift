import TidingsKit

/// The open article: laid-out lines, with the focused mark and search matches drawn over them.
enum ReadingPane {
    static func textWidth(_ paneWidth: Int) -> Int { paneWidth >= 20 ? paneWidth - 2 : max(1, paneWidth) }
    /// What a folder without articles needs: where they go, which files are read, and the demo.
    static func emptyFolderNote(_ folder: String) -> String {
        let extensions = FolderScanner.extensions.sorted().map { "." + $0 }.joined(separator: " ")
        return "Put articles in \(folder) (also in folders below it): text files named \(extensions) or"
            + " without an extension. They show here as they arrive. To see Tidings at work first, run"
            + " tidings demo."
    }

    static func draw(_ state: AppState, frame: PaneFrame, into grid: inout Grid) {
        guard let reading = state.reading else {
            let text = !state.loaded ? "Loading…" : state.summaries.isEmpty ? emptyFolderNote(state.folderLabel)
                : "Select an article and press Enter."
            Screen.writeWrapped(text, into: &grid, row: frame.y, column: frame.x + 1, width: frame.width - 2,
                                rows: frame.height, role: .meta)
            return
        }
        let document = reading.document
        let margin = frame.width >= 20 ? 1 : 0
        let width = textWidth(frame.width)
        let focused = reading.focusedMark.map { $0.start..<$0.end }
        let current = reading.matches[safe: reading.match]
        for line in 0..<frame.height {
            let index = reading.top + line
            guard index < document.lines.count else { break }
            let cells = document.lines[index].cells
            let offsets = document.lines[index].offsets
            for (column, cell) in cells.enumerated() where column < width {
                var cell = cell
                if !offsets.isEmpty, offsets[column] >= 0 {
                    let offset = Int(offsets[column])
                    if focused?.contains(offset) == true || current?.contains(offset) == true {
                        cell.style = StyleRole.focusedMark.rawValue
                    } else if !reading.matches.isEmpty, reading.matches.contains(where: { $0.contains(offset) }) {
                        cell.style = StyleRole.searchMatch.rawValue
                    }
                }
                // A wide character cut by the pane's edge is not drawn.
                if cell.isContinuation, column == 0 { continue }
                if column + 1 == width, column + 1 < cells.count, cells[column + 1].isContinuation { continue }
                grid.put(cell, row: frame.y + line, column: frame.x + margin + column)
            }
        }
    }
}
