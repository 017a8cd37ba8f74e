import TidingsKit

/// Which events the timeline lists.
public enum TimelineScope: String, CaseIterable, Sendable {
    case all, article, entity, story
}

/// How finely the timeline groups events.
public enum TimelineZoom: String, CaseIterable, Sendable {
    case day, month, year
}

/// A row of the timeline pane.
/// Narrow numbers: a large corpus's timeline has a row per event.
public enum TimelineRow: Equatable, Sendable {
    case year(Int32, count: Int32)
    case month(year: Int32, month: Int32, count: Int32)
    /// A season, quarter, decade or century: a heading of its own, named by its first event (an
    /// index into the pane's events).
    case period(Int32, count: Int32)
    /// An index into the pane's events.
    case event(Int32)
}

/// What a heading stands for, kept while the rows are rebuilt: a year, a month of a year (0: the
/// year's events that name no month), or a period by its span.
enum TimelineBucket: Equatable {
    case year(Int)
    case month(year: Int, month: Int)
    case period(TimeSpan)
}

/// A line of the timeline pane's list.
enum TimelineLine: Equatable {
    /// The header of the rows below, scrolled off above them.
    case pinned(Int)
    case row(Int)
    /// Where the event of the row above comes from, in a pane too narrow for its columns.
    case origin(Int)
    /// `↳ N linked` under the selected event.
    case linkHint
}

/// A jump made with `]` or `[`.
struct LinkStep: Equatable, Sendable {
    var from: String
    /// The event selected after the jump: the linked event, or the row of its happening.
    var to: String
    /// The linked event the jump went to.
    var linked: String
    var forward: Bool
}

/// The timeline pane: the events in scope, grouped into rows at the zoom, the monthly density
/// rail, the selection and its links, the scroll.
public struct TimelineState: Sendable {
    public var scope: TimelineScope = .all
    public var zoom: TimelineZoom = .day
    /// The entity of the entity scope.
    public var entity: String?
    /// The event whose story the story scope shows, and what the story is about.
    public var story: String?
    var storyName = ""
    /// The events in scope, in timeline order.
    public var events = TimelineEventList()
    public var rows: [TimelineRow] = []
    public var selected: Int?
    public var top = 0
    /// Events per month of each year, for the rail.
    public var rail: [(year: Int, months: [Int])] = []
    /// The selected event's links, strongest first.
    public var links: [TimelineLink] = []
    /// The selected event's id, to find it again when the corpus changes.
    public var selectedID: String?
    /// The jumps `]` and `[` made, latest last, so that the other key retraces them.
    var linkTrail: [LinkStep] = []
    /// The row of each event, by its index in `events` (a folded report: its happening's row).
    var rowOfEvent: [Int32] = []
    /// The happenings several events in scope report, each one row until opened.
    var fold = HappeningFold()
    /// Events whose happenings are open: kept by id, so that they stay open when the rows are
    /// rebuilt.
    var opened: Set<String> = []

    func isSelectable(_ row: TimelineRow) -> Bool {
        switch (row, zoom) {
        case (.event, .day), (.month, .month), (.year, .year), (.period, .month), (.period, .year): true
        default: false
        }
    }

    public var selectedEvent: TimelineEvent? {
        guard let selected, case .event(let index) = rows[safe: selected] else { return nil }
        return events[Int(index)]
    }

    /// Whether a span has a heading of its own, and comes before its year's rows: a decade or a
    /// century; and whether it has one among its year's months: a season, quarter or half.
    static func isEra(_ span: TimeSpan) -> Bool { span.granularity >= .decade }
    static func isPeriod(_ span: TimeSpan) -> Bool { span.granularity == .quarter || span.granularity == .season }

    /// The heading an event sits under.
    func bucket(ofEvent index: Int) -> TimelineBucket {
        let span = events.span(at: index)
        if TimelineState.isEra(span) || TimelineState.isPeriod(span) { return .period(span) }
        return .month(year: span.start.year, month: span.granularity == .year ? 0 : span.start.month)
    }

