/// Paragraphs that are a page's interface, not its article: the labels of ad slots, image
/// viewers and comment links (Readability's ad words, and the buttons every template has).
enum InterfaceLabels {
    static let labels: Set<String> = [
        "advertisement", "advertising", "advert", "ad", "ads", "sponsored", "sponsored links", "sponsored content",
        "publicité", "werbung", "anuncio", "pubblicità", "реклама", "광고", "广告",
        "caption", "close", "comments", "comment", "share", "share this", "subscribe", "loading", "loading…",
        "loading...", "sharing is caring!", "more:", "read more", "view comments", "print", "email",
    ]

    static func isLabel(_ paragraph: String) -> Bool {
        paragraph.utf8.count < 40 && labels.contains(paragraph.lowercased())
    }
}
