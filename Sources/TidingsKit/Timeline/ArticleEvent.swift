/// An event inside one article: a sentence with a dated time expression, or the article's
/// publication.
public struct ArticleEvent: Hashable, Sendable {
    public enum Kind: String, Sendable { case mention, published }

    /// Unique within the article: `p` for the publication, `e<N>` for the N-th time expression.
    public var id: String
    public var kind: Kind
    public var value: String
    public var granularity: Granularity
    /// The sentence's scalar range (the time expression's, for the publication: empty).
    public var start: Int
    public var end: Int
    /// Entity ids of the sentence, in order of first mention.
    public var entities: [String]
    /// The sentence, for lists and exports (empty for the publication).
    public var text: String

    public init(id: String, kind: Kind, value: String, granularity: Granularity, start: Int, end: Int,
                entities: [String], text: String) {
        self.id = id
        self.kind = kind
        self.value = value
        self.granularity = granularity
        self.start = start
        self.end = end
        self.entities = entities
        self.text = text
    }

    /// The id of the event the `index`-th time expression of the analysis dates.
    public static func mentionID(time index: Int) -> String { "e\(index)" }

    /// The event `time` dates among `events`: its sentence's event of its value.
    public static func dated(by time: TimeExpression, in events: [ArticleEvent]) -> ArticleEvent? {
        events.first { $0.kind == .mention && $0.value == time.value && $0.start <= time.start && time.start < $0.end }
    }

    /// The article's own event: its publication, as precisely as the article is dated.
    public static func publication(on date: CalendarDate, precision: Granularity = .day) -> ArticleEvent {
        ArticleEvent(id: "p", kind: .published, value: date.iso(at: precision), granularity: precision, start: 0, end: 0,
                     entities: [], text: "")
    }

    /// One event per sentence and calendar value of its DATE or TIME expressions (a sentence
    /// that says "Oct. 20" and "Tuesday" of one day is one event, the first expression's), plus
    /// the publication.
    public static func events(in text: AnalyzedText, times: [TimeExpression], entities: [EntityMention],
                              published: CalendarDate, precision: Granularity = .day) -> [ArticleEvent] {
        var events = [publication(on: published, precision: precision)]
        var sentenceIndex = 0
        // Mentions in text order, walked with the sentences: a long article costs its length, not
        // its dates times its entities.
        let inOrder = zip(entities, entities.dropFirst()).allSatisfy { $0.start <= $1.start }
        let mentions = inOrder ? entities : entities.sorted { $0.start < $1.start }
        var mentionIndex = 0
        // The values already dated in the sentence at `sentenceIndex`.
        var datedSentence = -1
        var datedValues: [String] = []
        for (n, time) in times.enumerated() where time.type == .date || time.type == .time {
            guard let granularity = time.granularity, TimeValue.isCalendar(time.value) else { continue }
            while sentenceIndex < text.sentences.count, text.sentences[sentenceIndex].end <= time.start {
                sentenceIndex += 1
            }
            guard sentenceIndex < text.sentences.count else { break }
            let sentence = text.sentences[sentenceIndex]
            if datedSentence != sentenceIndex { (datedSentence, datedValues) = (sentenceIndex, []) }
            guard !datedValues.contains(time.value) else { continue }
            datedValues.append(time.value)
            while mentionIndex < mentions.count, mentions[mentionIndex].start < sentence.start { mentionIndex += 1 }
            var ids: [String] = []
            for mention in mentions[mentionIndex...].prefix(while: { $0.start < sentence.end })
            where mention.end <= sentence.end && !ids.contains(mention.id) {
                ids.append(mention.id)
            }
            events.append(ArticleEvent(id: mentionID(time: n), kind: .mention, value: time.value, granularity: granularity,
                                       start: sentence.start, end: sentence.end, entities: ids,
                                       text: Visible.text(text.scalars[sentence.range])))
        }
        return events
    }
}

/// Reading TIMEX3 values.
public enum TimeValue {
    /// Whether a value names a point or period of the calendar (not PRESENT_REF, not a duration).
    public static func isCalendar(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first else { return false }
        return CharacterClass.isDigit(first) && !value.contains("X")
    }
}
