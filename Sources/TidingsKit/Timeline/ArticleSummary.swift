/// An entity as lists and the timeline name it.
public struct EntityRef: Hashable, Sendable {
    public var id: String
    public var name: String
    public var type: EntityType

    public init(id: String, name: String, type: EntityType) {
        self.id = id
        self.name = name
        self.type = type
    }
}

/// What the article list and the timeline need of an article, without its text: small enough to
/// hold for every article of a large folder, while bodies are loaded on demand.
public struct ArticleSummary: Hashable, Sendable {
    public var path: String
    public var date: CalendarDate
    /// How precise `date` is (see `Article.datePrecision`).
    public var datePrecision: Granularity
    public var dateSource: DateSource
    public var title: String
    public var source: String?
    /// Distinct entities in order of first mention; the name is the longest mention of each.
    public var entities: [EntityRef]
    public var events: [ArticleEvent]
    public var readAlso: [String]
    public var warnings: [String]

    public init(path: String, date: CalendarDate, dateSource: DateSource, title: String, source: String?,
                entities: [EntityRef], events: [ArticleEvent], readAlso: [String], warnings: [String],
                datePrecision: Granularity = .day) {
        self.path = path
        self.date = date
        self.datePrecision = datePrecision
        self.dateSource = dateSource
        self.title = title
        self.source = source
        self.entities = entities
        self.events = events
        self.readAlso = readAlso
        self.warnings = warnings
    }

    /// The date as precise as it is known: `2023-11-28`, `2023-06`, `2023`.
    public var dateText: String { date.iso(at: datePrecision) }

    /// What a list shows of an article, before its entities and events are read (a complete
    /// summary always holds at least the article's publication event).
    public var isListRow: Bool { events.isEmpty }

    /// The summary without its entities and events: what a list shows.
    public var listRow: ArticleSummary {
        var row = self
        row.entities = []
        row.events = []
        return row
    }

    public init(article: Article, analysis: Analysis) {
        var order: [String] = []
        var best: [String: EntityRef] = [:]
        for mention in analysis.entities {
            let name = Visible.text(article.text(mention.range))
            if let known = best[mention.id] {
                if name.count > known.name.count { best[mention.id]?.name = name }
            } else {
                order.append(mention.id)
                best[mention.id] = EntityRef(id: mention.id, name: name, type: mention.type)
            }
        }
        self.init(path: article.path, date: article.date, dateSource: article.dateSource, title: article.title,
                  source: article.source, entities: order.compactMap { best[$0] }, events: analysis.events,
                  readAlso: article.readAlsoHeadlines, warnings: article.warnings.map(\.message),
                  datePrecision: article.datePrecision)
    }
}
