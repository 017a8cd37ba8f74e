/// Where an article's date came from.
public enum DateSource: String, Sendable, Codable {
    case header, fileName, modificationTime
}

/// What kind of file an article was read from.
public enum ArticleFormat: String, Sendable {
    /// Plain text or Markdown, read as written.
    case text
    /// A saved web page: its text is what was extracted from the markup.
    case html
}

/// One article as read from a file: its decoded text and what its header and layout say.
public struct Article: Sendable {
    public var path: String
    /// The decoded text: a leading byte-order mark removed, nothing else changed.
    public var scalars: [Unicode.Scalar]
    public var header: Header
    /// The day the article is dated; the first of its month or year when the header names no day.
    public var date: CalendarDate
    /// How precise `date` is: `.day`, or `.month` or `.year` for a header such as `date 2023-06`.
    public var datePrecision: Granularity
    public var dateSource: DateSource
    public var title: String
    public var source: String?
    public var url: String?
    public var author: String?
    public var tags: [String]
    public var places: [String]
    public var boilerplate: [Boilerplate]
    public var warnings: [ReadWarning]
    public var format: ArticleFormat = .text

    public var bodyRange: Range<Int> { header.bodyStart..<scalars.count }

    /// The date as precise as it is known: `2023-11-28`, `2023-06`, `2023`.
    public var dateText: String { date.iso(at: datePrecision) }

    public var text: String { String(scalars: scalars) }

    public func text(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// The body's content ranges: the body minus its boilerplate.
    public var contentRanges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var cursor = bodyRange.lowerBound
        for piece in boilerplate.sorted(by: { $0.start < $1.start }) {
            if piece.start > cursor { ranges.append(cursor..<piece.start) }
            cursor = max(cursor, piece.end)
        }
        if cursor < scalars.count { ranges.append(cursor..<scalars.count) }
        return ranges
    }

    /// Where each "Read also" headline stands: text the entity recognizer reads (it names people
    /// and places) though it is no part of the article's content.
    public var readAlsoHeadlineRanges: [Range<Int>] {
        boilerplate.compactMap { piece in
            guard case .readAlso(let headline) = piece.kind, !headline.isEmpty else { return nil }
            // The headline is the rest of its line, trimmed: it ends at the line's last visible scalar.
            var end = piece.end
            while end > piece.start, scalars[end - 1].properties.isWhitespace { end -= 1 }
            let start = end - headline.unicodeScalars.count
            return start >= piece.start ? start..<end : nil
        }
    }

    /// "Read also" headlines, for linking to the articles they name.
    public var readAlsoHeadlines: [String] {
        boilerplate.compactMap {
            if case .readAlso(let headline) = $0.kind, !headline.isEmpty { return headline }
            return nil
        }
    }
}

/// Builds an `Article` from decoded text and what the file system says about it.
public enum ArticleParser {
    /// - Parameters:
    ///   - fileName: the file's name, searched for a date when the header has none.
    ///   - modified: the file's modification day, the last resort for a date.
    ///   - header: the header when it does not come from the text (a saved page's metadata).
    public static func parse(path: String, scalars: [Unicode.Scalar], fileName: String,
                             modified: CalendarDate, warnings: [ReadWarning] = [], header: Header? = nil) -> Article {
        let header = header ?? Header.parse(scalars)
        var date = modified
        var precision = Granularity.day
        var dateSource = DateSource.modificationTime
        var warnings = warnings
        if let value = header["date"], let parsed = HeaderDate.parse(Substring(value)) {
            date = parsed.date
            precision = parsed.precision
            dateSource = .header
        } else if let fromName = dateInFileName(fileName) {
            date = fromName
            dateSource = .fileName
        }
        if let value = header["date"], !value.isEmpty, dateSource != .header {
            let fallback = dateSource == .fileName ? "the file name" : "the modification time"
            warnings.append(ReadWarning(.headerDate, "the header date \u{201C}\(value)\u{201D} is not a date: dated by \(fallback)"))
        }
        let boilerplate = Boilerplate.find(in: scalars, bodyStart: header.bodyStart)
        var source = header["source"].flatMap { $0.isEmpty ? nil : $0 }
        if source == nil {
            for piece in boilerplate {
                if case .footer(let named?) = piece.kind { source = named }
            }
        }
        var article = Article(
            path: path, scalars: scalars, header: header, date: date, datePrecision: precision, dateSource: dateSource,
            title: "", source: source, url: header["url"], author: header["author"],
            tags: list(header["tags"]), places: list(header["places"]),
            boilerplate: boilerplate, warnings: warnings)
        article.title = header["title"].flatMap { $0.isEmpty ? nil : $0 } ?? Title.fromBody(of: article)
        return article
    }

    static func list(_ value: String?) -> [String] {
        guard let value else { return [] }
        return value.split(separator: ",").map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
    }

    /// `2023-11-28-kremlin.txt`, `kremlin_20231128.md`: the first plausible date in a name.
    public static func dateInFileName(_ name: String) -> CalendarDate? {
        let digits = Array(name.unicodeScalars)
        var i = 0
        while i < digits.count {
            guard digits[i].properties.numericType != nil, digits[i].isASCII else { i += 1; continue }
            var j = i
            var chunk: [Int] = []
            while j < digits.count, chunk.count < 8 {
                if let v = digits[j].properties.numericType != nil && digits[j].isASCII
                    ? Int(digits[j].value) - 48 : nil { chunk.append(v) }
                else if (digits[j] == "-" || digits[j] == "_" || digits[j] == "."), chunk.count == 4 || chunk.count == 6 {}
                else { break }
                j += 1
            }
            if chunk.count == 8 {
                let y = chunk[0...3].reduce(0) { $0 * 10 + $1 }
                let m = chunk[4] * 10 + chunk[5]
                let d = chunk[6] * 10 + chunk[7]
                if (1900...2200).contains(y), let date = CalendarDate(validYear: y, month: m, day: d) { return date }
            }
            i = j + 1
        }
        return nil
    }
}
