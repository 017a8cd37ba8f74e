/// Every event of every article in time order, with the inverted indexes that link them: entity ->
/// events, day -> events, title -> article. A value: a worker updates its copy one article at a
/// time and hands copies to readers, which query them on their own thread.
public struct Timeline: Sendable {
    var articles: [StoredArticle?] = []
    /// Per slot, the periods of the article's events and the article's day: what ordering and
    /// grouping read for every event, kept apart from the articles, whose copies cost more.
    var spans: [[TimeSpan]] = []
    var articleDays: [Int] = []
    var freeSlots: [Int32] = []
    var slotOfPath: [String: Int32] = [:]
    /// Every event, by start of period, time of day, article date, path, order in the article.
    var order: [EventRef] = []
    /// The period of each event of `order`, side by side: grouping every event by month reads
    /// them in sequence instead of jumping from article to article.
    var orderSpans: [TimeSpan] = []
    var entities = Vocabulary()
    /// Per entity number, the events naming it in timeline order.
    var entityEvents: [[EventRef]] = []
    /// Names and types each entity was given, with how many articles gave them (a name no
    /// article gives any more keeps its place: articles refer to names by position).
    var entityNames: [[NameGiven]] = []
    var words = Vocabulary()
    /// Every word of the events' sentences (`SentenceTokens`), with how many articles say each.
    var tokens = Vocabulary()
    /// Events of one precise day, by day number.
    var dayEvents: [Int: DayEvents] = [:]
    /// Articles by the day they were published: where the issues of a series are looked for.
    var dayArticles: [Int: [PublishedTitle]] = [:]
    /// Title key -> articles with that title; headline key -> articles whose "Read also" names it.
    /// Keyed by the headline key's hash (`HeadlineKey.hashes`): a large corpus holds no copy of
    /// every title's words.
    var titled: [Int: [Int32]] = [:]
    var citing: [Int: [Int32]] = [:]

    public private(set) var articleCount = 0
    /// How links are weighed.
    public var linkModel = LinkModel.shipped
    var happenings = Happenings()
    /// Whether events keep their sentences. A reader that reads them back when it shows them
    /// (from the library's cache) leaves them out: they are a good part of what a large corpus's
    /// timeline would hold.
    public private(set) var keepsSentences = true

    public init() {}

    /// The timeline of `articles` (for two summaries of one path, the later wins), its links
    /// weighed by `linkModel`.
    public init(_ articles: [ArticleSummary], linkModel: LinkModel = .shipped) {
        var latest: [String: Int] = [:]
        for (index, summary) in articles.enumerated() { latest[summary.path] = index }
        let kept = articles.indices.filter { latest[articles[$0].path] == $0 }.map { articles[$0] }
        var builder = Builder(linkModel: linkModel)
        // Given at once (they are all held already): each start of a slice waits for its first
        // run to be prepared, and each end for its last to be stored.
        builder.add(kept)
        self = builder.finish()
    }

    /// Builds a timeline from articles given a slice at a time, each slice prepared on every
    /// core: a large corpus need not have every article's entities and events in memory at once,
    /// and the words of every article at once would double what the timeline needs. Each path
    /// is given once.
    public struct Builder: Sendable {
        private var timeline = Timeline()

        /// `keepsSentences` false: events come without their sentences (`TimelineEvent.event.text`
        /// is empty).
        public init(keepsSentences: Bool = true, linkModel: LinkModel = .shipped) {
            timeline.keepsSentences = keepsSentences
            timeline.linkModel = linkModel
        }

        public mutating func add(_ slice: [ArticleSummary]) {
            // Articles are stored one at a time, while the next run is being prepared.
            ParallelMap.forEach(slice, run: Timeline.preparedRun, PreparedArticle.init) { prepared in
                let slot = timeline.store(prepared)
                for index in timeline.articles[Int(slot)]!.events.indices {
                    timeline.order.append(EventRef(article: slot, index: Int32(index)))
                }
            }
        }

