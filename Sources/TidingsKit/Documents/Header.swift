/// The header at the top of an article: `key value` / `key: value` lines ended by a blank line (or,
/// when they hold a valid date, by the body's first line), YAML front matter between `---` lines,
/// or the one-line form ` date 2023-11-28 The body ...`.
public struct Header: Sendable, Hashable {
    /// Fields in file order; keys lowercased.
    public var fields: [(key: String, value: String)]
    /// Where the body starts (a scalar offset into the whole text).
    public var bodyStart: Int

    public static let knownKeys: Set<String> = ["date", "title", "source", "url", "author", "tags", "places"]

    public subscript(key: String) -> String? {
        fields.first(where: { $0.key == key })?.value
    }

    public static func == (a: Header, b: Header) -> Bool {
        a.bodyStart == b.bodyStart && a.fields.elementsEqual(b.fields, by: { $0 == $1 })
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(bodyStart)
        for field in fields { hasher.combine(field.key); hasher.combine(field.value) }
    }

    /// Parses the header of `text`; a text without one gets no fields and its whole self as body.
    public static func parse(_ text: [Unicode.Scalar]) -> Header {
        var lines = LineCursor(text: text)
        lines.skipBlank()
        let top = lines.position
        guard let first = lines.peekLine() else { return Header(fields: [], bodyStart: text.count) }
        if first.trimmingWhitespace() == "---" {
            if let header = parseFrontMatter(&lines) { return header }
            lines.position = top
        }
        var fields: [(String, String)] = []
        while let line = lines.peekLine() {
            if line.trimmingWhitespace().isEmpty {
                guard !fields.isEmpty else { break }
                guard fields.contains(where: { knownKeys.contains($0.0) }) else { break }
                lines.nextLine()
                lines.skipBlank()
                return Header(fields: fields, bodyStart: lines.position)
            }
            guard let field = keyValue(line), field.hadColon || startsHeaderWithoutColon(field) else { break }
            let (key, value) = (field.key, field.value)
            if key == "date", HeaderDate.parse(Substring(value)) == nil,
               let (_, length) = HeaderDate.parsePrefix(Substring(value)) {
                // The one-line form: the body goes on after the date on the same line, and no
                // word of it is a header value.
                let valueStart = lines.position + (line.unicodeScalars.count - value.unicodeScalars.count)
                    - trailingWhitespaceCount(line)
                var bodyStart = valueStart + String(value.prefix(length)).unicodeScalars.count
                while bodyStart < text.count, text[bodyStart].properties.isWhitespace { bodyStart += 1 }
                return Header(fields: fields + [("date", String(value.prefix(length)))], bodyStart: bodyStart)
            }
            if readsAsProse(field) { break }
            fields.append((key, value))
            lines.nextLine()
        }
        if fields.contains(where: { knownKeys.contains($0.0) }), lines.atEnd {
            return Header(fields: fields, bodyStart: text.count)
        }
        // Header lines of known keys with a valid date, then the body without a blank line between.
        if fields.allSatisfy({ knownKeys.contains($0.0) }),
           let date = fields.first(where: { $0.0 == "date" }), HeaderDate.parse(Substring(date.1)) != nil {
            return Header(fields: fields, bodyStart: lines.position)
        }
        return Header(fields: [], bodyStart: top)
    }

    private static func trailingWhitespaceCount(_ line: String) -> Int {
        line.unicodeScalars.reversed().prefix(while: { $0.properties.isWhitespace }).count
    }

    /// A header line: its key lowercased, its value, and how the key was written.
    struct Field {
        var key: String
        var value: String
        var hadColon: Bool
        var writtenInLowercase: Bool
    }