    /// The bucket a heading row stands for.
    func bucket(ofRow index: Int) -> TimelineBucket? {
        switch rows[safe: index] {
        case .year(let year, _)?: .year(Int(year))
        case .month(let year, let month, _)?: .month(year: Int(year), month: Int(month))
        case .period(let first, _)?: .period(events.span(at: Int(first)))
        case .event?, nil: nil
        }
    }

    /// Rows from events in time order, year by year. A year's decades and centuries come first,
    /// each under its own heading; then the year's row with the events that name only the year
    /// (zoomed to months, one bucket of their own, `month` 0); then its months, each season,
    /// quarter or half under its own heading before the month it starts in. A year whose rows
    /// are one bucket's has no row of its own: the bucket's heading names the year. A happening
    /// several events report is one row (`fold`).
    static func rows(for events: TimelineEventList, zoom: TimelineZoom, fold: HappeningFold = HappeningFold()) -> [TimelineRow] {
        var rows: [TimelineRow] = []
        // Sized before it fills: grown by doubling, a large timeline's rows would keep up to
        // half their memory unused.
        rows.reserveCapacity(rowCount(for: events, zoom: zoom))
        var first = events.startIndex
        while first < events.endIndex {
            let year = events.span(at: first).start.year
            var end = first + 1
            while end < events.endIndex, events.span(at: end).start.year == year { end += 1 }
            appendYear(first..<end, of: events, zoom: zoom, fold: fold, to: &rows)
            first = end
        }
        return rows
    }

    /// One year's rows (its events start in that year, in time order).
    private static func appendYear(_ range: Range<Int>, of events: TimelineEventList, zoom: TimelineZoom,
                                   fold: HappeningFold, to rows: inout [TimelineRow]) {
        let year = events.span(at: range.lowerBound).start.year
        // Buckets of events: decades and centuries; the year's own; seasons, quarters and months
        // with their first month and whether they are a period. Found by their span or month:
        // a year can hold very many events.
        var eras: [[Int32]] = [], loose: [Int32] = []
        var parts: [(month: Int, period: Bool, events: [Int32])] = []
        var bucketOfSpan: [TimeSpan: Int] = [:]
        var partOfMonth = Array(repeating: -1, count: 13)
        for index in range {
            let span = events.span(at: index)
            if isEra(span) {
                if let k = bucketOfSpan[span] { eras[k].append(Int32(index)) } else {
                    bucketOfSpan[span] = eras.count
                    eras.append([Int32(index)])
                }
            } else if span.granularity == .year {
                loose.append(Int32(index))
            } else if isPeriod(span) {
                if let k = bucketOfSpan[span] { parts[k].events.append(Int32(index)) } else {
                    bucketOfSpan[span] = parts.count
                    parts.append((span.start.month, true, [Int32(index)]))
                }
            } else if partOfMonth[span.start.month] >= 0 {
                parts[partOfMonth[span.start.month]].events.append(Int32(index))
            } else {
                partOfMonth[span.start.month] = parts.count
                parts.append((span.start.month, false, [Int32(index)]))
            }
        }
        func append(_ heading: TimelineRow, _ members: [Int32]) {
            rows.append(heading)
            if zoom == .day { for event in members { fold.appendRows(of: event, to: &rows) } }
        }
        // The wider first: a century before the decade it starts with.
        for era in eras.sorted(by: { events.span(at: Int($0[0])).endDay > events.span(at: Int($1[0])).endDay }) {
            append(.period(era[0], count: Int32(era.count)), era)
        }
        let inYear = loose.count + parts.reduce(0) { $0 + $1.events.count }
        guard inYear > 0 else { return }
        if zoom == .year {
            rows.append(.year(Int32(year), count: Int32(inYear)))
            return
        }
        // Zoomed to months, the year's own events are a bucket among the others; zoomed to days
        // they stand under the year's row.
        let headings = parts.count + (loose.isEmpty ? 0 : 1)
        if headings != 1 || (zoom == .day && !loose.isEmpty) { rows.append(.year(Int32(year), count: Int32(inYear))) }
        if !loose.isEmpty {
            if zoom == .month { rows.append(.month(year: Int32(year), month: 0, count: Int32(loose.count))) }
            else { for event in loose { fold.appendRows(of: event, to: &rows) } }
        }
        parts.sort { a, b in
            (a.month, a.period ? 0 : 1, -events.span(at: Int(a.events[0])).endDay)
                < (b.month, b.period ? 0 : 1, -events.span(at: Int(b.events[0])).endDay)
        }
        for part in parts {
            let count = Int32(part.events.count)
            append(part.period ? .period(part.events[0], count: count)
                               : .month(year: Int32(year), month: Int32(part.month), count: count), part.events)
        }
    }

