import TidingsKit

/// Which events the timeline lists.
public enum TimelineScope: String, CaseIterable, Sendable {
    case all, article, entity
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
    /// An index into the pane's events.
    case event(Int32)
}

/// A line of the timeline pane's list.
enum TimelineLine: Equatable {
    /// The header of the rows below, scrolled off above them.
    case pinned(Int)
    case row(Int)
    /// `↳ N linked` under the selected event.
    case linkHint
}

/// A jump made with `]` or `[`.
struct LinkStep: Equatable, Sendable {
    var from: String
    var to: String
    var forward: Bool
}

/// The timeline pane: the events in scope, grouped into rows at the zoom, the monthly density
/// rail, the selection and its links, the scroll.
public struct TimelineState: Sendable {
    public var scope: TimelineScope = .all
    public var zoom: TimelineZoom = .day
    /// The entity of the entity scope.
    public var entity: String?
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
    /// The row of each event, by its index in `events`.
    var rowOfEvent: [Int32] = []

    func isSelectable(_ row: TimelineRow) -> Bool {
        switch (row, zoom) {
        case (.event, .day), (.month, .month), (.year, .year): true
        default: false
        }
    }

    public var selectedEvent: TimelineEvent? {
        guard let selected, case .event(let index) = rows[safe: selected] else { return nil }
        return events[Int(index)]
    }

    /// Year, and month when the period is a month or finer.
    static func bucket(_ span: TimeSpan) -> (year: Int, month: Int) {
        (span.start.year, span.granularity <= .season ? span.start.month : 0)
    }

    /// Rows from events in time order, grouped by year and month at the zoom. Zoomed to months,
    /// the events of a year that name no month are one bucket of their own (`month` 0), first
    /// under the year's row (they start with the year, among its first days' events). A year
    /// whose rows are one month's has no row of its own: the month's row names the year.
    static func rows(for events: TimelineEventList, zoom: TimelineZoom) -> [TimelineRow] {
        var rows: [TimelineRow] = []
        // Sized before it fills: grown by doubling, a large timeline's rows would keep up to
        // half their memory unused.
        rows.reserveCapacity(rowCount(for: events, zoom: zoom))
        var yearRow = 0, monthRow = 0
        var lastYear = Int.min, lastMonth = -1
        // The current year's month rows (with its no-month bucket), and its events listed under
        // no month row.
        var months = 0, loose = 0
        var hasNoMonthRow = false
        func count(at row: Int) {
            switch rows[row] {
            case .year(let y, let count): rows[row] = .year(y, count: count + 1)
            case .month(let y, let m, let count): rows[row] = .month(year: y, month: m, count: count + 1)
            case .event: break
            }
        }
        func closeYear() {
            if zoom != .year, lastYear != Int.min, months == 1, loose == 0 { rows.remove(at: yearRow) }
        }
        for index in events.indices {
            let (year, month) = bucket(events.span(at: index))
            if year != lastYear {
                closeYear()
                rows.append(.year(Int32(year), count: 0))
                yearRow = rows.count - 1
                lastYear = year
                lastMonth = -1
                months = 0
                loose = 0
                hasNoMonthRow = false
            }
            count(at: yearRow)
            if zoom == .year { continue }
            if month == 0, zoom == .month {
                if !hasNoMonthRow {
                    rows.insert(.month(year: Int32(year), month: 0, count: 0), at: yearRow + 1)
                    if lastMonth > 0 { monthRow += 1 }
                    hasNoMonthRow = true
                    months += 1
                }
                count(at: yearRow + 1)
                continue
            }
            guard month > 0 else {
                loose += 1
                rows.append(.event(Int32(index)))
                continue
            }
            if month != lastMonth {
                rows.append(.month(year: Int32(year), month: Int32(month), count: 0))
                monthRow = rows.count - 1
                lastMonth = month
                months += 1
            }
            count(at: monthRow)
            if zoom == .day { rows.append(.event(Int32(index))) }
        }
        closeYear()
        return rows
    }

    /// How many rows `rows(for:zoom:)` makes at most (before the years it leaves out).
    static func rowCount(for events: TimelineEventList, zoom: TimelineZoom) -> Int {
        var count = zoom == .day ? events.count : 0
        var lastYear = Int.min, lastMonth = -1
        for index in events.indices {
            let (year, month) = bucket(events.span(at: index))
            if year != lastYear {
                count += 1
                lastYear = year
                lastMonth = -1
            }
            // (A year's no-month bucket may be counted more than once: this is a bound.)
            if zoom != .year, month > 0 || zoom == .month, month != lastMonth {
                count += 1
                lastMonth = month
            }
        }
        return count
    }

    static func rail(for events: TimelineEventList) -> [(year: Int, months: [Int])] {
        var rail: [(year: Int, months: [Int])] = []
        for index in events.indices {
            let (year, month) = bucket(events.span(at: index))
            guard month > 0 else { continue }
            if rail.last?.year != year { rail.append((year, Array(repeating: 0, count: 12))) }
            rail[rail.count - 1].months[month - 1] += 1
        }
        return rail
    }

