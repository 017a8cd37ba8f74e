import TidingsKit

/// `tidings timeline --json`: one array of events sorted by time (DESIGN §4).
enum TimelineJSON {
    /// `happenings`: per event, its happening's id, how many articles report it, and its story's id.
    static func text(_ events: [TimelineEvent], _ links: [[TimelineLink]],
                     happenings: [(id: String, reports: Int, story: String)]) -> String {
        typealias J = JSONText
        let items = zip(zip(events, links), happenings).map { pair, happening in
            let (event, links) = pair
            return J.object([
                "id": J.quoted(event.id),
                "happening": J.quoted(happening.id),
                "reports": "\(happening.reports)",
                "story": J.quoted(happening.story),
                "value": J.quoted(event.event.value),
                "granularity": J.quoted(event.event.granularity.rawValue),
                "path": J.quoted(event.path),
                "title": J.quoted(event.title),
                "start": "\(event.event.start)",
                "end": "\(event.event.end)",
                "text": J.quoted(event.event.text),
                "entities": J.array(event.entities.map { entity in
                    J.object(["id": J.quoted(entity.id), "name": J.quoted(entity.name),
                              "type": J.quoted(entity.type.rawValue)])
                }),
                "links": J.array(links.map { link in
                    J.object(["event": J.quoted(link.event), "weight": TimelineWeight.text(link.weight),
                              "shared": J.array(link.shared.map(J.quoted)), "evidence": J.quoted(link.evidence),
                              "same_happening": link.sameHappening ? "true" : "false"])
                }),
            ])
        }
        return "[" + items.joined(separator: ",\n") + "]\n"
    }
}

/// Link weights to three decimals, as every export writes them.
enum TimelineWeight {
    static func text(_ weight: Double) -> String {
        let thousandths = Int((weight * 1000).rounded())
        return "\(thousandths / 1000)." + pad(thousandths % 1000, 3)
    }
}