    /// A bound on the rows `rows(for:zoom:)` makes: each bucket starts where an event's heading
    /// differs from the one before, and may bring its year's row.
    static func rowCount(for events: TimelineEventList, zoom: TimelineZoom) -> Int {
        var count = zoom == .day ? events.count : 0
        var previous: TimeSpan?
        for index in events.indices {
            let span = events.span(at: index)
            if let previous, previous.start.year == span.start.year,
               previous == span || (previous.granularity <= .month && span.granularity <= .month
                                    && previous.start.month == span.start.month) { continue }
            count += 2
            previous = span
        }
        return count
    }

    /// Events per month of each year, of the events that fall in a month.
    static func rail(for events: TimelineEventList) -> [(year: Int, months: [Int])] {
        var rail: [(year: Int, months: [Int])] = []
        for index in events.indices {
            let span = events.span(at: index)
            guard span.granularity <= .month else { continue }
            if rail.last?.year != span.start.year { rail.append((span.start.year, Array(repeating: 0, count: 12))) }
            rail[rail.count - 1].months[span.start.month - 1] += 1
        }
        return rail
    }

    /// The selectable row for a bucket at this zoom: the bucket's own row, its year's row when
    /// zoomed out further, or its first event when zoomed in; a month's row stands for the events
    /// of its year that name no month.
    func row(inBucket bucket: TimelineBucket) -> Int? {
        let header = rows.indices.first { index in
            switch (rows[index], bucket) {
            case (.year(let y, _), .year(let year)): return Int(y) == year
            case (.month(let y, _, _), .year(let year)): return Int(y) == year
            case (.year(let y, _), .month(let year, let month)): return Int(y) == year && (zoom == .year || month == 0)
            case (.month(let y, let m, _), .month(let year, let month)): return Int(y) == year && (Int(m) == month || month == 0)
            case (.period(let first, _), .period(let span)): return events.span(at: Int(first)) == span
            // Zoomed to years, a season or a quarter is counted in its year.
            case (.year(let y, _), .period(let span)): return zoom == .year && Int(y) == span.start.year
            default: return false
            }
        }
        guard let header else { return nil }
        return rows[header...].firstIndex(where: isSelectable)
    }

    /// The header above row `top` when the list starts below it: a month's (or a year's) events
    /// scrolled up to the top keep their month on the pane's first line.
    func pinnedHeader(top: Int) -> Int? {
        guard case .event? = rows[safe: top] else { return nil }
        return rows[..<top].lastIndex { if case .event = $0 { false } else { true } }
    }

