/// What an element's class and id say about it, by the words Readability looks for: the names
/// page templates give their article bodies, and those they give navigation, comments, share
/// bars, related stories and advertising. Found once per element, when the page is read.
struct ClassHints: OptionSet, Sendable {
    let rawValue: UInt8

    static let positive = ClassHints(rawValue: 1 << 0)
    static let negative = ClassHints(rawValue: 1 << 1)
    static let unlikely = ClassHints(rawValue: 1 << 2)
    static let maybe = ClassHints(rawValue: 1 << 3)
    static let furniture = ClassHints(rawValue: 1 << 4)
    static let share = ClassHints(rawValue: 1 << 5)

    static let words: [(ClassHints, [String])] = [
        (.positive, ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog",
                     "story"]),
        (.negative, ["-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
                     "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
                     "skyscraper", "sponsor", "shopping", "tags", "widget"]),
        // Blocks that are almost never the article: dropped before scoring unless they also
        // carry a name of the article's kind (`maybe`).
        (.unlikely, ["-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
                     "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies",
                     "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break",
                     "agegate", "pagination", "pager", "popup", "yom-remote"]),
        (.maybe, ["and", "article", "body", "column", "content", "main", "shadow"]),
        // The small pieces around an article's text inside its block: captions, credits,
        // bylines, galleries, sign-up boxes.
        (.furniture, ["caption", "credit", "byline", "gallery", "newsletter", "subscribe", "signup", "promo",
                      "dateline", "timestamp"]),
        (.share, ["share"]),
    ]

    private static let encoded: [(ClassHints, [[UInt8]])] = words.map { ($0.0, $0.1.map { Array($0.utf8) }) }

    /// The hints of a lowercased class and id.
    init(_ names: String) {
        var found: UInt8 = 0
        let haystack = Array(names.utf8)
        for (kind, words) in Self.encoded where words.contains(where: { Self.find($0, in: haystack) }) {
            found |= kind.rawValue
        }
        self.init(rawValue: found)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// +25 for a name of the article's kind, -25 for one of boilerplate's (both may apply).
    var weight: Double {
        (contains(.negative) ? -25 : 0) + (contains(.positive) ? 25 : 0)
    }

    var isUnlikely: Bool { contains(.unlikely) && !contains(.maybe) }
}
