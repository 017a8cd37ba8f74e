import TidingsKit
import TidingsUI

/// The readable listing of `tidings extract` without `--json`.
enum ExtractListing {
    static func text(_ article: Article, _ analysis: Analysis) -> String {
        var lines = [Visible.text(article.path)]
        lines.append("  date     \(article.dateText) (from the \(dateSourceName(article.dateSource)))")
        lines.append("  title    \(Visible.text(article.title))")
        lines.append("  source   \(article.source.map(Visible.text) ?? "-")")
        // The other header fields, when the article has them.
        for (name, value) in [("url", article.url), ("author", article.author),
                              ("tags", article.tags.joined(separator: ", ")),
                              ("places", article.places.joined(separator: ", "))] {
            if let value, !value.isEmpty {
                lines.append("  " + name + String(repeating: " ", count: 9 - name.count) + Visible.text(value))
            }
        }
        lines.append("  body     " + counted(analysis.sentences.count, "sentence") + ", "
                     + counted(article.boilerplate.count, "boilerplate paragraph"))
        for warning in article.warnings { lines.append("  warning  \(warning.message)") }
        for time in analysis.times {
            lines.append("  time     \(quoted(article, time.range))  \(TimexWords.words(time.value, type: time.type))")
        }
        for entity in analysis.entities {
            lines.append("  entity   \(quoted(article, entity.range))  \(entity.type.rawValue) \(entity.id)")
        }
        for event in analysis.events where event.kind == .mention {
            lines.append("  event    \(TimexWords.words(event.value))  \(quoted(article, event.start..<event.end))")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    static func dateSourceName(_ source: DateSource) -> String {
        switch source {
        case .header: return "header"
        case .fileName: return "file name"
        case .modificationTime: return "modification time"
        }
    }

    static func quoted(_ article: Article, _ range: Range<Int>) -> String {
        "\u{201C}" + Visible.text(article.text(range)) + "\u{201D}"
    }
}