    /// The lines under the rail: the pinned header, then rows from `top`, each event with its
    /// origin under it when `eventLines` is 2, and the selected event's hint under it (its
    /// links; with `hint`, what its row does not say, shown even without links).
    func lines(count: Int, eventLines: Int, hint: Bool) -> [TimelineLine] {
        var lines: [TimelineLine] = []
        if let header = pinnedHeader(top: top) { lines.append(.pinned(header)) }
        var index = top
        while lines.count < count, index < rows.count {
            lines.append(.row(index))
            if case .event = rows[index] {
                if eventLines > 1 { lines.append(.origin(index)) }
                if index == selected, hint || !links.isEmpty { lines.append(.linkHint) }
            }
            index += 1
        }
        return Array(lines.prefix(count))
    }

    /// Finds each event's row again after the rows changed: a report of a folded happening is
    /// on its happening's row.
    mutating func indexRows() {
        rowOfEvent = Array(repeating: -1, count: events.count)
        for (row, entry) in rows.enumerated() {
            if case .event(let index) = entry { rowOfEvent[Int(index)] = Int32(row) }
        }
        for happening in fold.happenings {
            let row = rowOfEvent[happening.positions[0]]
            for position in happening.positions.dropFirst() where rowOfEvent[position] < 0 { rowOfEvent[position] = row }
        }
    }

    /// The year a row falls in.
    func year(ofRow index: Int) -> Int {
        switch rows[index] {
        case .year(let year, _), .month(let year, _, _): Int(year)
        case .period(let event, _), .event(let event): events.span(at: Int(event)).start.year
        }
    }

    /// Scrolls so that the selection shows in `visible` lines (the pinned header takes one, an
    /// event `eventLines`).
    mutating func keepVisible(lines visible: Int, eventLines: Int) {
        func height(_ row: Int) -> Int { if case .event = rows[row] { eventLines } else { 1 } }
        func pinned(_ top: Int) -> Int { pinnedHeader(top: top) == nil ? 0 : 1 }
        // The first top from which the last rows fill the lines.
        func lastTop() -> Int {
            guard var top = rows.indices.last else { return 0 }
            var used = height(top)
            while top > 0, used + height(top - 1) + pinned(top - 1) <= visible {
                top -= 1
                used += height(top)
            }
            return top
        }
        guard let selected, rows.indices.contains(selected), visible > 0 else {
            top = max(0, min(top, lastTop()))
            return
        }
        if selected < top { top = max(0, selected - 1) }
        // Each row takes a line at least: the selection is within `visible` rows of the top.
        if selected >= top + visible { top = selected - visible + 1 }
        var used = pinned(top) + (top...max(top, selected)).reduce(0) { $0 + height($1) }
        while top < selected, used > visible {
            used -= height(top) + pinned(top)
            top += 1
            used += pinned(top)
        }
        top = max(0, min(top, lastTop()))
    }

    /// A header's text: `2024`, `Feb 2024`, or for the events of a year that name no month
    /// `2024 · no month` (`2024` alone when they are all the year has); with the count of events
    /// when the zoom makes it a bucket.
    func label(ofRow index: Int) -> String {
        func tally(_ n: Int32) -> String { "  " + counted(Int(n), "event") }
        switch rows[index] {
        case .year(let year, let count):
            return String(year) + (zoom == .year ? tally(count) : "")
        case .month(let year, 0, let count):
            var underYear = false
            if case .year(year, _)? = rows[safe: index - 1] { underYear = true }
            return String(year) + (underYear ? " · no month" : "") + tally(count)
        case .month(let year, let month, let count):
            return TimelineState.monthName(Int(month)) + " " + String(year) + (zoom == .month ? tally(count) : "")
        case .period(let first, let count):
            return TimexWords.words(self.events[Int(first)].event.value) + (zoom == .day ? "" : tally(count))
        case .event:
            return ""
        }
    }

    /// `Feb`
    static func monthName(_ month: Int) -> String {
        (1...12).contains(month) ? String(TimexWords.monthNames[month - 1].prefix(3)) : "—"
    }
}

extension AppState {
    /// Lines the timeline pane has for its rows: its height minus the rail line and the link hint.
    var timelineRows: Int { max(1, frameSize(.timeline).height - 2) }

