/// Entity types of DESIGN §3.
public enum EntityType: String, Sendable, Codable, CaseIterable {
    case person = "PERSON", organization = "ORGANIZATION", location = "LOCATION", group = "GROUP", misc = "MISC"
}

/// An entity mention: a scalar range and the corpus-wide id of the entity it names.
public struct EntityMention: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var type: EntityType
    /// The entity's id: the same for every alias of one entity, across articles.
    public var id: String

    public init(start: Int, end: Int, type: EntityType, id: String) {
        self.start = start
        self.end = end
        self.type = type
        self.id = id
    }

    public var range: Range<Int> { start..<end }
}

/// TIMEX3 types.
public enum TimexType: String, Sendable, Codable, CaseIterable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// How precise a time value is.
public enum Granularity: String, Sendable, Codable, CaseIterable, Comparable {
    case time, day, week, month, quarter, season, year, decade, century

    private var rank: Int { Granularity.allCases.firstIndex(of: self)! }
    public static func < (a: Granularity, b: Granularity) -> Bool { a.rank < b.rank }
}

/// A time expression with its TIMEX3 value resolved against the article's date.
public struct TimeExpression: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var type: TimexType
    /// ISO-like TIMEX3 value: `2023-11-18`, `2023-W47`, `PRESENT_REF`, `P3D` ...
    public var value: String
    public var granularity: Granularity?

    public init(start: Int, end: Int, type: TimexType, value: String, granularity: Granularity?) {
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.granularity = granularity
    }

    public var range: Range<Int> { start..<end }
}

/// Everything TidingsKit finds in one article.
public struct Analysis: Sendable {
    public var tokens: [Token]
    public var sentences: [Sentence]
    public var entities: [EntityMention]
    public var times: [TimeExpression]
    public var events: [ArticleEvent]

    public init(tokens: [Token], sentences: [Sentence], entities: [EntityMention], times: [TimeExpression],
                events: [ArticleEvent]) {
        self.tokens = tokens
        self.sentences = sentences
        self.entities = entities
        self.times = times
        self.events = events
    }
}
