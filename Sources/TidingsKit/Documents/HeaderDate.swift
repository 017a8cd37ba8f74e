/// Parses the date forms a header may carry: ISO 8601 (`2023-11-28`, `2023-11-28T10:30:00Z`),
/// RFC 2822 (`Tue, 28 Nov 2023 10:30:00 +0000`), `28 Nov 2023` and `November 28, 2023`, and the
/// month or year alone when that is all a header says (`2023-06`, `June 2023`, `2023`).
public enum HeaderDate {
    /// A header's date: its first day, and how precise the header was.
    public struct Value: Hashable, Sendable {
        public var date: CalendarDate
        public var precision: Granularity

        /// `2023-11-28`, `2023-06`, `2023`.
        public var iso: String { date.iso(at: precision) }
    }

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The month (1-12) an English month name or its abbreviation names ("Sept" included).
    public static func month(named word: Substring) -> Int? {
        let lower = word.lowercased().trimmingSuffix(".")
        guard lower.count >= 3 else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"]
        if let index = full.firstIndex(of: lower) { return index + 1 }
        if lower == "sept" { return 9 }
        return monthNames.firstIndex(of: String(lower)).map { $0 + 1 }
    }

    /// The date at the start of `text`, and how many characters of it the date used.
    public static func parsePrefix(_ text: Substring) -> (date: Value, length: Int)? {
        if let iso = parseISOPrefix(text) { return iso }
        return parseWordsPrefix(text)
    }

    public static func parse(_ text: Substring) -> Value? {
        let trimmed = text.trimmingWhitespace()
        guard let (date, length) = parsePrefix(trimmed) else { return nil }
        return isTimeAndZone(trimmed.dropFirst(length)) ? date : nil
    }

    /// What may follow a header date: a time, a.m. or p.m., a zone and a comment
    /// (`10:30:00 +0000 (UTC)`, `, 10:30 a.m.`, `at 10:30 AM EST`), never more words of a sentence
    /// (then the date opens the one-line form's body).
    static func isTimeAndZone(_ rest: Substring) -> Bool {
        var rest = rest
        if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") { rest = rest[..<open] }
        let meridians = ["am", "pm", "a.m.", "p.m."]
        return rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).allSatisfy { word in
            var clock = Substring(word.lowercased())
            if clock == "at" || meridians.contains(String(clock)) { return true }
            if let meridian = meridians.first(where: clock.hasSuffix) { clock = clock.dropLast(meridian.count) }
            if clock.first?.isNumber == true, clock.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":" || $0 == ".") }) {
                return true
            }
            // A zone: UTC, EST, Z, +0000, -05:00, UTC+2.
            let letters = word.prefix(while: { $0.isASCII && $0.isUppercase })
            let offset = word.dropFirst(letters.count)
            guard letters.count <= 5 else { return false }
            guard let sign = offset.first else { return !letters.isEmpty }
            return (sign == "+" || sign == "-") && offset.count > 1
                && offset.dropFirst().allSatisfy { $0.isASCII && ($0.isNumber || $0 == ":") }
        }
    }

    /// `2023-11-28`, optionally followed by `T10:30:00Z` or a space and a time; `2023-06`; `2023`.
    static func parseISOPrefix(_ text: Substring) -> (date: Value, length: Int)? {
        let chars = Array(text.prefix(32))
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= chars.count else { return nil }
            var value = 0
            for c in chars[from..<from + count] {
                guard let d = c.wholeNumberValue, c.isASCII else { return nil }
                value = value * 10 + d
            }
            return value
        }
        /// Whether the date ends at `index`: the text ends, or neither a digit nor a word goes on.
        func endsAt(_ index: Int) -> Bool {
            index >= chars.count || !(chars[index].isNumber || chars[index].isLetter || chars[index] == "-")
        }
        guard let y = digits(0, 4) else { return nil }
        guard chars.count > 4, chars[4] == "-", let m = digits(5, 2) else {
            // A year alone, followed by white space or nothing (`2023`, not `2023/24` or `2023%`).
            guard chars.count == 4 || chars[4].isWhitespace,
                  let date = CalendarDate(validYear: y, month: 1, day: 1) else { return nil }
            return (Value(date: date, precision: .year), 4)
        }
        guard chars.count > 7, chars[7] == "-" else {
            guard endsAt(7), let date = CalendarDate(validYear: y, month: m, day: 1) else { return nil }
            return (Value(date: date, precision: .month), 7)
        }
        guard let d = digits(8, 2), let date = CalendarDate(validYear: y, month: m, day: d) else { return nil }
        if chars.count > 10, chars[10].isNumber || chars[10].isLetter && chars[10] != "T" { return nil }
        var length = 10
        if chars.count > 10, chars[10] == "T" {
            length = 11
            while length < chars.count, chars[length].isNumber || ":.+-Z".contains(chars[length]) { length += 1 }
        }
        return (Value(date: date, precision: .day), length)
    }

    /// `Tue, 28 Nov 2023 ...`, `28 Nov 2023`, `November 28, 2023`, `Nov. 28 2023`; `June 2023`.
    static func parseWordsPrefix(_ text: Substring) -> (date: Value, length: Int)? {
        var words: [(Substring, Int)] = []  // word and its end offset in characters
        var index = text.startIndex
        var offset = 0
        while words.count < 5, index < text.endIndex {
            while index < text.endIndex, text[index] == " " || text[index] == "," {
                index = text.index(after: index); offset += 1
            }
            let start = index
            while index < text.endIndex, text[index] != " ", text[index] != "," {
                index = text.index(after: index); offset += 1
            }
            if start < index { words.append((text[start..<index], offset)) }
        }
        var w = words[...]
        if let first = w.first, first.0.count >= 3, first.0.allSatisfy(\.isLetter),
           ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].contains(String(first.0.lowercased().prefix(3))),
           month(named: first.0) == nil {
            w = w.dropFirst()
        }
        func number(_ s: Substring) -> Int? {
            let cleaned = s.trimmingSuffix(".")
            return cleaned.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(cleaned) : nil
        }
        guard w.count >= 2 else { return nil }
        let a = w[w.startIndex], b = w[w.startIndex + 1]
        if w.count >= 3 {
            let c = w[w.startIndex + 2]
            if let day = number(a.0), let m = month(named: b.0), let y = number(c.0), c.0.count == 4,
               let date = CalendarDate(validYear: y, month: m, day: day) {
                return (Value(date: date, precision: .day), c.1)
            }
            if let m = month(named: a.0), let day = number(b.0), let y = number(c.0), c.0.count == 4,
               let date = CalendarDate(validYear: y, month: m, day: day) {
                return (Value(date: date, precision: .day), c.1)
            }
        }
        if let m = month(named: a.0), b.0.count == 4, let y = number(b.0),
           let date = CalendarDate(validYear: y, month: m, day: 1) {
            return (Value(date: date, precision: .month), b.1)
        }
        return nil
    }
}

extension StringProtocol {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : String(self)
    }

    public func trimmingWhitespace() -> Substring {
        let s = self[...]
        guard let first = s.firstIndex(where: { !$0.isWhitespace }),
              let last = s.lastIndex(where: { !$0.isWhitespace }) else { return Substring("") }
        return Substring(s[first...last])
    }
}