        /// The timeline, once every slice is added (the builder is left empty).
        public mutating func finish() -> Timeline {
            var timeline = Timeline()
            timeline.keepsSentences = self.timeline.keepsSentences
            timeline.linkModel = self.timeline.linkModel
            swap(&timeline, &self.timeline)
            // Paths compared once, by their ranks: the same order, without comparing strings.
            let byPath = timeline.articles.indices.sorted { (timeline.articles[$0]?.row.path ?? "") < (timeline.articles[$1]?.row.path ?? "") }
            var rank = [Int32](repeating: 0, count: byPath.count)
            for (position, slot) in byPath.enumerated() { rank[slot] = Int32(position) }
            // Sorted by what `precedes` compares, laid side by side: the comparisons read memory in
            // order instead of each event's article.
            var keyed = timeline.order.map { ref in
                let span = timeline.span(ref)
                return (day: span.startDay, minute: span.minute, articleDay: timeline.articleDays[Int(ref.article)],
                        rest: Int(rank[Int(ref.article)]) << 32 | Int(ref.index), ref: ref)
            }
            keyed.sort { ($0.day, $0.minute, $0.articleDay, $0.rest) < ($1.day, $1.minute, $1.articleDay, $1.rest) }
            timeline.order = keyed.map(\.ref)
            timeline.orderSpans = timeline.order.map(timeline.span)
            // Posting lists made at their final size (counted article by article, as they lie in
            // memory), then filled in timeline order, which leaves them sorted.
            var postings = [Int](repeating: 0, count: timeline.entityEvents.count)
            for case let article? in timeline.articles {
                for index in article.events.indices {
                    for entity in article.participants(Int32(index)) { postings[Int(entity)] += 1 }
                }
            }
            for (entity, count) in postings.enumerated() { timeline.entityEvents[entity].reserveCapacity(count) }
            for ref in timeline.order { timeline.post(ref) }
            timeline.groupHappenings()
            return timeline
        }
    }

    /// Articles per slice of a build.
    public static let preparedSlice = 4096
    /// Articles prepared at a time while the run before is stored.
    static let preparedRun = 256

    public var eventCount: Int { order.count }

    /// Adds an article, or replaces the one with the same path.
    public mutating func update(_ summary: ArticleSummary) {
        remove(path: summary.path)
        let slot = store(PreparedArticle(summary))
        for index in articles[Int(slot)]!.events.indices {
            let ref = EventRef(article: slot, index: Int32(index))
            let position = lowerBound(order, ref)
            order.insert(ref, at: position)
            orderSpans.insert(span(ref), at: position)
            post(ref, sorted: true)
        }
        joinHappenings(article: slot)
    }

    /// Removes the article at `path`, if there is one.
    public mutating func remove(path: String) {
        guard let slot = slotOfPath[path], let article = articles[Int(slot)] else { return }
        let counted = distinctNumbers(of: slot)
        entities.count(counted.entities, by: -1)
        words.count(counted.words, by: -1)
        tokens.count(counted.tokens, by: -1)
        for index in article.events.indices {
            let ref = EventRef(article: slot, index: Int32(index))
            if let position = position(of: ref, in: order) {
                order.remove(at: position)
                orderSpans.remove(at: position)
            }
            for entity in article.participants(Int32(index)) {
                if let position = position(of: ref, in: entityEvents[Int(entity)]) {
                    entityEvents[Int(entity)].remove(at: position)
                }
            }
            let period = span(ref)
            if period.isDay {
                dayEvents[period.startDay]?.remove(ref)
                if dayEvents[period.startDay]?.isEmpty == true { dayEvents[period.startDay] = nil }
            }
        }
        leaveHappenings(article.events.indices.map { EventRef(article: slot, index: Int32($0)) })
        for mark in article.entities { entityNames[Int(mark.number)][Int(mark.name)].articles -= 1 }
        for key in article.titleKeys { titled[key]?.removeAll { $0 == slot } }
        for key in article.readAlsoKeys { citing[key]?.removeAll { $0 == slot } }
        let day = articleDays[Int(slot)]
        dayArticles[day]?.removeAll { $0.slot == slot }
        if dayArticles[day]?.isEmpty == true { dayArticles[day] = nil }
        slotOfPath[path] = nil
        articles[Int(slot)] = nil
        spans[Int(slot)] = []
        freeSlots.append(slot)
        articleCount -= 1
    }

