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
        let period = TimelineSource.Period(from: from.flatMap(TimeSpan.init(value:))?.start,
                                           through: to.flatMap(TimeSpan.init(value:))?.last)
        // Links, and the stories they chain (in JSON), reach events outside the period: only a
        // timeline without them can leave those out.
        let loaded = TimelineSource.load(folder: folder, period: links == 0 && !json ? period : nil, keepingNames: entity != nil)
        loaded.problems.forEach(warn)
        let timeline = loaded.timeline
        var events: [TimelineEvent]
        if let entity {
            // A name an entity goes by, else words of one ("Brekke" for Anna Brekke).
            var wanted = timeline.entities(named: entity)
            if wanted.isEmpty { wanted = timeline.entities(namedWithWords: entity) }
            guard !wanted.isEmpty else {
                warn("no entity named \(entity)")
                throw ExitCode.failure
            }
            events = Array(timeline.events(entities: wanted, from: period.from, through: period.through))
        } else {
            events = Array(timeline.events(from: period.from, through: period.through))
        }
        var out = OutputStream.standardOutput()
        if json {
            // Links and stories from one weighing of each event's candidates.
            let linked = timeline.linksAndStories(of: events.map(\.id), limit: links)
            let happenings = zip(events, linked).map { event, linked in
                (id: timeline.happening(of: event.id) ?? event.id, reports: timeline.reportCount(of: event.id), story: linked.story)
            }
            out.write(TimelineJSON.text(events, linked.map(\.links), happenings: happenings))
        } else if ics {
            out.write(TimelineICS.text(events))
        } else {
            let eventLinks = links == 0 ? events.map { _ in [] } : timeline.links(of: events.map(\.id), limit: links)
            out.write(csv ? TimelineCSV.text(events, eventLinks) : TimelineListing.text(events, eventLinks))
        }
        out.flush()
    }
}

/// Where the timeline's articles come from: the folder's cache, brought up to date first as
/// `tidings index` does, so that only new and changed files are analysed, and read a slice at a
/// time.
enum TimelineSource {
    /// Days from and through which events are wanted (nil: unbounded).
    struct Period {
        var from: CalendarDate?
        var through: CalendarDate?

        func contains(_ event: ArticleEvent) -> Bool {
            guard let day = TimeSpan(value: event.value)?.startDay else { return false }
            return (from.map { day >= $0.dayNumber } ?? true) && (through.map { day <= $0.dayNumber } ?? true)
        }
    }

    /// With `period`, each article keeps only its events in it, and an article with none is left
    /// out unless `keepingNames` (`--entity` looks names up among every article's entities): a
    /// timeline of a few events out of a large folder is built from those alone.
    static func load(folder: String, period: Period?, keepingNames: Bool) -> (timeline: Timeline, problems: [String]) {
        let library = Library(folder: folder)
        let report = library.index(progress: nil)
        var builder = Timeline.Builder()
        library.forEachCompleteSlice { slice in
            guard let period else { return builder.add(slice) }
            builder.add(slice.compactMap { summary in
                var kept = summary
                kept.events = summary.events.filter(period.contains)
                return kept.events.isEmpty && !keepingNames ? nil : kept
            })
        }
        let failures = report.failures.sorted { $0.path < $1.path }.map(\.description)
        return (builder.finish(), report.notices + failures + library.drainNotices())
    }
}
