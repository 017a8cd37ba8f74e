/// The screen as rows of cells: what TidingsUI renders and a backend paints.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = Cell()) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Puts one cell, keeping wide characters whole: a half that loses its other half becomes
    /// a space.
    public mutating func put(_ cell: Cell, row: Int, column: Int) {
        guard row >= 0, row < height, column >= 0, column < width else { return }
        let index = row * width + column
        if cells[index].isContinuation, column > 0 {
            cells[index - 1].scalar = " "
        }
        if column + 1 < width, cells[index + 1].isContinuation, !cell.isContinuation {
            cells[index + 1].scalar = " "
        }
        cells[index] = cell
    }

    /// Writes text from `column`, in at most `limit` columns; returns the columns used.
    /// A cell holds one scalar: a combining mark joins the character before it when Unicode
    /// has the two as one (e and U+0301 make é), other zero-width scalars are dropped; a wide
    /// character that does not fit ends the text.
    @discardableResult
    public mutating func write<S: Sequence>(_ text: S, row: Int, column: Int, limit: Int, role: StyleRole) -> Int
    where S.Element == Unicode.Scalar {
        var used = 0
        for scalar in text {
            let width = CellWidth.of(scalar)
            if width == 0 {
                compose(scalar, row: row, column: column + used - 1)
                continue
            }
            if used + width > limit { break }
            put(Cell(scalar, role: role), row: row, column: column + used)
            if width == 2 { put(Cell(Cell.continuationScalar, role: role), row: row, column: column + used + 1) }
            used += width
        }
        return used
    }

    /// Joins a combining mark to the cell's character when they compose into one scalar.
    private mutating func compose(_ mark: Unicode.Scalar, row: Int, column: Int) {
        guard row >= 0, row < height, column >= 0, column < width,
              let composed = Cell.composed(self[row, column].scalar, mark) else { return }
        cells[row * width + column].scalar = composed
    }

    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, limit: Int, role: StyleRole) -> Int {
        write(text.unicodeScalars, row: row, column: column, limit: limit, role: role)
    }

    /// Fills `count` columns of a row with one scalar.
    public mutating func fill(row: Int, column: Int, count: Int, scalar: Unicode.Scalar = " ", role: StyleRole) {
        guard count > 0 else { return }
        for c in column..<column + count { put(Cell(scalar, role: role), row: row, column: c) }
    }

    /// Changes the style of cells already written.
    public mutating func restyle(row: Int, column: Int, count: Int, role: StyleRole) {
        guard row >= 0, row < height, count > 0 else { return }
        for c in max(0, column)..<min(width, column + count) { cells[row * width + c].style = role.rawValue }
    }

    /// The characters, one line per row, trailing spaces removed.
    public var text: String {
        var lines: [String] = []
        for row in 0..<height {
            var line = String.UnicodeScalarView()
            for column in 0..<width where !self[row, column].isContinuation {
                line.append(self[row, column].scalar)
            }
            var string = String(line)
            while string.last == " " { string.removeLast() }
            lines.append(string)
        }
        return lines.joined(separator: "\n")
    }

    /// The style of each cell as a letter (`StyleRole.code`), one line per row.
    public var styleText: String {
        var lines: [String] = []
        for row in 0..<height {
            var line = ""
            for column in 0..<width { line.append(self[row, column].role.code) }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