    /// Keeps the article in a slot and counts its entities and words; its events are not yet in
    /// any posting list.
    fileprivate mutating func store(_ prepared: PreparedArticle) -> Int32 {
        let summary = prepared.summary
        // Each string of the article looked up once; its events then read the numbers by position.
        let entityNumbers = prepared.entityIDs.strings.map { entities.intern($0) }
        let wordNumbers = prepared.words.strings.map { words.intern($0) }
        let tokenNumbers = prepared.tokens.strings.map { tokens.intern($0) }
        while entityEvents.count < entities.strings.count {
            entityEvents.append([])
            entityNames.append([])
        }
        // Every buffer is made at its final size: grown by appending, the buffers of a large
        // corpus would keep up to half their memory unused.
        var marks: [EntityMark] = []
        marks.reserveCapacity(summary.entities.count)
        for (ref, local) in zip(summary.entities, prepared.entities) {
            let number = entityNumbers[Int(local)]
            marks.append(EntityMark(number: number, name: nameIndex(ref, of: number)))
        }
        let slot = freeSlots.popLast() ?? Int32(articles.count)
        let mainNames = Timeline.distinct(prepared.mainNames.map { entityNumbers[Int($0)] })
        let leadWords = Timeline.distinct(prepared.leadWords.map { wordNumbers[Int($0)] })
        var said = leadWords
        for event in prepared.events { said += event.words.lazy.map { wordNumbers[Int($0)] } }
        let allWords = Timeline.distinct(said)
        let places = Timeline.distinct(prepared.places.map { entityNumbers[Int($0)] })
        let datelines = Timeline.distinct(prepared.datelines.map { entityNumbers[Int($0)] })
        var numbers: [Int32] = []
        numbers.reserveCapacity(prepared.events.reduce(0) { $0 + $1.participants.count + $1.words.count + $1.tokens.count }
                                + mainNames.count + leadWords.count + allWords.count + places.count + datelines.count)
        var texts: [UInt8] = []
        if keepsSentences {
            texts.reserveCapacity(prepared.events.reduce(0) { $0 + summary.events[Int($1.ordinal)].text.utf8.count })
        }
        var events: [StoredEvent] = []
        events.reserveCapacity(prepared.events.count)
        var eventSpans: [TimeSpan] = []
        eventSpans.reserveCapacity(prepared.events.count)
        var published: Int32?
        for event in prepared.events {
            let source = summary.events[Int(event.ordinal)]
            let participantStart = Int32(numbers.count)
            Timeline.appendDistinct(event.participants, numbered: entityNumbers, to: &numbers)
            let wordStart = Int32(numbers.count)
            Timeline.appendDistinct(event.words, numbered: wordNumbers, to: &numbers)
            let wordEnd = Int32(numbers.count)
            Timeline.appendDistinct(event.tokens, numbered: tokenNumbers, to: &numbers)
            if event.span.isDay {
                let ref = EventRef(article: slot, index: Int32(events.count))
                dayEvents[event.span.startDay, default: DayEvents()].append(ref, words: numbers[Int(wordStart)..<Int(wordEnd)])
            }
            if source.kind == .published, published == nil { published = Int32(events.count) }
            // Events of one sentence share its text.
            var text = (start: Int32(texts.count), end: Int32(texts.count))
            if let last = events.last, last.start == Int32(source.start), last.end == Int32(source.end) {
                text = (last.textStart, last.textEnd)
            } else if keepsSentences {
                texts += source.text.utf8
                text.end = Int32(texts.count)
            }
            events.append(StoredEvent(id: source.id, kind: source.kind, granularity: source.granularity,
                                      value: source.value, start: Int32(source.start), end: Int32(source.end),
                                      textStart: text.start, textEnd: text.end, participantStart: participantStart,
                                      wordStart: wordStart, wordEnd: wordEnd, tokenEnd: Int32(numbers.count),
                                      subject: event.subject.map { entityNumbers[Int($0)] } ?? -1))
            eventSpans.append(event.span)
        }
        var aboutEnds = (events: Int32(numbers.count), mainNames: Int32(0), leadWords: Int32(0), allWords: Int32(0), places: Int32(0))
        numbers += mainNames
        aboutEnds.mainNames = Int32(numbers.count)
        numbers += leadWords
        aboutEnds.leadWords = Int32(numbers.count)
        numbers += allWords
        aboutEnds.allWords = Int32(numbers.count)
        numbers += places
        aboutEnds.places = Int32(numbers.count)
        numbers += datelines
        let stored = StoredArticle(row: summary.listRow, entities: marks, events: events, numbers: numbers,
                                   texts: texts, titleKeys: prepared.titleKeys, readAlsoKeys: prepared.readAlsoKeys,
                                   published: published, aboutEnds: aboutEnds)
        if Int(slot) < articles.count {
            articles[Int(slot)] = stored
            spans[Int(slot)] = eventSpans
            articleDays[Int(slot)] = summary.date.dayNumber
        } else {
            articles.append(stored)
            spans.append(eventSpans)
            articleDays.append(summary.date.dayNumber)
        }
        // The article's distinct numbers, as `distinctNumbers(of:)` would find them: each string
        // of its lexicons is named by an entity or event, but the lead's own words.
        entities.count(entityNumbers, by: 1)
        words.count(wordNumbers[..<prepared.eventWordCount], by: 1)
        tokens.count(tokenNumbers, by: 1)
        slotOfPath[summary.path] = slot
        dayArticles[summary.date.dayNumber, default: []].append(PublishedTitle(slot: slot, words: titleWords(slot)))
        for key in stored.titleKeys { titled[key, default: []].append(slot) }
        for key in stored.readAlsoKeys { citing[key, default: []].append(slot) }
        articleCount += 1
        return slot
    }

