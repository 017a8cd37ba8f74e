/// A saved web page as an article: its body extracted from the markup, its header from the
/// page's metadata. The article's text is the headline, a blank line and the body's paragraphs
/// separated by blank lines: offsets, search, the reading pane and the pager all use it.
public enum SavedPage {
    /// `.html`, `.htm`, `.xhtml` and `.html.gz`.
    public static func isPageName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") || lower.hasSuffix(".html.gz")
    }

    /// The extracted text and metadata of a page's bytes, as the text reader's `Article`.
    static func article(bytes: [UInt8], path: String, fileName: String, modified: CalendarDate,
                        byteLimit: Int, warnings: [ReadWarning]) throws(ReadFailure) -> Article {
        var warnings = warnings
        var markup = bytes
        if fileName.lowercased().hasSuffix(".gz") {
            guard let inflated = Gzip.inflate(bytes, limit: byteLimit) else {
                throw ReadFailure(kind: .binary, path: path, reason: "not a gzip file (or a damaged one): skipped")
            }
            if inflated.truncated {
                warnings.append(ReadWarning(.truncated, "unpacks to more than \(byteLimit / 1024 / 1024) MiB: read up to the limit"))
            }
            markup = inflated.bytes
        }
        guard let converted = PageEncoding.utf8(markup) else {
            throw ReadFailure(kind: .binary, path: path, reason: "binary file (NUL bytes): skipped")
        }
        warnings.append(contentsOf: converted.warnings)
        guard !converted.utf8.isEmpty, let tree = PageTree(utf8: converted.utf8) else {
            throw ReadFailure(kind: .empty, path: path, reason: "a web page without content: skipped")
        }
        let metadata = PageMetadata(tree: tree)
        let body = ContentExtractor.paragraphs(of: tree, title: metadata.title)
        guard !body.isEmpty else {
            throw ReadFailure(kind: .empty, path: path, reason: "a web page without article text (only scripts, frames or markup): skipped")
        }
        return build(path: path, metadata: metadata, body: body, fileName: fileName, modified: modified, warnings: warnings)
    }

    static func build(path: String, metadata: PageMetadata, body: [String], fileName: String,
                      modified: CalendarDate, warnings: [ReadWarning]) -> Article {
        var text = ""
        var fields: [(key: String, value: String)] = []
        if let title = metadata.title {
            fields.append(("title", title))
            text = title + "\n\n"
        }
        if let date = metadata.date { fields.append(("date", date.iso)) }
        if let source = metadata.source { fields.append(("source", source)) }
        if let url = metadata.url { fields.append(("url", url)) }
        if let author = metadata.author { fields.append(("author", author)) }
        let bodyStart = text.unicodeScalars.count
        text += body.joined(separator: "\n\n")
        let scalars = Array(text.unicodeScalars)
        var warnings = warnings
        if let hidden = ControlCharacters.warning(scalars) { warnings.append(hidden) }
        var article = ArticleParser.parse(path: path, scalars: scalars, fileName: fileName, modified: modified,
                                          warnings: warnings, header: Header(fields: fields, bodyStart: bodyStart))
        article.format = .html
        return article
    }
}
