import TidingsKit

/// The JSON Lines record of `tidings extract --json` (DESIGN §4).
enum ExtractJSON {
    /// `withText` adds the text the offsets count into and where its body starts.
    static func line(_ article: Article, _ analysis: Analysis, withText: Bool = false) -> String {
        typealias J = JSONText
        let entities = analysis.entities.map { e in
            J.object(["start": "\(e.start)", "end": "\(e.end)", "text": J.quoted(article.text(e.range)),
                      "type": J.quoted(e.type.rawValue), "id": J.quoted(e.id)])
        }
        let times = analysis.times.map { t in
            J.object(["start": "\(t.start)", "end": "\(t.end)", "text": J.quoted(article.text(t.range)),
                      "type": J.quoted(t.type.rawValue), "value": J.quoted(t.value),
                      "granularity": J.optional(t.granularity?.rawValue)])
        }
        // The publication names every entity of the article, in order of first mention, as the
        // timeline lists it.
        var seen = Set<String>()
        let everyEntity = analysis.entities.map(\.id).filter { seen.insert($0).inserted }
        let events = analysis.events.map { e in
            J.object(["id": J.quoted(e.id), "value": J.quoted(e.value), "start": "\(e.start)", "end": "\(e.end)",
                      "entities": J.array((e.kind == .published ? everyEntity : e.entities).map(J.quoted))])
        }
        var fields: [(String, String)] = [
            ("path", J.quoted(article.path)),
            ("format", J.quoted(article.format.rawValue)),
            ("date", J.quoted(article.dateText)),
            ("dateSource", J.quoted(article.dateSource.rawValue)),
            ("title", J.quoted(article.title)),
            ("source", J.optional(article.source)),
            ("entities", J.array(entities)),
            ("times", J.array(times)),
            ("events", J.array(events)),
            ("warnings", J.array(article.warnings.map { J.quoted($0.message) })),
        ]
        if withText { fields += [("text", J.quoted(article.text)), ("bodyStart", "\(article.header.bodyStart)")] }
        return J.object(fields) + "\n"
    }
}
