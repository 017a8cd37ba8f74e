import TidingsKit

/// `tidings timeline --csv`: one row per event under a header row, quoted as RFC 4180 says.
enum TimelineCSV {
    static let header = ["id", "value", "granularity", "period_start", "period_end", "path", "title", "start", "end",
                         "text", "entities", "links"]

    static func text(_ events: [TimelineEvent], _ links: [[TimelineLink]]) -> String {
        var rows = [row(header)]
        for (event, links) in zip(events, links) {
            rows.append(row([
                event.id, event.event.value, event.event.granularity.rawValue, event.span.start.iso,
                event.span.last.iso, event.path, event.title, "\(event.event.start)", "\(event.event.end)",
                event.event.text,
                event.entities.map(\.id).joined(separator: "; "),
                links.map { "\($0.event) \(TimelineWeight.text($0.weight))" }.joined(separator: "; "),
            ]))
        }
        return rows.joined()
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field is quoted when it holds a comma, a quote or a line break; quotes are doubled.
    /// Terminal control characters (a title may hold them) become visible placeholders, so a CSV
    /// printed to a terminal cannot drive it.
    static func field(_ value: String) -> String {
        let quoting = value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        var out = String.UnicodeScalarView()
        if quoting { out.append("\"") }
        for scalar in value.unicodeScalars {
            if scalar == "\"" { out.append("\"") }
            out.append(ControlCharacters.isHidden(scalar) ? ControlCharacters.placeholder(for: scalar) : scalar)
        }
        if quoting { out.append("\"") }
        return String(out)
    }
}