    /// Where `ref`'s name is among the names of entity `number`, counting one more article.
    private mutating func nameIndex(_ ref: EntityRef, of number: Int32) -> Int32 {
        if let index = entityNames[Int(number)].firstIndex(where: { $0.name == ref.name && $0.type == ref.type }) {
            entityNames[Int(number)][index].articles += 1
            return Int32(index)
        }
        entityNames[Int(number)].append(NameGiven(name: ref.name, type: ref.type, articles: 1))
        return Int32(entityNames[Int(number)].count - 1)
    }

    /// Distinct entity, word and token numbers of the article in `slot`, for document
    /// frequencies: worked out when counted rather than kept.
    func distinctNumbers(of slot: Int32) -> (entities: [Int32], words: [Int32], tokens: [Int32]) {
        guard let article = articles[Int(slot)] else { return ([], [], []) }
        var entities = article.entities.map(\.number)
        var words: [Int32] = [], tokens: [Int32] = []
        for index in article.events.indices {
            let ref = EventRef(article: slot, index: Int32(index))
            entities += participants(ref)
            words += self.words(ref)
            tokens += self.tokens(ref)
        }
        return (Timeline.distinct(entities), Timeline.distinct(words), Timeline.distinct(tokens))
    }

    /// Enters an event in the entity lists (its day's list has it from the start): appended
    /// when events come in timeline order, else inserted in place.
    fileprivate mutating func post(_ ref: EventRef, sorted: Bool = false) {
        let article = self.article(ref)
        for entity in article.participants(ref.index) {
            if sorted {
                let position = lowerBound(entityEvents[Int(entity)], ref)
                entityEvents[Int(entity)].insert(ref, at: position)
            } else {
                entityEvents[Int(entity)].append(ref)
            }
        }
    }

