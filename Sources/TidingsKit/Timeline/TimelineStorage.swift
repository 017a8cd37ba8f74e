#if canImport(Glibc)
import Glibc
#endif

/// An event's place in the timeline's storage: the article's slot and the event's index there.
struct EventRef: Hashable, Sendable {
    var article: Int32
    var index: Int32
}

/// An event as the index keeps it: what lists show of it, its sentence in its article's
/// `texts`, and where its participants and words lie in its article's `numbers` (its period is
/// in the timeline's `spans`).
struct StoredEvent: Sendable {
    var id: String
    var kind: ArticleEvent.Kind
    var granularity: Granularity
    var value: String
    /// The sentence's scalar range in the article.
    var start: Int32
    var end: Int32
    /// `texts[textStart..<textEnd]` is the sentence, UTF-8.
    var textStart: Int32
    var textEnd: Int32
    /// `numbers[participantStart..<wordStart]` are its entity numbers,
    /// `numbers[wordStart..<wordEnd]` its content word numbers and `numbers[wordEnd..<tokenEnd]`
    /// its token numbers (`SentenceTokens`), each ascending (the words of an event of one day are
    /// kept with the other events of that day instead, in `DayEvents`).
    var participantStart: Int32
    var wordStart: Int32
    var wordEnd: Int32
    var tokenEnd: Int32
    /// The sentence's subject as far as names tell: its first name that is neither a place nor
    /// the dateline; a publication's, its article's first main name (-1: none).
    var subject: Int32
}

/// An entity an article names: its number and which of the entity's names the article gives it.
struct EntityMark: Sendable {
    var number: Int32
    var name: Int32
}

/// A name (and type) an entity is given, with how many articles give it.
struct NameGiven: Sendable {
    var name: String
    var type: EntityType
    var articles: Int32
}

/// An article as the timeline keeps it: its list row, and its entities, events and words as
/// numbers and flat buffers, a handful of allocations per article whatever its length.
struct StoredArticle: Sendable {
    /// Path, title, date and source (no entities, no events).
    var row: ArticleSummary
    /// In order of first mention.
    var entities: [EntityMark]
    var events: [StoredEvent]
    /// Every event's numbers, one event after the other.
    var numbers: [Int32]
    /// The events' sentences, UTF-8, one after the other (once for events of one sentence).
    var texts: [UInt8]
    var titleKeys: [Int]
    var readAlsoKeys: [Int]
    /// Index in `events` of the publication, when it has one.
    var published: Int32?
    /// What the article is about, for weighing links: its main names (the first few that are
    /// neither places nor the dateline, and those its title names), the content words of its
    /// title and lead, its places, and the places of its wire dateline. Ascending.
    var mainNames: [Int32]
    var leadWords: [Int32]
    /// Content words of the whole article: its title, lead and dated sentences. Ascending.
    var allWords: [Int32] = []
    var places: [Int32]
    var datelines: [Int32]

    func participants(_ index: Int32) -> ArraySlice<Int32> {
        let event = events[Int(index)]
        return numbers[Int(event.participantStart)..<Int(event.wordStart)]
    }

    func words(_ index: Int32) -> ArraySlice<Int32> {
        let event = events[Int(index)]
        return numbers[Int(event.wordStart)..<Int(event.wordEnd)]
    }

    func tokens(_ index: Int32) -> ArraySlice<Int32> {
        let event = events[Int(index)]
        return numbers[Int(event.wordEnd)..<Int(event.tokenEnd)]
    }

    func text(_ index: Int32) -> String {
        let event = events[Int(index)]
        return String(decoding: texts[Int(event.textStart)..<Int(event.textEnd)], as: UTF8.self)
    }

}

/// What can be worked out for an article without the rest of the corpus (done on every core
/// when the timeline is built).
struct PreparedArticle: Sendable {
    struct Event: Sendable {
        var ordinal: Int32
        var span: TimeSpan
        var participants: [String]
        var words: [String]
        var tokens: [String]
        var subject: String?
    }

    var summary: ArticleSummary
    var events: [Event]
    var titleKeys: [Int]
    var readAlsoKeys: [Int]
    var roles: ArticleRoles

    init(_ summary: ArticleSummary) {
        self.summary = summary
        var roles = ArticleRoles(summary)
        let everyEntity = summary.entities.map(\.id)
        var types: [String: EntityType] = [:]
        for entity in summary.entities { types[entity.id] = entity.type }
        var events: [Event] = []
        var leadWords: [String]?
        for (ordinal, event) in summary.events.enumerated() {
            let published = event.kind == .published
            let isLead = !published && roles.leadSentence.map { $0 == (event.start, event.end) } == true
            guard let span = TimeSpan(value: event.value) else { continue }
            let text = published ? summary.title : isLead ? String(ArticleRoles.withoutDateline(event.text)) : event.text
            let words = published ? roles.titleWords : roles.words(of: text, naming: event.entities)
            if isLead, leadWords == nil { leadWords = words }
            events.append(Event(ordinal: Int32(ordinal), span: span, participants: published ? everyEntity : event.entities,
                                words: words, tokens: SentenceTokens.of(text), subject: published ? roles.mainNames.first : roles.subject(of: event, types: types)))
        }
        roles.addLead(leadWords ?? [])
        self.roles = roles
        self.events = events
        titleKeys = HeadlineKey.hashes(summary.title)
        var readAlso: [Int] = []
        for headline in summary.readAlso {
            for key in HeadlineKey.hashes(headline) where !readAlso.contains(key) { readAlso.append(key) }
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
        Vocabulary.log(articles + 1) - Vocabulary.log(max(Int(articleCounts[Int(number)]), 1))
    }

    /// Natural logarithms of counts, looked up: link weighing takes thousands per event.
    static let logarithms: [Double] = (0..<(1 << 16)).map { Glibc.log(Double($0)) }

    static func log(_ count: Int) -> Double {
        count < logarithms.count ? logarithms[count] : Glibc.log(Double(count))
    }
}

/// The events of one day with their content words side by side in flat arrays, so comparing an
/// event's words with every other event of a busy day reads memory in order.
struct DayEvents: Sendable {
    private(set) var refs: [EventRef] = []
    /// `words[ends[i - 1]..<ends[i]]` are the words of `refs[i]`, ascending.
    private var ends: [Int32] = []
    private var words: [Int32] = []

    var isEmpty: Bool { refs.isEmpty }

    mutating func append(_ ref: EventRef, words eventWords: [Int32]) {
        refs.append(ref)
        words += eventWords
        ends.append(Int32(words.count))
    }

    mutating func remove(_ ref: EventRef) {
        guard let index = refs.firstIndex(of: ref) else { return }
        let start = index == 0 ? 0 : Int(ends[index - 1]), end = Int(ends[index])
        refs.remove(at: index)
        ends.remove(at: index)
        words.removeSubrange(start..<end)
        for later in index..<ends.count { ends[later] -= Int32(end - start) }
    }

    /// Calls `body` with each event and its words.
    func forEach(_ body: (EventRef, UnsafeBufferPointer<Int32>) -> Void) {
        words.withUnsafeBufferPointer { all in
            var start = 0
            for (index, ref) in refs.enumerated() {
                let end = Int(ends[index])
                body(ref, UnsafeBufferPointer(rebasing: all[start..<end]))
                start = end
            }
        }
    }
}
