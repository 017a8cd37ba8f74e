import TidingsKit

/// `tidings timeline --ics`: an iCalendar file (RFC 5545). Dates are all-day events over their whole
/// period (a month spans the month); clock times are timed events; each event's UID comes from
/// its id, so importing again updates rather than duplicates.
enum TimelineICS {
    static func text(_ events: [TimelineEvent]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tidings//Tidings \(Tidings.version)//EN",
                     "CALSCALE:GREGORIAN"]
        for event in events {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + uid(event.id))
            // The article's date stands in for the creation time, so the output is reproducible.
            lines.append("DTSTAMP:" + basic(event.articleDate) + "T000000Z")
            if event.event.granularity == .time, event.event.value.contains(":") {
                let minute = event.span.minute
                lines.append("DTSTART:" + basic(event.span.start) + "T" + pad(minute / 60, 2) + pad(minute % 60, 2) + "00")
            } else {
                lines.append("DTSTART;VALUE=DATE:" + basic(event.span.start))
                lines.append("DTEND;VALUE=DATE:" + basic(CalendarDate(dayNumber: event.span.endDay)))
            }
            let published = event.event.kind == .published
            lines.append("SUMMARY:" + escape(published ? event.title : shortened(event.event.text)))
            let description = published ? ["Published: " + event.title, event.path]
                                        : [event.event.text, event.title, event.path]
            lines.append("DESCRIPTION:" + description.map(escape).joined(separator: "\\n"))
            if !event.entities.isEmpty {
                lines.append("CATEGORIES:" + event.entities.map { escape($0.name) }.joined(separator: ","))
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map { fold($0) + "\r\n" }.joined()
    }

    static func basic(_ date: CalendarDate) -> String {
        pad(date.year, 4) + pad(date.month, 2) + pad(date.day, 2)
    }

    /// A stable, opaque UID: the FNV-1a hash of the event id (paths may hold any character).
    static func uid(_ id: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + "@tidings"
    }

    /// TEXT escaping: backslash, semicolon and comma escaped; controls made visible, line breaks
    /// turned into spaces.
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in Visible.text(text).unicodeScalars {
            if scalar == "\\" || scalar == ";" || scalar == "," { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    static let summaryLength = 100

    static func shortened(_ text: String) -> String {
        guard text.count > summaryLength else { return text }
        let cut = text.prefix(summaryLength)
        let head = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return head + "…"
    }

    /// Lines of at most 75 octets; each continuation starts with a space. UTF-8 sequences are never
    /// split.
    static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += width
        }
        return out
    }
}
