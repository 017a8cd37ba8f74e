import TidingsKit

/// `tidings timeline` without a format flag: one line per event, then its strongest links.
enum TimelineListing {
    static let shownLinks = 3
    /// The date column: as wide as the longest day in words.
    static let dateWidth = TimexWords.widestDay + 1

    static func text(_ events: [TimelineEvent], _ links: [[TimelineLink]]) -> String {
        var lines: [String] = []
        for (event, links) in zip(events, links) {
            let what = event.event.kind == .published ? "published: " + event.title : event.event.text
            lines.append(pad(TimexWords.words(event.event.value), dateWidth) + pad(event.path, 28) + Visible.text(what))
            for link in links.prefix(shownLinks) {
                let shared = link.shared.isEmpty ? "" : "  (" + link.shared.joined(separator: ", ") + ")"
                lines.append(String(repeating: " ", count: dateWidth) + "↳ " + TimelineWeight.text(link.weight) + "  "
                             + Visible.text(link.event) + Visible.text(shared))
            }
            if links.count > shownLinks {
                lines.append(String(repeating: " ", count: dateWidth) + "  and \(links.count - shownLinks) more")
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let visible = Visible.text(text)
        return visible.count >= width ? visible + " " : visible + String(repeating: " ", count: width - visible.count)
    }
}