    /// Scrolls the timeline so that its selection shows.
    mutating func keepTimelineVisible() {
        let columns = TimelinePane.EventColumns(self, paneWidth: frameSize(.timeline).width)
        timeline.keepVisible(lines: timelineRows, eventLines: columns.eventLines)
    }

    /// The timeline pane's lines under its rail, with a hint under the selected event when it
    /// has links or something its row does not say.
    func timelineLines(count: Int, columns: TimelinePane.EventColumns) -> [TimelineLine] {
        let hint = selectedEventHint(columns)
        return timeline.lines(count: count, eventLines: columns.eventLines, hint: hint.date != nil || hint.source != nil)
    }

    /// What the selected event's row does not say: its date in words when its heading and day
    /// do not (a time or part of a day, a week or weekend), its source when the rows do not
    /// name it.
    func selectedEventHint(_ columns: TimelinePane.EventColumns) -> (date: String?, source: String?) {
        guard let event = timeline.selectedEvent else { return (nil, nil) }
        let said = event.event.kind == .published || ![.time, .week].contains(event.span.granularity)
        let date = said ? nil : TimexWords.words(event.event.value)
        return (date, columns.namesSource ? nil : source(of: event))
    }

    /// The source of an event's article.
    func source(of event: TimelineEvent) -> String? { summary(path: event.path)?.source }

    /// The events in scope, in timeline order.
    func eventsInScope() -> TimelineEventList {
        switch timeline.scope {
        case .all:
            return corpusTimeline.events
        case .article:
            guard let path = reading?.document.path else { return TimelineEventList() }
            return corpusTimeline.events(article: path)
        case .entity:
            guard let id = timeline.entity else { return TimelineEventList() }
            // The entity under every type its name was given, as the entity view lists it.
            return corpusTimeline.events(entities: corpusTimeline.namesakes(of: id))
        case .story:
            return timeline.story.flatMap(corpusTimeline.story(of:))?.events ?? TimelineEventList()
        }
    }

    /// Rebuilds the rows after the corpus, scope or zoom changed, keeping the selected event
    /// (or bucket) selected.
    mutating func rebuildTimeline() {
        let keepID = timeline.selectedID
        let keepBucket = timeline.selected.flatMap(timeline.bucket(ofRow:))
        timeline.events = eventsInScope()
        if timeline.scope == .story { timeline.storyName = corpusTimeline.storyName(of: timeline.events) }
        // This article's events are each its own row, whatever other articles report them.
        timeline.fold = timeline.scope == .article ? HappeningFold() : HappeningFold(timeline.events.happenings())
        for id in timeline.opened {
            if let position = timeline.events.position(of: id), let happening = timeline.fold.happening(of: Int32(position)) {
                timeline.fold.open.insert(happening)
            }
        }
        timeline.rows = TimelineState.rows(for: timeline.events, zoom: timeline.zoom, fold: timeline.fold)
        timeline.rail = TimelineState.rail(for: timeline.events)
        timeline.indexRows()
        if let keepID, let row = row(ofEvent: keepID) {
            timeline.selected = row
        } else if let keepID, let index = timeline.events.position(of: keepID) {
            // Zoomed out: the bucket that holds the event.
            timeline.selected = timeline.row(inBucket: timeline.bucket(ofEvent: index))
        } else if let keepBucket {
            timeline.selected = timeline.row(inBucket: keepBucket)
        }
        if timeline.selected.flatMap({ timeline.rows[safe: $0] }).map(timeline.isSelectable) != true {
            timeline.selected = timeline.rows.lastIndex { timeline.isSelectable($0) }
        }
        selectionChanged()
    }

    func row(ofEvent id: String) -> Int? {
        guard let index = timeline.events.position(of: id), timeline.rowOfEvent[index] >= 0 else { return nil }
        return Int(timeline.rowOfEvent[index])
    }

