/// The cache's binary forms of an article's analysis. A summary (what lists and the timeline
/// hold for every article) and the tagger output (entities and times, read back only when an
/// article is opened) are stored apart, so a warm start decodes only the small part. Tokens and
/// sentences are not stored: they are recomputed from the text faster than they could be read.
enum AnalysisCodec {
    /// Raise whenever these formats or the analysis they hold change: caches of another version
    /// are rebuilt.
    static let formatVersion = 9

    /// What the list shows comes first, so a warm start can read the list rows alone and the
    /// entities and events after.
    static func encode(summary: ArticleSummary) -> [UInt8] {
        var w = ByteWriter()
        w.int(summary.date.dayNumber)
        w.string(summary.datePrecision.rawValue)
        w.string(summary.dateSource.rawValue)
        w.string(summary.title)
        w.optionalString(summary.source)
        w.count(summary.readAlso.count)
        summary.readAlso.forEach { w.string($0) }
        w.count(summary.warnings.count)
        summary.warnings.forEach { w.string($0) }
        w.count(summary.entities.count)
        for entity in summary.entities {
            w.string(entity.id)
            w.string(entity.name)
            w.string(entity.type.rawValue)
        }
        let entityIndex = Dictionary(summary.entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        w.count(summary.events.count)
        for event in summary.events { encode(event, entityIndex: entityIndex, into: &w) }
        return w.bytes
    }

    static func decodeSummary(_ bytes: [UInt8], path: String) throws(ByteReader.Malformed) -> ArticleSummary {
        var strings = StringInterner()
        return try decodeSummary(bytes, path: path, sharing: &strings)
    }

    /// Decodes a summary, taking the strings that recur across articles from `strings`. A list
    /// row (`listRow`) stops before the entities and events and leaves them empty.
    static func decodeSummary(_ bytes: [UInt8], path: String, listRow: Bool = false, sharing strings: inout StringInterner)
        throws(ByteReader.Malformed) -> ArticleSummary {
        var r = ByteReader(bytes)
        let date = CalendarDate(dayNumber: try r.int())
        let precision = try r.enumeration(Granularity.self)
        let dateSource = try r.enumeration(DateSource.self)
        let title = try r.string()
        let source = try r.optionalString(sharing: &strings)
        let readAlso = try r.array { (r: inout ByteReader) throws(ByteReader.Malformed) in try r.string() }
        let warnings = try r.array { (r: inout ByteReader) throws(ByteReader.Malformed) in try r.string(sharing: &strings) }
        var summary = ArticleSummary(path: path, date: date, dateSource: dateSource, title: title, source: source,
                                     entities: [], events: [], readAlso: readAlso, warnings: warnings,
                                     datePrecision: precision)
        if listRow { return summary }
        let entities = try r.array { (r: inout ByteReader) throws(ByteReader.Malformed) in
            EntityRef(id: try r.string(sharing: &strings), name: try r.string(sharing: &strings),
                      type: try r.enumeration(EntityType.self))
        }
        summary.entities = entities
        summary.events = try r.array { (r: inout ByteReader) throws(ByteReader.Malformed) in
            try decodeEvent(&r, entities: entities, sharing: &strings)
        }
        guard r.isAtEnd else { throw ByteReader.Malformed() }
        return summary
    }

    static func encode(entities: [EntityMention], times: [TimeExpression]) -> [UInt8] {
        var w = ByteWriter(capacity: 16 * (entities.count + times.count) + 4)
        w.count(entities.count)
        for mention in entities {
            w.int(mention.start)
            w.int(mention.end - mention.start)
            w.string(mention.type.rawValue)
            w.string(mention.id)
        }
        w.count(times.count)
        for time in times { encode(time, into: &w) }
        return w.bytes
    }

    static func decodeTaggings(_ bytes: [UInt8]) throws(ByteReader.Malformed)
        -> (entities: [EntityMention], times: [TimeExpression]) {
        var r = ByteReader(bytes)
        let entities = try r.array { (r: inout ByteReader) throws(ByteReader.Malformed) in
            let start = try r.int()
            let end = start + (try r.int())
            return EntityMention(start: start, end: end, type: try r.enumeration(EntityType.self), id: try r.string())
        }
        let times = try r.array { (r: inout ByteReader) throws(ByteReader.Malformed) in try decodeTime(&r) }
        guard r.isAtEnd else { throw ByteReader.Malformed() }
        return (entities, times)
    }

    private static func encode(_ time: TimeExpression, into w: inout ByteWriter) {
        w.int(time.start)
        w.int(time.end - time.start)
        w.string(time.type.rawValue)
        w.string(time.value)
        w.optionalString(time.granularity?.rawValue)
    }

    private static func decodeTime(_ r: inout ByteReader) throws(ByteReader.Malformed) -> TimeExpression {
        let start = try r.int()
        let end = start + (try r.int())
        let type = try r.enumeration(TimexType.self)
        let value = try r.string()
        var granularity: Granularity?
        if let raw = try r.optionalString() {
            guard let known = Granularity(rawValue: raw) else { throw ByteReader.Malformed() }
            granularity = known
        }
        return TimeExpression(start: start, end: end, type: type, value: value, granularity: granularity)
    }

    /// An event's entities are written as positions in the summary's entity list (plus one; zero
    /// before an id that is not there), so decoding shares the list's strings.
    private static func encode(_ event: ArticleEvent, entityIndex: [String: Int], into w: inout ByteWriter) {
        w.string(event.id)
        w.string(event.kind.rawValue)
        w.string(event.value)
        w.string(event.granularity.rawValue)
        w.int(event.start)
        w.int(event.end - event.start)
        w.count(event.entities.count)
        for id in event.entities {
            if let index = entityIndex[id] {
                w.count(index + 1)
            } else {
                w.count(0)
                w.string(id)
            }
        }
        w.string(event.text)
    }

    private static func decodeEvent(_ r: inout ByteReader, entities: [EntityRef], sharing strings: inout StringInterner)
        throws(ByteReader.Malformed) -> ArticleEvent {
        let id = try r.string()
        let kind = try r.enumeration(ArticleEvent.Kind.self)
        let value = try r.string()
        let granularity = try r.enumeration(Granularity.self)
        let start = try r.int()
        let end = start + (try r.int())
        let ids = try r.array { (r: inout ByteReader) throws(ByteReader.Malformed) in
            let position = try r.unsigned()
            guard position > 0 else { return try r.string(sharing: &strings) }
            guard position <= UInt64(entities.count) else { throw ByteReader.Malformed() }
            return entities[Int(position - 1)].id
        }
        return ArticleEvent(id: id, kind: kind, value: value, granularity: granularity, start: start, end: end,
                            entities: ids, text: try r.string())
    }
}
