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
/// numbers and flat buffers, a handful of allocations per article whatever its length. Never
/// changed once stored, and shared, not copied, by whatever reads it: weighing a link reads two
/// articles, thousands of times per event.
final class StoredArticle: Sendable {
    /// Path, title, date and source (no entities, no events).
    let row: ArticleSummary
    /// In order of first mention.
    let entities: [EntityMark]
    let events: [StoredEvent]
    /// Every event's numbers, one event after the other, then the lists of what the article is
    /// about (`mainNames`...): one buffer where separate lists would cost an allocation each.
    let numbers: [Int32]
    /// The events' sentences, UTF-8, one after the other (once for events of one sentence).
    let texts: [UInt8]
    let titleKeys: [Int]
    let readAlsoKeys: [Int]
    /// Index in `events` of the publication, when it has one.
    let published: Int32?
    /// Where in `numbers` each list of what the article is about ends; the first starts where the
    /// events' numbers end, the last (`datelines`) ends with `numbers`.
    private let aboutEnds: (events: Int32, mainNames: Int32, leadWords: Int32, allWords: Int32, places: Int32)

    init(row: ArticleSummary, entities: [EntityMark], events: [StoredEvent], numbers: [Int32], texts: [UInt8],
         titleKeys: [Int], readAlsoKeys: [Int], published: Int32?,
         aboutEnds: (events: Int32, mainNames: Int32, leadWords: Int32, allWords: Int32, places: Int32)) {
        self.row = row
        self.entities = entities
        self.events = events
        self.numbers = numbers
        self.texts = texts
        self.titleKeys = titleKeys
        self.readAlsoKeys = readAlsoKeys
        self.published = published
        self.aboutEnds = aboutEnds
    }

    /// What the article is about, for weighing links: its main names (the first few that are
    /// neither places nor the dateline, and those its title names), the content words of its
    /// title and lead, its places, and the places of its wire dateline. Ascending.
    var mainNames: ArraySlice<Int32> { numbers[Int(aboutEnds.events)..<Int(aboutEnds.mainNames)] }
    var leadWords: ArraySlice<Int32> { numbers[Int(aboutEnds.mainNames)..<Int(aboutEnds.leadWords)] }
    /// Content words of the whole article: its title, lead and dated sentences. Ascending.
    var allWords: ArraySlice<Int32> { numbers[Int(aboutEnds.leadWords)..<Int(aboutEnds.allWords)] }
    var places: ArraySlice<Int32> { numbers[Int(aboutEnds.allWords)..<Int(aboutEnds.places)] }
    var datelines: ArraySlice<Int32> { numbers[Int(aboutEnds.places)...] }

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
/// when the timeline is built), down to the hashes of the strings the timeline numbers: each
/// string once per article, in `ArticleLexicon`s, and everything else as positions in them.
struct PreparedArticle: Sendable {
    struct Event: Sendable {
        var ordinal: Int32
        var span: TimeSpan
        var participants: [Int32]
        var words: [Int32]
        var tokens: [Int32]
        var subject: Int32?
    }

    var summary: ArticleSummary
    /// Entity ids, content words and tokens, in the order the timeline numbers them: an article's
    /// entities, then its events' names, words and tokens, then its lead's words.
    var entityIDs: ArticleLexicon
    var words: ArticleLexicon
    var tokens: ArticleLexicon
    /// How many of `words` its events say (the lead's words may add some): those counted.
    var eventWordCount: Int
    /// The article's entities, in its order.
    var entities: [Int32]
    var events: [Event]
    var titleKeys: [Int]
    var readAlsoKeys: [Int]
    /// `ArticleRoles`' lists.
    var mainNames: [Int32]
    var leadWords: [Int32]
    var places: [Int32]
    var datelines: [Int32]

