import Foundation

/// A saved page's headline, date, source, author and canonical address, from the metadata
/// publishers give it (Open Graph, JSON-LD, Dublin Core, `<time>`), in the order readers trust it.
struct PageMetadata: Equatable {
    var title: String?
    var date: CalendarDate?
    var source: String?
    var author: String?
    var url: String?

    init(tree: PageTree) {
        let signals = tree.signals
        let meta = signals.meta
        let linked = LinkedData(signals.jsonLD)
        func first(_ values: String?...) -> String? {
            values.lazy.compactMap { $0.map(Self.clean) }.first { !$0.isEmpty }
        }
        source = first(meta["og:site_name"], linked.publisher, meta["application-name"])
        url = first(signals.canonical, meta["og:url"])
        author = first(linked.author, meta["author"], meta["article:author"].flatMap { $0.contains("://") ? nil : $0 },
                       meta["dc.creator"], meta["byl"])
        let heading = tree.nodes.firstIndex(where: { $0.tag == .h1 }).map { tree.text(of: $0) }
        title = first(meta["og:title"].map { Self.withoutSite($0, site: source, always: false) }, linked.headline,
                      heading, meta["twitter:title"], signals.titleElement.map { Self.withoutSite($0, site: source, always: true) })
        let dated = [meta["article:published_time"], linked.datePublished] + signals.times.map { Optional($0) }
            + ["date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "pubdate", "publishdate",
               "datepublished", "og:published_time", "sailthru.date", "parsely-pub-date"].map { meta[$0] }
        date = dated.lazy.compactMap { $0.flatMap(Self.parseDate) }.first ?? url.flatMap(Self.dateInURL)
    }

    static func clean(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func parseDate(_ text: String) -> CalendarDate? {
        // A page's metadata dates its publication to the day; a month or a year alone says too little.
        guard let value = HeaderDate.parsePrefix(text.trimmingWhitespace())?.date, value.precision == .day else { return nil }
        return value.date
    }

    /// `Headline | Site`, `Headline - Site`: the headline. Cut when what follows the last
    /// separator is the site's name, or, for `<title>`, whenever the headline keeps three words.
    static func withoutSite(_ title: String, site: String?, always: Bool) -> String {
        let cleaned = clean(title)
        for separator in [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{00B7} ", " \u{2022} "] {
            guard let range = cleaned.range(of: separator, options: .backwards) else { continue }
            let head = String(cleaned[..<range.lowerBound])
            let tail = cleaned[range.upperBound...]
            if let site, tail.lowercased() == site.lowercased() { return head }
            if always, head.split(separator: " ").count >= 3 { return head }
        }
        return cleaned
    }

    /// `/2025/03/11/` in an address.
    static func dateInURL(_ url: String) -> CalendarDate? {
        let parts = url.split(separator: "/")
        for (i, part) in parts.enumerated() where i + 2 < parts.count && part.count == 4 {
            guard let year = Int(part), (1900...2200).contains(year),
                  let month = Int(parts[i + 1]), parts[i + 1].count == 2,
                  let day = Int(parts[i + 2].prefix(2)), parts[i + 2].count == 2 else { continue }
            if let date = CalendarDate(validYear: year, month: month, day: day) { return date }
        }
        return nil
    }
}

/// The schema.org objects of a page's JSON-LD scripts: the article's headline, date, author and
/// publisher, wherever the page nests them (`@graph`, arrays).
struct LinkedData {
    var headline: String?
    var datePublished: String?
    var author: String?
    var publisher: String?

    init(_ scripts: [String]) {
        for script in scripts {
            guard let data = script.data(using: .utf8),
                  let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            visit(value, depth: 0)
        }
    }

    private mutating func visit(_ value: Any, depth: Int) {
        guard depth < 8 else { return }
        if let list = value as? [Any] {
            for item in list { visit(item, depth: depth + 1) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
        guard object["headline"] != nil || object["datePublished"] != nil else { return }
        headline = headline ?? (object["headline"] as? String)
        datePublished = datePublished ?? (object["datePublished"] as? String)
        author = author ?? Self.name(object["author"])
        publisher = publisher ?? Self.name(object["publisher"])
    }

    /// A name given as text, as an object with `name`, or as a list of either (the first).
    private static func name(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        if let object = value as? [String: Any] { return object["name"] as? String }
        if let list = value as? [Any] { return list.lazy.compactMap { name($0) }.first }
        return nil
    }
}
