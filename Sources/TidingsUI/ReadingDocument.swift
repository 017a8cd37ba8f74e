import TidingsKit

/// A date, an entity mention or a "Read also" headline the reading pane can focus with `]`/`[`
/// and `}`/`{`.
public struct ReadingMark: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case time(TimeExpression)
        case entity(EntityMention)
        /// A "Read also" headline naming the article at `path`.
        case link(path: String)
    }

    public var kind: Kind
    public var start: Int
    public var end: Int

    public var isTime: Bool {
        if case .time = kind { return true }
        return false
    }
}

/// An article laid out for the reading pane at one width: a line of metadata, then the body
/// word-wrapped, each cell styled by what it shows and tied to its scalar offset.
public struct ReadingDocument: Sendable {
    public struct Line: Sendable {
        public var cells: [Cell]
        /// The scalar offset of each cell (-1 for cells that show no text of the article).
        public var offsets: [Int32]
    }

    public let entry: CorpusEntry
    public let width: Int
    public private(set) var lines: [Line] = []
    /// Dates and entity mentions in text order.
    public private(set) var marks: [ReadingMark] = []

    public var path: String { entry.article.path }

    /// `links`: the "Read also" headlines whose articles are in the folder, and their paths.
    public init(entry: CorpusEntry, width: Int, links: [(range: Range<Int>, path: String)] = []) {
        self.entry = entry
        self.width = max(1, width)
        // A linked headline is one mark: the names in it are not stopped at one by one.
        let linked = links.map(\.range)
        marks = (entry.analysis.times.map { ReadingMark(kind: .time($0), start: $0.start, end: $0.end) }
            + entry.analysis.entities.filter { mention in !linked.contains { $0.overlaps(mention.range) } }
                .map { ReadingMark(kind: .entity($0), start: $0.start, end: $0.end) }
            + links.map { ReadingMark(kind: .link(path: $0.path), start: $0.range.lowerBound, end: $0.range.upperBound) })
            .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var meta = ReadingDocument.metaCells(entry)
        if meta.count > self.width {
            meta = Array(meta.prefix(self.width - 1)) + [Cell("…", role: .meta)]
        }
        lines.append(Line(cells: meta, offsets: []))
        lines.append(Line(cells: [], offsets: []))
        layoutBody()
    }

    /// `2023-11-28 · Source · ⚠ how it was read · 1 person, 4 places`.
    static func metaCells(_ entry: CorpusEntry) -> [Cell] {
        var parts: [(text: String, role: StyleRole)] = [(entry.article.dateText, .meta)]
        if let source = entry.article.source { parts.append((Visible.text(source), .meta)) }
        if !entry.article.warnings.isEmpty {
            parts.append((Visible.text("⚠ " + entry.article.warnings.map(\.message).joined(separator: "; ")), .statusWarning))
        }
        var counts: [EntityType: Set<String>] = [:]
        for mention in entry.analysis.entities { counts[mention.type, default: []].insert(mention.id) }
        let nouns: [(EntityType, String, String)] = [(.person, "person", "people"),
                                                     (.organization, "organization", "organizations"),
                                                     (.location, "place", "places"), (.group, "group", "groups"),
                                                     (.misc, "other name", "other names")]
        let tally = nouns.compactMap { type, one, many -> String? in
            guard let n = counts[type]?.count, n > 0 else { return nil }
            return "\(n) \(n == 1 ? one : many)"
        }
        if !tally.isEmpty { parts.append((tally.joined(separator: ", "), .meta)) }
        var cells: [Cell] = []
        for (n, part) in parts.enumerated() {
            if n > 0 { cells += " · ".unicodeScalars.map { Cell($0, role: .meta) } }
            cells += part.text.unicodeScalars.map { Cell($0, role: part.role) }
        }
        return cells
    }

    /// The role of every body scalar: boilerplate dimmed, entity types and dates highlighted.
    private func roles() -> [StyleRole] {
        let article = entry.article
        var roles = Array(repeating: StyleRole.normal, count: article.scalars.count)
        func paint(_ range: Range<Int>, _ role: StyleRole) {
            let clamped = range.clamped(to: 0..<roles.count)
            for i in clamped { roles[i] = role }
        }
        for piece in article.boilerplate { paint(piece.start..<piece.end, .boilerplate) }
        for mention in entry.analysis.entities { paint(mention.range, StyleRole.of(mention.type)) }
        for time in entry.analysis.times { paint(time.range, .date) }
        return roles
    }

    private mutating func layoutBody() {
        let scalars = entry.article.scalars
        let roles = roles()
        var lineStart = entry.article.bodyRange.lowerBound
        var previousBlank = true
        while lineStart < scalars.count {
            var lineEnd = ReadingDocument.lineEnd(from: lineStart, in: scalars)
            let isBlank = scalars[lineStart..<lineEnd].allSatisfy { $0.properties.isWhitespace }
            if isBlank {
                if !previousBlank { lines.append(Line(cells: [], offsets: [])) }
            } else {
                // Hard-wrapped prose (wire copy) flows as one paragraph at the pane's width.
                var nextStart = lineEnd + 1
                while nextStart < scalars.count {
                    let nextEnd = ReadingDocument.lineEnd(from: nextStart, in: scalars)
                    guard ReadingDocument.continuesParagraph(scalars[lineStart..<lineEnd], with: scalars[nextStart..<nextEnd])
                    else { break }
                    lineEnd = nextEnd
                    nextStart = nextEnd + 1
                }
                wrap(lineStart..<lineEnd, scalars: scalars, roles: roles)
            }
            previousBlank = isBlank
            lineStart = lineEnd + 1
        }
        while let last = lines.last, last.cells.isEmpty, lines.count > 2 { lines.removeLast() }
    }