    /// Appends the numbers of `local` (positions in `numbered`) to `numbers`, ascending, without
    /// repeats: sorted where they lie, with no list made for each event.
    static func appendDistinct(_ local: [Int32], numbered: [Int32], to numbers: inout [Int32]) {
        let start = numbers.count
        for position in local { numbers.append(numbered[Int(position)]) }
        guard numbers.count - start > 1 else { return }
        numbers[start...].sort()
        var kept = start + 1
        for index in start + 1..<numbers.count where numbers[index] != numbers[kept - 1] {
            numbers[kept] = numbers[index]
            kept += 1
        }
        numbers.removeLast(numbers.count - kept)
    }

    /// Ascending, without repeats.
    static func distinct(_ numbers: [Int32]) -> [Int32] {
        guard numbers.count > 1 else { return numbers }
        var sorted = numbers.sorted()
        var kept = 1
        for index in 1..<sorted.count where sorted[index] != sorted[kept - 1] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        guard kept < sorted.count else { return sorted }
        // Made at its size: an article keeps these lists, and `allWords` drops many repeats
        // (a large corpus's timeline would hold their room unused).
        return Array(sorted[..<kept])
    }

    private func position(of ref: EventRef, in list: [EventRef]) -> Int? {
        var position = lowerBound(list, ref)
        while position < list.count, list[position] != ref { position += 1 }
        return position < list.count ? position : nil
    }

    @inline(__always)
    subscript(ref: EventRef) -> StoredEvent { articles[Int(ref.article)]!.events[Int(ref.index)] }

    @inline(__always)
    func participants(_ ref: EventRef) -> ArraySlice<Int32> { article(ref).participants(ref.index) }

    @inline(__always)
    func words(_ ref: EventRef) -> ArraySlice<Int32> { article(ref).words(ref.index) }

    @inline(__always)
    func tokens(_ ref: EventRef) -> ArraySlice<Int32> { article(ref).tokens(ref.index) }

    /// The first day of an event's period (hot in link ranking).
    func startDay(_ ref: EventRef) -> Int { span(ref).startDay }

    /// An event's period (ordering and grouping read every one).
    @inline(__always)
    func span(_ ref: EventRef) -> TimeSpan { spans[Int(ref.article)][Int(ref.index)] }

    @inline(__always)
    func article(_ ref: EventRef) -> StoredArticle { articles[Int(ref.article)]! }

    /// Timeline order: start of period, time of day, article date, path, order in the article.
    func precedes(_ a: EventRef, _ b: EventRef) -> Bool {
        precedes(a, b) { articles[Int($0)]!.row.path < articles[Int($1)]!.row.path }
    }

    /// Timeline order, `pathPrecedes` telling whether the path of one slot's article sorts before
    /// the other's.
    @inline(__always)
    func precedes(_ a: EventRef, _ b: EventRef, pathPrecedes: (Int32, Int32) -> Bool) -> Bool {
        let x = span(a), y = span(b)
        if x.startDay != y.startDay { return x.startDay < y.startDay }
        if x.minute != y.minute { return x.minute < y.minute }
        let firstDay = articleDays[Int(a.article)], secondDay = articleDays[Int(b.article)]
        if firstDay != secondDay { return firstDay < secondDay }
        if a.article != b.article { return pathPrecedes(a.article, b.article) }
        // An article's events are stored in the order of its summary.
        return a.index < b.index
    }

    /// The first position in `list` (in timeline order) whose event does not precede `ref`.
    func lowerBound(_ list: [EventRef], _ ref: EventRef) -> Int {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if precedes(list[middle], ref) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
