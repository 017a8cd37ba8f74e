import TidingsKit

/// `W`: the files that gave no article and the articles read with warnings, each path on its
/// line and why under it, as `tidings extract` would say.
enum ProblemsOverlay {
    /// The text, one line per entry: a heading, a path, or a reason (indented).
    static func lines(_ state: AppState) -> [(text: String, role: StyleRole)] {
        let warned = state.summaries.filter { !$0.warnings.isEmpty }
        let paths = state.skipped.map(\.path) + warned.map(\.path)
        let folder = commonFolder(paths)
        func shown(_ path: String) -> String { Visible.text(String(path.dropFirst(folder.count))) }
        guard !paths.isEmpty else { return [("Every file was read without a problem.", .meta)] }
        var lines: [(String, StyleRole)] = []
        if !state.skipped.isEmpty {
            lines.append(("Skipped: " + counted(state.skipped.count, "file"), .timelineHeader))
            for failure in state.skipped {
                lines += [(shown(failure.path), .normal), ("  " + failure.reason, .statusWarning)]
            }
        }
        if !warned.isEmpty {
            if !lines.isEmpty { lines.append(("", .normal)) }
            lines.append(("Read with warnings: " + counted(warned.count, "article"), .timelineHeader))
            for summary in warned {
                lines.append((shown(summary.path), .normal))
                lines += summary.warnings.map { ("  " + Visible.text($0), .statusWarning) }
            }
        }
        return lines
    }

    /// The folder all paths are in, with its trailing `/`, so that the list shows them below it.
    static func commonFolder(_ paths: [String]) -> String {
        guard let first = paths.first else { return "" }
        var common = first.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for path in paths.dropFirst() {
            let folders = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            common = common.prefix(zip(common, folders).prefix { $0 == $1 }.count)
        }
        return common.isEmpty ? "" : common.joined(separator: "/") + "/"
    }

    /// The first line shown when scrolled to the end.
    static func lastTop(_ state: AppState) -> Int {
        max(0, lines(state).count - max(1, state.height - 4))
    }

    static func draw(_ state: AppState, top: Int, into grid: inout Grid) {
        let lines = lines(state)
        guard let box = OverlayBox(grid: grid, maxWidth: 100, rows: lines.count) else { return }
        box.draw(title: "Files read with problems · j/k scroll · any other key closes", into: &grid)
        let inner = box.inner
        let first = max(0, min(top, lines.count - inner.height))
        for (n, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            Screen.write(line.text, into: &grid, row: inner.y + n, column: inner.x, width: inner.width, role: line.role)
        }
    }
}

extension AppState {
    /// Keys while the list of problems is open: scrolling moves it, anything else closes it.
    mutating func handleProblems(_ action: Action?) {
        guard let top = problemsTop else { return }
        let last = ProblemsOverlay.lastTop(self)
        let page = max(1, height - 6)
        switch action {
        case .down: problemsTop = min(last, top + 1)
        case .up: problemsTop = max(0, top - 1)
        case .pageDown: problemsTop = min(last, top + page)
        case .pageUp: problemsTop = max(0, top - page)
        case .top: problemsTop = 0
        case .bottom: problemsTop = last
        default: problemsTop = nil
        }
    }
}
