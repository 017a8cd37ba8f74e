#if canImport(Glibc)
import Glibc
#endif

/// An event's place in the timeline's storage: the article's slot and the event's index there.
struct EventRef: Hashable, Sendable {
    var article: Int32
    var index: Int32
}

/// An event as the index keeps it: its period and, as numbers, its participants and words.
struct StoredEvent: Sendable {
    /// Index in the article's `summary.events`.
    var ordinal: Int32
    var span: TimeSpan
    /// Entity numbers, ascending.
    var participants: [Int32]
    /// Content word numbers, ascending.
    var words: [Int32]
}

struct StoredArticle: Sendable {
    var summary: ArticleSummary
    var day: Int
    var events: [StoredEvent]
    /// Distinct entity and word numbers of the whole article, for document frequencies.
    var entities: [Int32]
    var words: [Int32]
    var titleKeys: [String]
    var readAlsoKeys: [String]
    /// Index in `events` of the publication, when it has one.
    var published: Int32?
}

/// What can be worked out for an article without the rest of the corpus (done on every core
/// when the timeline is built).
struct PreparedArticle: Sendable {
    struct Event: Sendable {
        var ordinal: Int32
        var span: TimeSpan
        var participants: [String]
        var words: [String]
    }

    var summary: ArticleSummary
    var events: [Event]
    var titleKeys: [String]
    var readAlsoKeys: [String]

    init(_ summary: ArticleSummary) {
        self.summary = summary
        let everyEntity = summary.entities.map(\.id)
        let titleWords = ContentWords.of(summary.title)
        var events: [Event] = []
        for (ordinal, event) in summary.events.enumerated() {
            guard let span = TimeSpan(value: event.value) else { continue }
            let published = event.kind == .published
            events.append(Event(ordinal: Int32(ordinal), span: span,
                                participants: published ? everyEntity : event.entities,
                                words: published ? titleWords : ContentWords.of(event.text)))
        }
        self.events = events
        titleKeys = HeadlineKey.keys(summary.title)
        var readAlso: [String] = []
        for headline in summary.readAlso {
            for key in HeadlineKey.keys(headline) where !readAlso.contains(key) { readAlso.append(key) }
        }
        readAlsoKeys = readAlso
    }
}

/// Names to dense numbers, with how many articles hold each.
struct Vocabulary: Sendable {
    private(set) var strings: [String] = []
    private(set) var articleCounts: [Int32] = []
    private var numbers: [String: Int32] = [:]

    func number(of string: String) -> Int32? { numbers[string] }

    mutating func intern(_ string: String) -> Int32 {
        if let number = numbers[string] { return number }
        let number = Int32(strings.count)
        numbers[string] = number
        strings.append(string)
        articleCounts.append(0)
        return number
    }

    mutating func count(_ numbers: [Int32], by delta: Int32) {
        for number in numbers { articleCounts[Int(number)] += delta }
    }

    /// ln((N + 1) / df): a name in most articles weighs little, a rare one much.
    func rarity(_ number: Int32, articles: Int) -> Double {
        let frequency = max(Int(articleCounts[Int(number)]), 1)
        return log(Double(articles + 1) / Double(frequency))
    }
}
