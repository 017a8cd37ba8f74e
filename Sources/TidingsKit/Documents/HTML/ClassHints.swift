/// What an element's class and id say about it, by the words Readability looks for: the names
/// page templates give their article bodies, and those they give navigation, comments, share
/// bars, related stories and advertising.
enum ClassHints {
    static let positive = ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
                           "blog", "story"]
    static let negative = ["-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
                           "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
                           "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget"]
    /// Names of blocks that are almost never the article: dropped before scoring unless they also
    /// carry a name of the article's kind.
    static let unlikely = ["-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
                           "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
                           "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
                           "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote"]
    static let maybe = ["and", "article", "body", "column", "content", "main", "shadow"]
    /// Names of the small pieces around an article's text inside its block: captions, credits,
    /// bylines, galleries, sign-up boxes.
    static let furniture = ["caption", "credit", "byline", "gallery", "newsletter", "subscribe", "signup", "promo",
                            "dateline", "timestamp"]

    /// +25 for a name of the article's kind, -25 for one of boilerplate's (both may apply).
    static func weight(_ hints: String) -> Double {
        guard !hints.isEmpty else { return 0 }
        var weight = 0.0
        if negative.contains(where: hints.contains) { weight -= 25 }
        if positive.contains(where: hints.contains) { weight += 25 }
        return weight
    }

    static func isFurniture(_ hints: String) -> Bool {
        !hints.isEmpty && furniture.contains(where: hints.contains)
    }

    static func isUnlikely(_ hints: String) -> Bool {
        !hints.isEmpty && unlikely.contains(where: hints.contains) && !maybe.contains(where: hints.contains)
    }
}