    /// `key value` or `key: value`, the key a word of letters, digits, `-` and `_`.
    static func keyValue(_ line: String) -> Field? {
        let s = line.trimmingWhitespace()
        guard let first = s.first, first.isLetter, first.isASCII else { return nil }
        let keyEnd = s.firstIndex(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_")) })
            ?? s.endIndex
        let written = s[..<keyEnd]
        let key = written.lowercased()
        var rest = s[keyEnd...]
        var hadColon = false
        if rest.first == ":" { hadColon = true; rest = rest.dropFirst() }
        guard hadColon || rest.first == " " || rest.first == "\t" else { return nil }
        let value = rest.trimmingWhitespace()
        guard !value.isEmpty || hadColon else { return nil }
        return Field(key: key, value: String(value), hadColon: hadColon, writtenInLowercase: key == written)
    }

    /// Whether a line without a colon is a header line rather than the body's first sentence
    /// ("Title IX protections were expanded.", "Places like Kyiv were shelled."): a known key written
    /// in lowercase, as wire copy writes it (`title BAHIA COCOA REVIEW`), or `date` before a date.
    static func startsHeaderWithoutColon(_ field: Field) -> Bool {
        guard knownKeys.contains(field.key) else { return false }
        return field.writtenInLowercase
            || field.key == "date" && HeaderDate.parsePrefix(Substring(field.value)) != nil
    }

    /// Whether a header-shaped line is the body's first sentence: a value of many words that ends
    /// as a sentence ends ("Source: officials said the dam broke on Monday."), or a date that has
    /// no digit in it ("Date: the talks were postponed"). A title may read as a sentence.
    static func readsAsProse(_ field: Field) -> Bool {
        guard field.key != "title" else { return false }
        let words = field.value.split(whereSeparator: \.isWhitespace)
        if field.key == "date", words.count >= 3, !field.value.contains(where: \.isNumber) { return true }
        let closing: Set<Character> = ["\"", "”", "’", "'", ")"]
        let end = field.value.reversed().drop(while: { closing.contains($0) }).first
        return words.count >= 6 && (end == "." || end == "!" || end == "?")
    }

    /// YAML front matter: `key: value` lines, `[a, b]` and `- item` lists, and the indented lines
    /// below a key: a block or multi-line value (`title: >`) joins them with spaces; a nested map
    /// (`meta:` then `  draft: true`) is passed over.
    private static func parseFrontMatter(_ lines: inout LineCursor) -> Header? {
        lines.nextLine()
        var fields: [(String, String)] = []
        var continues = false  // whether indented lines go on the last field's value
        while let line = lines.nextLine() {
            let trimmed = line.trimmingWhitespace()
            if trimmed == "---" || trimmed == "..." {
                lines.skipBlank()
                return Header(fields: fields, bodyStart: lines.position)
            }
            if trimmed.hasPrefix("- "), !fields.isEmpty {
                let item = unquote(trimmed.dropFirst(2))
                let last = fields.count - 1
                fields[last].1 = fields[last].1.isEmpty ? item : fields[last].1 + ", " + item
                continue
            }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if line.first?.isWhitespace == true, !fields.isEmpty {
                if continues {
                    let last = fields.count - 1
                    fields[last].1 = fields[last].1.isEmpty ? String(trimmed) : fields[last].1 + " " + trimmed
                }
                continue
            }
            guard let field = keyValue(line), field.hadColon else { return nil }
            let (key, value) = (field.key, field.value)
            var cleaned = Substring(value)
            continues = blockIndicators.contains(value)
            if continues {
                fields.append((key, ""))
            } else if value.isEmpty {
                // A list or a nested map follows; a nested map's lines are not this field's value.
                fields.append((key, ""))
                continues = !(lines.peekLine().flatMap(keyValue)?.hadColon ?? false)
            } else if cleaned.hasPrefix("["), cleaned.hasSuffix("]") {
                cleaned = cleaned.dropFirst().dropLast()
                fields.append((key, cleaned.split(separator: ",").map { unquote($0.trimmingWhitespace()) }
                    .joined(separator: ", ")))
            } else {
                fields.append((key, unquote(cleaned)))
                continues = true  // a plain value may go on over indented lines
            }
        }
        return nil
    }

    /// YAML's block scalars: folded (`>`) and literal (`|`), with their chomping marks.
    static let blockIndicators: Set<String> = [">", "|", ">-", "|-", ">+", "|+"]

    private static func unquote(_ s: Substring) -> String {
        if s.count >= 2, let f = s.first, f == "\"" || f == "'", s.last == f {
            return String(s.dropFirst().dropLast())
        }
        return String(s)
    }
}

/// Walks the lines of a scalar array, keeping scalar offsets.
struct LineCursor {
    let text: [Unicode.Scalar]
    var position = 0

    var atEnd: Bool { position >= text.count }

    private func lineEnd(from start: Int) -> Int {
        var end = start
        while end < text.count, text[end] != "\n" { end += 1 }
        return end
    }

    func peekLine() -> String? {
        guard position < text.count else { return nil }
        var line = String.UnicodeScalarView()
        line.append(contentsOf: text[position..<lineEnd(from: position)])
        return String(line)
    }

    @discardableResult
    mutating func nextLine() -> String? {
        guard let line = peekLine() else { return nil }
        position = min(text.count, lineEnd(from: position) + 1)
        return line
    }

    /// Skips blank lines (only whitespace) and the white space that starts the next one.
    mutating func skipBlank() {
        while position < text.count, text[position].properties.isWhitespace { position += 1 }
    }
}
