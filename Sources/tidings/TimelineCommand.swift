import ArgumentParser
import TidingsKit

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print the corpus timeline: every event in time order, with its linked events.",
        discussion: """
            Dates for --from and --to are days (2023-11-18), months (2023-11) or years (2023); \
            --to reaches the end of the period it names. An imprecise event (a month, a year) \
            sorts and filters at the start of its period.
            """)

    @Flag(name: .long, help: "One JSON array sorted by time.")
    var json = false

    @Flag(name: .long, help: "CSV with a header row.")
    var csv = false

    @Flag(name: .long, help: "An iCalendar file (RFC 5545) that calendar programs import.")
    var ics = false

    @Option(name: .long, help: "Only events naming this entity (its id or any of its names, any case; else the entities whose names hold these words).")
    var entity: String?

    @Option(name: .long, help: "Only events from this date on.")
    var from: String?

    @Option(name: .long, help: "Only events up to this date.")
    var to: String?

    @Option(name: .long, help: "Links listed per event, strongest first.")
    var links = 10

    @Argument(help: "The articles folder.")
    var folder: String

    func validate() throws {
        guard [json, csv, ics].filter({ $0 }).count <= 1 else {
            throw ValidationError("choose one of --json, --csv and --ics")
        }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, TimeSpan(value: value) == nil {
                throw ValidationError("\(name) \(value): not a date (2023-11-18, 2023-11 or 2023)")
            }
        }
        if let from, let to, let start = TimeSpan(value: from)?.start, let last = TimeSpan(value: to)?.last, start > last {
            throw ValidationError("--from \(from) is after --to \(to)")
        }
        guard links >= 0 else { throw ValidationError("--links must be 0 or more") }
    }

    func run() throws {
        if let problem = FolderArgument.problem(folder) {
            warn(problem)
            throw ExitCode.failure
        }
        let loaded = TimelineSource.load(folder: folder)
        for failure in loaded.failures { warn(failure.description) }
        // The folder itself could not be listed: the line above says why.
        if loaded.summaries.isEmpty, loaded.failures.contains(where: { $0.path == folder }) {
            throw ExitCode.failure
        }
        let timeline = Timeline(loaded.summaries)
        var events = Array(timeline.events(from: from.flatMap(TimeSpan.init(value:))?.start,
                                           through: to.flatMap(TimeSpan.init(value:))?.last))
        if let entity {
            // A name an entity goes by, else words of one ("Brekke" for Anna Brekke).
            var wanted = Set(timeline.entities(named: entity))
            if wanted.isEmpty { wanted = Set(timeline.entities(namedWithWords: entity)) }
            if wanted.isEmpty { warn("no entity named \(entity)") }
            events = events.filter { $0.entities.contains { wanted.contains($0.id) } }
        }
        let eventLinks = timeline.links(of: events.map(\.id), limit: links)
        var out = OutputStream.standardOutput()
        if json {
            out.write(TimelineJSON.text(events, eventLinks))
        } else if csv {
            out.write(TimelineCSV.text(events, eventLinks))
        } else if ics {
            out.write(TimelineICS.text(events))
        } else {
            out.write(TimelineListing.text(events, eventLinks))
        }
        out.flush()
    }
}

/// Where the timeline's articles come from: the one function to change when they are read from
/// the library's cache.
enum TimelineSource {
    static func load(folder: String) -> (summaries: [ArticleSummary], failures: [ReadFailure]) {
        let corpus = Corpus.load(folder: folder)
        return (corpus.entries.map { ArticleSummary(article: $0.article, analysis: $0.analysis) }, corpus.failures)
    }
}