    init(_ summary: ArticleSummary) {
        self.summary = summary
        var roles = ArticleRoles(summary)
        var entityIDs = ArticleLexicon(), wordLexicon = ArticleLexicon(), tokenLexicon = ArticleLexicon()
        let everyEntity = entityIDs.indexes(summary.entities.map(\.id))
        var types: [String: EntityType] = [:]
        for entity in summary.entities { types[entity.id] = entity.type }
        var events: [Event] = []
        var leadWords: [String]?
        // The events of one sentence come one after the other: its words are worked out once.
        var sentence: (start: Int, end: Int, text: String, words: [String], numbered: [Int32], tokens: [Int32])?
        var title: (words: [Int32], tokens: [Int32])?
        for (ordinal, event) in summary.events.enumerated() {
            let published = event.kind == .published
            let isLead = !published && roles.leadSentence.map { $0 == (event.start, event.end) } == true
            guard let span = TimeSpan(value: event.value) else { continue }
            let participants = published ? everyEntity : entityIDs.indexes(event.entities)
            let words: [Int32]
            let tokens: [Int32]
            if published {
                let said = title ?? (wordLexicon.indexes(roles.titleWords), tokenLexicon.indexes(SentenceTokens.of(summary.title)))
                title = said
                (words, tokens) = said
            } else if let sentence, sentence.start == event.start, sentence.end == event.end,
                      PreparedArticle.sameBytes(sentence.text, event.text) {
                words = sentence.numbered
                tokens = sentence.tokens
                if isLead, leadWords == nil { leadWords = sentence.words }
            } else {
                let text = isLead ? String(ArticleRoles.withoutDateline(event.text)) : event.text
                let said = roles.words(of: text, naming: event.entities)
                words = wordLexicon.indexes(said)
                tokens = tokenLexicon.indexes(SentenceTokens.of(text))
                sentence = (event.start, event.end, event.text, said, words, tokens)
                if isLead, leadWords == nil { leadWords = said }
            }
            let subject = published ? roles.mainNames.first : roles.subject(of: event, types: types)
            events.append(Event(ordinal: Int32(ordinal), span: span, participants: participants,
                                words: words, tokens: tokens, subject: subject.map { entityIDs.index($0) }))
        }
        eventWordCount = wordLexicon.strings.count
        roles.addLead(leadWords ?? [])
        entities = everyEntity
        self.events = events
        mainNames = entityIDs.indexes(roles.mainNames)
        self.leadWords = wordLexicon.indexes(roles.leadWords)
        places = entityIDs.indexes(roles.places)
        datelines = entityIDs.indexes(roles.datelines)
        self.entityIDs = entityIDs
        words = wordLexicon
        tokens = tokenLexicon
        titleKeys = HeadlineKey.hashes(summary.title)
        var readAlso: [Int] = []
        for headline in summary.readAlso {
            for key in HeadlineKey.hashes(headline) where !readAlso.contains(key) { readAlso.append(key) }
        }
        readAlsoKeys = readAlso
    }
}

extension PreparedArticle {
    /// Whether two strings are the same bytes (not only canonically equivalent).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var (a, b) = (a, b)
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) } }
    }
}

/// A string with its hash, worked out where articles are prepared on every core: numbering the
/// strings of a folder's articles is done on one thread, and hashing was most of it.
struct HashedString: Sendable {
    let string: String
    let hash: Int

    init(_ string: String) {
        self.string = string
        hash = string.hashValue
    }
}

/// Names to dense numbers, with how many articles hold each.
struct Vocabulary: Sendable {
    private(set) var strings: [String] = []
    private(set) var articleCounts: [Int32] = []
    /// An open-addressed table of numbers by hash, kept at most half full. A slot holds the low
    /// half of its string's hash too (all a table of fewer than 2^32 slots places by): a look-up
    /// reads one place in memory before it compares strings, millions of times per corpus.
    private var slots: [Slot] = []

    private struct Slot {
        var hash: UInt32
        var number: Int32

        init(hash: Int, number: Int32) {
            self.hash = UInt32(truncatingIfNeeded: hash)
            self.number = number
        }

        static let free = Slot(hash: 0, number: -1)
    }

    func number(of string: String) -> Int32? { find(HashedString(string)).number }

    mutating func intern(_ string: String) -> Int32 { intern(HashedString(string)) }

    mutating func intern(_ key: HashedString) -> Int32 {
        let found = find(key)
        if let number = found.number { return number }
        let number = Int32(strings.count)
        strings.append(key.string)
        articleCounts.append(0)
        if 2 * strings.count > slots.count {
            let known = slots
            slots = [Slot](repeating: .free, count: max(64, 2 * slots.count))
            for slot in known where slot.number >= 0 { slots[free(Int(slot.hash))] = slot }
            slots[free(key.hash)] = Slot(hash: key.hash, number: number)
        } else {
            slots[found.slot] = Slot(hash: key.hash, number: number)
        }
        return number
    }

    /// The string's number, else the free slot where it would go.
    private func find(_ key: HashedString) -> (number: Int32?, slot: Int) {
        guard !slots.isEmpty else { return (nil, 0) }
        let mask = slots.count - 1
        var slot = key.hash & mask
        while slots[slot].number >= 0 {
            if slots[slot].hash == UInt32(truncatingIfNeeded: key.hash), strings[Int(slots[slot].number)] == key.string {
                return (slots[slot].number, slot)
            }
            slot = (slot + 1) & mask
        }
        return (nil, slot)
    }

    /// The first free slot for `hash`.
    private func free(_ hash: Int) -> Int {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot].number >= 0 { slot = (slot + 1) & mask }
        return slot
    }

    mutating func count<Numbers: Sequence<Int32>>(_ numbers: Numbers, by delta: Int32) {
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

    mutating func append(_ ref: EventRef, words eventWords: ArraySlice<Int32>) {
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

    /// The words of `refs[index]`.
    func words(at index: Int) -> ArraySlice<Int32> {
        words[(index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])]
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
