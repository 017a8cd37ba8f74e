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
public enum TimelineRow: Equatable, Sendable {
    case year(Int, count: Int)
    case month(year: Int, month: Int, count: Int)
    /// An index into the timeline index's events.
    case event(Int)
}

/// The timeline pane: scope, zoom, its rows, the monthly density rail, selection and scroll.
public struct TimelineState: Sendable {
    public var scope: TimelineScope = .all
    public var zoom: TimelineZoom = .day
    /// The entity of the entity scope.
    public var entity: String?
    public var rows: [TimelineRow] = []
    public var selected: Int?
    public var top = 0
    /// Events per month of each year, for the rail.
    public var rail: [(year: Int, months: [Int])] = []
    /// The selected event's links, strongest first.
    public var links: [EventLink] = []
    /// The selected event by name, to find it again when the corpus changes.
    public var selectedKey: EventKey?

    func isSelectable(_ row: TimelineRow) -> Bool {
        switch (row, zoom) {
        case (.event, .day), (.month, .month), (.year, .year): true
        default: false
        }
    }

    var selectedEvent: Int? {
        guard let selected, case .event(let index) = rows[safe: selected] else { return nil }
        return index
    }

    /// Rows from events in time order, grouped by year and month at the zoom.
    static func rows(for events: [Int], in index: TimelineIndex, zoom: TimelineZoom) -> [TimelineRow] {
        var rows: [TimelineRow] = []
        var yearRow: Int?
        var monthRow: Int?
        var lastYear = Int.min, lastMonth = -1
        for event in events {
            let point = index.events[event].point
            if point.year != lastYear {
                rows.append(.year(point.year, count: 0))
                yearRow = rows.count - 1
                lastYear = point.year
                lastMonth = -1
            }
            if case .year(let y, let count) = rows[yearRow!] { rows[yearRow!] = .year(y, count: count + 1) }
            if zoom == .year { continue }
            if point.month > 0, point.month != lastMonth {
                rows.append(.month(year: point.year, month: point.month, count: 0))
                monthRow = rows.count - 1
                lastMonth = point.month
            }
            if point.month > 0, case .month(let y, let m, let count) = rows[monthRow!] {
                rows[monthRow!] = .month(year: y, month: m, count: count + 1)
            }
            if zoom == .day { rows.append(.event(event)) }
        }
        return rows
    }

    static func rail(for events: [Int], in index: TimelineIndex) -> [(year: Int, months: [Int])] {
        var rail: [(year: Int, months: [Int])] = []
        for event in events {
            let point = index.events[event].point
            guard point.month > 0 else { continue }
            if rail.last?.year != point.year { rail.append((point.year, Array(repeating: 0, count: 12))) }
            rail[rail.count - 1].months[point.month - 1] += 1
        }
        return rail
    }

    mutating func keepVisible(rows visible: Int) {
        guard let selected, visible > 0 else {
            top = max(0, min(top, rows.count - 1))
            return
        }
        if selected < top { top = max(0, selected - 1) }
        if selected >= top + visible { top = selected - visible + 1 }
        top = max(0, min(top, max(0, rows.count - visible)))
    }
}

extension AppState {
    /// Rows the timeline pane has for its list: its height minus the rail line.
    var timelineRows: Int { max(1, frameSize(.timeline).height - 2) }

    /// The events in scope, in time order.
    func eventsInScope() -> [Int] {
        switch timeline.scope {
        case .all:
            return Array(timelineIndex.events.indices)
        case .article:
            guard let path = reading?.document.path else { return [] }
            return timelineIndex.events.indices.filter { timelineIndex.events[$0].key.path == path }
        case .entity:
            guard let id = timeline.entity else { return [] }
            return timelineIndex.events(naming: id)
        }
    }

    /// Rebuilds the rows after the corpus, scope or zoom changed, keeping the selected event.
    mutating func rebuildTimeline() {
        let keepKey = timeline.selectedKey
        let keepRow = timeline.selected.flatMap { timeline.rows[safe: $0] }
        let events = eventsInScope()
        timeline.rows = TimelineState.rows(for: events, in: timelineIndex, zoom: timeline.zoom)
        timeline.rail = TimelineState.rail(for: events, in: timelineIndex)
        if let keepKey, let index = timelineIndex.index(of: keepKey), let row = timeline.rows.firstIndex(of: .event(index)) {
            timeline.selected = row
        } else if let keepRow, let row = timeline.rows.firstIndex(where: { AppState.sameBucket($0, keepRow) }) {
            timeline.selected = row
        } else {
            timeline.selected = timeline.rows.lastIndex { timeline.isSelectable($0) }
        }
        selectionChanged()
    }