    /// The selectable row for a bucket at this zoom: the bucket's own row, its year's row when
    /// zoomed out further, or its first event when zoomed in; a month's row stands for the events
    /// of its year that name no month.
    func row(inBucket bucket: TimelineRow) -> Int? {
        let year: Int32, month: Int32
        switch bucket {
        case .year(let y, _): (year, month) = (y, 0)
        case .month(let y, let m, _): (year, month) = (y, m)
        case .event: return nil
        }
        let header = rows.firstIndex { row in
            switch (row, zoom) {
            case (.year(let y, _), .year): y == year
            case (.month(let y, let m, _), _): y == year && (m == month || month == 0)
            case (.year(let y, _), _): y == year && month == 0
            default: false
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

    /// The lines under the rail: the pinned header, then rows from `top`, with the selected
    /// event's hint under it (its links; `sourceHint`: its source too, shown even without links).
    func lines(count: Int, sourceHint: Bool) -> [TimelineLine] {
        var lines: [TimelineLine] = []
        if let header = pinnedHeader(top: top) { lines.append(.pinned(header)) }
        var index = top
        while lines.count < count, index < rows.count {
            lines.append(.row(index))
            if index == selected, case .event = rows[index], sourceHint || !links.isEmpty { lines.append(.linkHint) }
            index += 1
        }
        return Array(lines.prefix(count))
    }

    /// The year a row falls in.
    func year(ofRow index: Int) -> Int {
        switch rows[index] {
        case .year(let year, _), .month(let year, _, _): Int(year)
        case .event(let event): TimelineState.bucket(events.span(at: Int(event))).year
        }
    }

    /// Scrolls so that the selection shows in `visible` rows (the pinned header takes one).
    mutating func keepVisible(rows visible: Int) {
        func lastTop() -> Int {
            let top = max(0, rows.count - visible)
            return pinnedHeader(top: top) == nil ? top : min(top + 1, max(0, rows.count - 1))
        }
        guard let selected, visible > 0 else {
            top = max(0, min(top, lastTop()))
            return
        }
        if selected < top { top = max(0, selected - 1) }
        if selected >= top + visible { top = selected - visible + 1 }
        if visible > 1, selected >= top + visible - 1, pinnedHeader(top: top) != nil { top += 1 }
        top = max(0, min(top, lastTop()))
    }

    /// A header's text: `2024`, `Feb 2024`, or for the events of a year that name no month
    /// `2024 · no month` (`2024` alone when they are all the year has); with the count of events
    /// when the zoom makes it a bucket.
    func label(ofRow index: Int) -> String {
        func events(_ n: Int32) -> String { "  \(n) event\(n == 1 ? "" : "s")" }
        switch rows[index] {
        case .year(let year, let count):
            return String(year) + (zoom == .year ? events(count) : "")
        case .month(let year, 0, let count):
            var underYear = false
            if case .year(year, _)? = rows[safe: index - 1] { underYear = true }
            return String(year) + (underYear ? " · no month" : "") + events(count)
        case .month(let year, let month, let count):
            return TimelineState.monthName(Int(month)) + " " + String(year) + (zoom == .month ? events(count) : "")
        case .event:
            return ""
        }
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func monthName(_ month: Int) -> String {
        (1...12).contains(month) ? monthNames[month - 1] : "—"
    }
}

extension AppState {
    /// Rows the timeline pane has for its list: its height minus the rail line and the link hint.
    var timelineRows: Int { max(1, frameSize(.timeline).height - 2) }

    /// The timeline pane's lines under its rail: the hint under the selected event names its
    /// source when the rows have no room for it.
    func timelineLines(count: Int, columns: TimelinePane.EventColumns) -> [TimelineLine] {
        let sourceHint = columns.source == 0 && timeline.selectedEvent.flatMap(source(of:)) != nil
        return timeline.lines(count: count, sourceHint: sourceHint)
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
        }
    }

    /// Rebuilds the rows after the corpus, scope or zoom changed, keeping the selected event
    /// (or bucket) selected.
    mutating func rebuildTimeline() {
        let keepID = timeline.selectedID
        let keepRow = timeline.selected.flatMap { timeline.rows[safe: $0] }
        timeline.events = eventsInScope()
        timeline.rows = TimelineState.rows(for: timeline.events, zoom: timeline.zoom)
        timeline.rail = TimelineState.rail(for: timeline.events)
        timeline.rowOfEvent = Array(repeating: -1, count: timeline.events.count)
        for (row, entry) in timeline.rows.enumerated() {
            if case .event(let index) = entry { timeline.rowOfEvent[Int(index)] = Int32(row) }
        }
        if let keepID, let row = row(ofEvent: keepID) {
            timeline.selected = row
        } else if let keepID, let index = timeline.events.position(of: keepID) {
            // Zoomed out: the bucket that holds the event.
            let (year, month) = TimelineState.bucket(timeline.events.span(at: index))
            timeline.selected = timeline.row(inBucket: .month(year: Int32(year), month: Int32(month), count: 0))
        } else if let keepRow {
            timeline.selected = timeline.row(inBucket: keepRow)
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

    static func sameBucket(_ a: TimelineRow, _ b: TimelineRow) -> Bool {
        switch (a, b) {
        case (.year(let x, _), .year(let y, _)): x == y
        case (.month(let x, let m, _), .month(let y, let n, _)): x == y && m == n
        default: false
        }
    }

    mutating func selectionChanged() {
        if let event = timeline.selectedEvent {
            timeline.selectedID = event.id
        } else if let id = timeline.selectedID, let row = timeline.selected.flatMap({ timeline.rows[safe: $0] }),
                  let index = timeline.events.position(of: id) {
            // A bucket keeps the event it was zoomed out from while it holds it: zooming back in
            // returns to that event, and to the bucket's first after a move.
            let (year, month) = TimelineState.bucket(timeline.events.span(at: index))
            if !AppState.sameBucket(row, .month(year: Int32(year), month: Int32(month), count: 0)),
               !AppState.sameBucket(row, .year(Int32(year), count: 0)) {
                timeline.selectedID = nil
            }
        } else {
            timeline.selectedID = nil
        }
        timeline.links = timeline.selectedEvent.map { corpusTimeline.links(of: $0.id, limit: 500) } ?? []
        timeline.keepVisible(rows: timelineRows)
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

    /// `]`/`[`: the linked event that comes next (or just before) in the timeline; right after
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
        let target = forward ? corpusTimeline.nextLinked(from: current.id) : corpusTimeline.previousLinked(from: current.id)
        guard let target else {
            say(timeline.links.isEmpty ? "no linked events" : forward ? "no later linked event" : "no earlier linked event")
            return
        }
        let link = timeline.links.first { $0.event == target.id }
        recordPlace()
        focusEvent(target.id)
        timeline.linkTrail.append(LinkStep(from: current.id, to: target.id, forward: forward))
        say(describe(target, shared: link?.shared ?? []))
    }

    func describe(_ event: TimelineEvent, shared: [String]) -> String {
        let names = shared.compactMap { corpusTimeline.entity(id: $0)?.name }.prefix(3).joined(separator: ", ")
        return "→ \(Visible.text(event.title))" + (names.isEmpty ? "" : " · shares \(names)")
    }

    mutating func cycleScope() {
        let order: [TimelineScope] = [.all, .article, .entity]
        var next = order[(order.firstIndex(of: timeline.scope)! + 1) % order.count]
        if next == .entity, timeline.entity == nil { next = .all }
        if next == .article, reading == nil { next = timeline.entity == nil ? .all : .entity }
        // This article's timeline starts at its publication, unless one of its events is chosen.
        let chosen = timeline.selectedEvent.map { $0.path == reading?.document.path } ?? false
        timeline.scope = next
        rebuildTimeline()
        if next == .article, !chosen, let path = reading?.document.path { followArticle(path) }
        let entity = timeline.entity.flatMap { corpusTimeline.entity(id: $0)?.name } ?? "an entity (Enter on a name)"
        say("timeline: \(scopeLabel) · t cycles all, this article, \(entity)")
    }

    var scopeLabel: String {
        switch timeline.scope {
        case .all: return "all"
        case .article: return "this article"
        case .entity: return timeline.entity.flatMap { corpusTimeline.entity(id: $0)?.name } ?? "entity"
        }
    }

    mutating func cycleZoom() {
        let order = TimelineZoom.allCases
        timeline.zoom = order[(order.firstIndex(of: timeline.zoom)! + 1) % order.count]
        rebuildTimeline()
        say("zoom: \(timeline.zoom.rawValue)")
    }

    /// `Enter` on the timeline: a bucket zooms in; an event opens its article at its sentence.
    mutating func openTimelineRow() -> [Effect] {
        guard let selected = timeline.selected, let row = timeline.rows[safe: selected] else { return [] }
        switch row {
        case .year, .month:
            timeline.zoom = timeline.zoom == .year ? .month : .day
            rebuildTimeline()
            if let start = timeline.row(inBucket: row) {
                timeline.selected = start
                selectionChanged()
            }
            return []
        case .event(let index):
            let event = timeline.events[Int(index)]
            return open(path: event.path, at: event.event.kind == .published ? nil : event.event.start)
        }
    }

    /// `y` on the timeline: the event with its date and source.
    var eventCopyText: String? {
        guard let event = timeline.selectedEvent else { return nil }
        let source = self.source(of: event).map { ", " + $0 } ?? ""
        let text = eventText(event)
        return "\(event.event.value): \(Visible.text(text)) (\(event.articleDate.iso)\(source))"
    }
}