    mutating func selectionChanged() {
        if let event = timeline.selectedEvent {
            timeline.selectedID = event.id
        } else if let id = timeline.selectedID, let row = timeline.selected.flatMap(timeline.bucket(ofRow:)),
                  let index = timeline.events.position(of: id) {
            // A bucket keeps the event it was zoomed out from while it holds it: zooming back in
            // returns to that event, and to the bucket's first after a move.
            if row != timeline.bucket(ofEvent: index), row != .year(timeline.events.span(at: index).start.year) {
                timeline.selectedID = nil
            }
        } else {
            timeline.selectedID = nil
        }
        timeline.links = timeline.selectedEvent.map { corpusTimeline.links(of: $0.id, limit: 500) } ?? []
        keepTimelineVisible()
    }

    /// Moves the selection `delta` selectable rows, stopping at the first or last; it looks only
    /// at the rows it passes, so a move costs the same in a timeline of a million events.
    mutating func moveTimeline(by delta: Int) {
        let rows = timeline.rows
        func selectable(_ row: Int?) -> Bool { row.flatMap { rows[safe: $0] }.map(timeline.isSelectable) ?? false }
        let step = delta > 0 ? 1 : -1
        var probe = selectable(timeline.selected) ? timeline.selected! : (delta > 0 ? -1 : rows.count)
        var target: Int?
        var remaining = delta.magnitude
        while remaining > 0 {
            probe += step
            guard rows.indices.contains(probe) else { break }
            if timeline.isSelectable(rows[probe]) {
                target = probe
                remaining -= 1
            }
        }
        if let target { timeline.selected = target }
        guard selectable(timeline.selected) else { return }
        selectionChanged()
    }

    /// Selects an event, switching to a scope and zoom that list it when the current ones do not.
    mutating func focusEvent(_ id: String) {
        if let row = row(ofEvent: id) {
            timeline.selected = row
            selectionChanged()
            return
        }
        timeline.selectedID = id
        timeline.selected = nil
        timeline.zoom = .day
        if eventsInScope().position(of: id) == nil { timeline.scope = .all }
        rebuildTimeline()
    }

    /// `]`/`[`: the linked happening that comes next (or just before) in the timeline; right after
    /// a jump the other key retraces it, so `]` then `[` comes back.
    mutating func stepLink(forward: Bool) {
        guard let current = timeline.selectedEvent else {
            say("select an event first")
            return
        }
        if timeline.linkTrail.last?.to != current.id { timeline.linkTrail.removeAll() }
        if let step = timeline.linkTrail.last, step.forward != forward, let origin = corpusTimeline.event(id: step.from) {
            timeline.linkTrail.removeLast()
            recordPlace()
            focusEvent(origin.id)
            let key = keymap.key(for: forward ? .previousLink : .nextLink, in: .timeline)?.name ?? (forward ? "[" : "]")
            say("↩ \(Visible.text(origin.title)) · back the way \(key) came")
            return
        }
        guard let target = linkedHappening(from: current, forward: forward) else {
            say(timeline.links.isEmpty ? "no linked events" : forward ? "no later linked event" : "no earlier linked event")
            return
        }
        let link = timeline.links.first { $0.event == target.id }
        recordPlace()
        focusEvent(target.id)
        timeline.linkTrail.append(LinkStep(from: current.id, to: timeline.selectedID ?? target.id, linked: target.id,
                                           forward: forward))
        say(describe(target, shared: link?.shared ?? []))
    }