    static func sameBucket(_ a: TimelineRow, _ b: TimelineRow) -> Bool {
        switch (a, b) {
        case (.year(let x, _), .year(let y, _)): x == y
        case (.month(let x, let m, _), .month(let y, let n, _)): x == y && m == n
        default: false
        }
    }

    mutating func selectionChanged() {
        timeline.selectedKey = timeline.selectedEvent.map { timelineIndex.events[$0].key }
        timeline.links = timeline.selectedEvent.map { timelineIndex.links(of: $0) } ?? []
        timeline.keepVisible(rows: timelineRows)
    }

    mutating func moveTimeline(by delta: Int) {
        let selectable = timeline.rows.indices.filter { timeline.isSelectable(timeline.rows[$0]) }
        guard !selectable.isEmpty else { return }
        let current = timeline.selected.flatMap { selectable.firstIndex(of: $0) } ?? (delta > 0 ? -1 : selectable.count)
        timeline.selected = selectable[max(0, min(selectable.count - 1, current + delta))]
        selectionChanged()
    }

    /// Selects an event, switching to a scope that lists it when the current one does not.
    mutating func focusEvent(_ index: Int) {
        if timeline.zoom != .day { timeline.zoom = .day }
        if !eventsInScope().contains(index) { timeline.scope = .all }
        timeline.rows = TimelineState.rows(for: eventsInScope(), in: timelineIndex, zoom: timeline.zoom)
        timeline.rail = TimelineState.rail(for: eventsInScope(), in: timelineIndex)
        timeline.selected = timeline.rows.firstIndex(of: .event(index))
        selectionChanged()
    }

    /// `]`/`[`: the nearest linked event later (or earlier) in time than the selected one.
    mutating func stepLink(forward: Bool) {
        guard let current = timeline.selectedEvent else {
            say("select an event first")
            return
        }
        let targets = timeline.links.map(\.target)
        let next = forward ? targets.filter { $0 > current }.min() : targets.filter { $0 < current }.max()
        guard let next, let link = timeline.links.first(where: { $0.target == next }) else {
            say(timeline.links.isEmpty ? "no linked events" : forward ? "no later linked event" : "no earlier linked event")
            return
        }
        recordPlace()
        focusEvent(next)
        say(describeLink(link))
    }

    func describeLink(_ link: EventLink) -> String {
        let event = timelineIndex.events[link.target]
        let title = summary(path: event.key.path)?.title ?? AppState.fileName(event.key.path)
        let shared = link.shared.compactMap { timelineIndex.entities[$0]?.name }.prefix(3).joined(separator: ", ")
        return "→ \(title)" + (shared.isEmpty ? "" : " · shares \(shared)")
    }

    mutating func cycleScope() {
        let order: [TimelineScope] = [.all, .article, .entity]
        var next = order[(order.firstIndex(of: timeline.scope)! + 1) % order.count]
        if next == .entity, timeline.entity == nil { next = .all }
        if next == .article, reading == nil { next = timeline.entity == nil ? .all : .entity }
        timeline.scope = next
        rebuildTimeline()
        say("timeline: \(scopeLabel)")
    }

    var scopeLabel: String {
        switch timeline.scope {
        case .all: return "all"
        case .article: return "this article"
        case .entity: return timeline.entity.flatMap { timelineIndex.entities[$0]?.name } ?? "entity"
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
            let bucket = row
            rebuildTimeline()
            if let start = timeline.rows.firstIndex(where: { AppState.sameBucket($0, bucket) }) {
                timeline.selected = timeline.rows[start...].firstIndex { timeline.isSelectable($0) }
                selectionChanged()
            }
            return []
        case .event(let index):
            let event = timelineIndex.events[index]
            return open(path: event.key.path, at: event.kind == .published ? nil : event.start)
        }
    }

    /// `y` on the timeline: the event with its date and source.
    var eventCopyText: String? {
        guard let index = timeline.selectedEvent else { return nil }
        let event = timelineIndex.events[index]
        let summary = summary(path: event.key.path)
        let source = summary?.source.map { ", " + $0 } ?? ""
        let value = summary?.events.first { $0.id == event.key.id }?.value ?? ""
        return "\(value): \(event.text) (\(summary?.date.iso ?? "")\(source))"
    }
}