    private static func lineEnd(from start: Int, in scalars: [Unicode.Scalar]) -> Int {
        var end = start
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        return end
    }

    /// Whether `next` is the same paragraph as the text before it, wrapped at a fixed width: a
    /// long line of prose followed by one that starts flush, neither a table row, a list item nor
    /// a heading. Indented lines, short lines and columns keep their breaks, as written.
    static func continuesParagraph(_ text: ArraySlice<Unicode.Scalar>, with next: ArraySlice<Unicode.Scalar>) -> Bool {
        let lastLine = text.lastIndex(of: "\n").map { text[($0 + 1)...] } ?? text[...]
        guard lastLine.count >= 40, let first = next.first, !first.properties.isWhitespace,
              !isColumnar(lastLine), !isColumnar(next), lastLine.first != "#" else { return false }
        let opening = String(String.UnicodeScalarView(next.prefix(5)))
        let startsItem = ["- ", "* ", "• ", "#"].contains { opening.hasPrefix($0) } || isNumberedItem(next)
        return !startsItem
    }

    /// "1. ", "12) ": one to three digits, a full stop or a parenthesis, a space. (Checked on
    /// every line of an article as it is laid out: a regular expression costs more than the rest.)
    private static func isNumberedItem(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let digits = line.prefix { ("0"..."9").contains($0) }.count
        guard (1...3).contains(digits) else { return false }
        let rest = line.dropFirst(digits)
        return (rest.first == "." || rest.first == ")") && rest.dropFirst().first == " "
    }

    /// Columns of figures or a table: a tab or a run of three spaces after the indentation.
    private static func isColumnar(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var spaces = 0
        for scalar in line.drop(while: { $0 == " " }) {
            if scalar == "\t" { return true }
            spaces = scalar == " " ? spaces + 1 : 0
            if spaces >= 3 { return true }
        }
        return false
    }

    /// Greedy word wrap of one source line; words wider than the pane are cut.
    private mutating func wrap(_ range: Range<Int>, scalars: [Unicode.Scalar], roles: [StyleRole]) {
        var current = Line(cells: [], offsets: [])
        var column = 0
        var index = range.lowerBound
        func flush() {
            while let last = current.cells.last, last.scalar == " " {
                current.cells.removeLast()
                current.offsets.removeLast()
            }
            lines.append(current)
            current = Line(cells: [], offsets: [])
            column = 0
        }
        // A line's indentation is kept (it aligns tables); spaces where a wrap falls are not.
        var indenting = true
        while index < range.upperBound {
            if isSpace(scalars[index]) {
                if column > 0 || indenting, column < width {
                    current.cells.append(Cell(" ", role: roles[index]))
                    current.offsets.append(Int32(index))
                    column += 1
                }
                index += 1
                continue
            }
            indenting = false
            var wordEnd = index
            var wordWidth = 0
            while wordEnd < range.upperBound, !isSpace(scalars[wordEnd]) {
                wordWidth += CellWidth.of(display(scalars[wordEnd]))
                wordEnd += 1
            }
            if column > 0, column + wordWidth > width { flush() }
            for i in index..<wordEnd {
                let scalar = display(scalars[i])
                let w = CellWidth.of(scalar)
                if w == 0 {
                    if let last = current.cells.last, let composed = Cell.composed(last.scalar, scalar) {
                        current.cells[current.cells.count - 1].scalar = composed
                    }
                    continue
                }
                if column + w > width { flush() }
                current.cells.append(Cell(scalar, role: ControlCharacters.isHidden(scalars[i]) ? .placeholder : roles[i]))
                current.offsets.append(Int32(i))
                if w == 2 {
                    current.cells.append(Cell(Cell.continuationScalar, role: roles[i]))
                    current.offsets.append(Int32(i))
                }
                column += w
            }
            index = wordEnd
        }
        if !current.cells.isEmpty { flush() }
    }

    /// Spaces between words; a line break inside a flowed paragraph is one too.
    private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" || scalar == "\u{A0}"
    }

    private func display(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ControlCharacters.isHidden(scalar) ? ControlCharacters.placeholder(for: scalar) : scalar
    }

    /// The first line that shows the scalar at `offset` (or the nearest line after it).
    public func line(containing offset: Int) -> Int {
        for (index, line) in lines.enumerated() {
            if let last = line.offsets.last(where: { $0 >= 0 }), Int(last) >= offset { return index }
        }
        return max(0, lines.count - 1)
    }

    /// The first scalar offset shown at or after a line.
    public func offset(atLine line: Int) -> Int {
        var index = max(0, line)
        while index < lines.count {
            if let first = lines[index].offsets.first(where: { $0 >= 0 }) { return Int(first) }
            index += 1
        }
        return entry.article.scalars.count
    }

    /// The sentence around an offset (its scalar range), or nil outside the content.
    public func sentence(around offset: Int) -> Range<Int>? {
        entry.analysis.sentences.first { $0.start <= offset && offset < $0.end }?.range
            ?? entry.analysis.sentences.first { $0.start >= offset }?.range
    }
}