    /// The linked event nearest after (or before) `current` in the timeline of a happening and an
    /// article the jumps so far have not reached: each jump reaches a happening not seen yet (not
    /// another report of one), in an article not entered yet.
    func linkedHappening(from current: TimelineEvent, forward: Bool) -> TimelineEvent? {
        let reached = [current.id] + timeline.linkTrail.flatMap { [$0.from, $0.to, $0.linked] }
        let articles = Set(reached.compactMap { TimelineEvent.split(id: $0)?.path })
        let happenings = Set(reached.compactMap(corpusTimeline.happening(of:)))
        let order = corpusTimeline.events
        guard let here = order.position(of: current.id) else { return nil }
        var best: (position: Int, id: String)?
        for link in timeline.links {
            guard let path = TimelineEvent.split(id: link.event)?.path, !articles.contains(path),
                  let position = order.position(of: link.event), forward ? position > here : position < here else { continue }
            if let best, forward ? best.position < position : best.position > position { continue }
            guard let happening = corpusTimeline.happening(of: link.event), !happenings.contains(happening) else { continue }
            best = (position, link.event)
        }
        return best.flatMap { corpusTimeline.event(id: $0.id) }
    }

    func describe(_ event: TimelineEvent, shared: [String]) -> String {
        let names = shared.compactMap { corpusTimeline.entity(id: $0)?.name }.prefix(3).joined(separator: ", ")
        return "→ \(Visible.text(event.title))" + (names.isEmpty ? "" : " · shares \(names)")
    }

    mutating func cycleScope() {
        let order: [TimelineScope] = [.all, .article, .entity, .story]
        let event = timeline.selectedEvent?.id
        // Each scope in turn, passing those with nothing to show: no article open, no entity
        // chosen, no event selected.
        var next = timeline.scope
        repeat {
            next = order[(order.firstIndex(of: next)! + 1) % order.count]
        } while next == .article && reading == nil || next == .entity && timeline.entity == nil
            || next == .story && event == nil
        // This article's timeline starts at its publication, unless one of its events is chosen.
        let chosen = timeline.selectedEvent.map { $0.path == reading?.document.path } ?? false
        if next == .story { timeline.story = event }
        timeline.scope = next
        rebuildTimeline()
        if next == .article, !chosen, let path = reading?.document.path { followArticle(path) }
        let entity = timeline.entity.flatMap { corpusTimeline.entity(id: $0)?.name } ?? "an entity (Enter on a name)"
        say("timeline: \(scopeLabel) · t cycles all, this article, \(entity), the event's story")
    }

    var scopeLabel: String {
        switch timeline.scope {
        case .all: return "all"
        case .article: return "this article"
        case .entity: return timeline.entity.flatMap { corpusTimeline.entity(id: $0)?.name } ?? "entity"
        case .story: return "story: " + timeline.storyName
        }
    }

    mutating func cycleZoom() {
        let order = TimelineZoom.allCases
        timeline.zoom = order[(order.firstIndex(of: timeline.zoom)! + 1) % order.count]
        rebuildTimeline()
        say("zoom: \(timeline.zoom.rawValue)")
    }

    /// `Enter` on the timeline: a bucket zooms in; a folded happening opens to its reports; an
    /// event opens its article at its sentence.
    mutating func openTimelineRow() -> [Effect] {
        guard let selected = timeline.selected, let row = timeline.rows[safe: selected] else { return [] }
        switch row {
        case .year, .month, .period:
            guard let bucket = timeline.bucket(ofRow: selected) else { return [] }
            timeline.zoom = timeline.zoom == .year ? .month : .day
            rebuildTimeline()
            if let start = timeline.row(inBucket: bucket) {
                timeline.selected = start
                selectionChanged()
            }
            return []
        case .event(let index):
            if case .folded = timeline.fold.part(of: index) {
                openHappening()
                return []
            }
            let event = timeline.events[Int(index)]
            return open(path: event.path, at: event.event.kind == .published ? nil : event.event.start)
        }
    }

    /// `y` on the timeline: the event with its date and source.
    var eventCopyText: String? {
        guard let event = timeline.selectedEvent else { return nil }
        let source = self.source(of: event).map { ", " + $0 } ?? ""
        let text = eventText(event)
        return "\(TimexWords.words(event.event.value)): \(Visible.text(text)) (\(event.articleDate.iso)\(source))"
    }
}
