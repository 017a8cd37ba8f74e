import TidingsKit

/// The happenings several of the timeline's events report: each is one row, its first report's,
/// until it is opened to show the other reports under it.
struct HappeningFold: Sendable {
    /// The reports of each happening, by position in the pane's events.
    private(set) var happenings: [ListedHappening] = []
    /// The happening of each of those events, by position.
    private var happeningOfEvent: [Int32: Int32] = [:]
    /// The happenings shown with their reports under them.
    var open: Set<Int32> = []

    /// What an event is in the rows.
    enum Part: Equatable {
        /// It reports a happening no other event of the pane reports.
        case alone
        /// The row of a happening shown as one row.
        case folded(ListedHappening)
        /// The row of a happening shown with its other reports under it.
        case opened(ListedHappening)
        /// One of the other reports, under its happening's row; the last one closes the branch.
        case report(last: Bool)

        var isReport: Bool { if case .report = self { true } else { false } }
    }

    init() {}

    init(_ happenings: [ListedHappening]) {
        self.happenings = happenings
        for (number, happening) in happenings.enumerated() {
            for position in happening.positions { happeningOfEvent[Int32(position)] = Int32(number) }
        }
    }

    /// The happening event `position` reports, when other events of the pane report it too.
    func happening(of position: Int32) -> Int32? { happeningOfEvent[position] }

    func part(of position: Int32) -> Part {
        guard let number = happeningOfEvent[position] else { return .alone }
        let happening = happenings[Int(number)]
        if happening.positions[0] == Int(position) { return open.contains(number) ? .opened(happening) : .folded(happening) }
        return .report(last: happening.positions.last == Int(position))
    }

    /// The rows of event `position`: its own when alone, a happening's from its first report
    /// (its other reports after it when opened), none for a report of a folded happening.
    func appendRows(of position: Int32, to rows: inout [TimelineRow]) {
        guard let number = happeningOfEvent[position] else {
            rows.append(.event(position))
            return
        }
        let reports = happenings[Int(number)].positions
        guard reports[0] == Int(position) else { return }
        rows.append(.event(position))
        if open.contains(number) { rows += reports.dropFirst().map { .event(Int32($0)) } }
    }
}

extension TimelineState {
    /// The selected row's event, by position in `events`.
    var selectedPosition: Int32? {
        guard let selected, case .event(let position)? = rows[safe: selected] else { return nil }
        return position
    }

    /// The happening of the selected row, when other events of the pane report it too.
    var selectedHappening: Int32? { selectedPosition.flatMap(fold.happening(of:)) }
}

extension AppState {
    /// `l`, or `Enter` on a folded happening: its other reports under its row, the selection
    /// staying on it.
    mutating func openHappening() {
        guard let selected = timeline.selected, let position = timeline.selectedPosition else { return }
        switch timeline.fold.part(of: position) {
        case .folded(let happening):
            timeline.fold.open.insert(timeline.fold.happening(of: position)!)
            timeline.opened.insert(timeline.events[Int(position)].id)
            timeline.rows.insert(contentsOf: happening.positions.dropFirst().map { .event(Int32($0)) }, at: selected + 1)
            timeline.indexRows()
            // Scrolled to show the reports as far as they fit, the happening's row kept in view.
            timeline.selected = selected + happening.positions.count - 1
            keepTimelineVisible()
            timeline.selected = selected
            keepTimelineVisible()
        case .opened, .report:
            break
        case .alone:
            say(corpusTimeline.reportCount(of: timeline.events[Int(position)].id) > 1
                ? "the other reports are not in this timeline" : "no other article reports this")
        }
    }

    /// `h`: the selected happening (or the happening of the selected report) back to one row,
    /// which takes the selection.
    mutating func foldHappening() {
        guard let position = timeline.selectedPosition, let number = timeline.fold.happening(of: position),
              timeline.fold.open.contains(number) else { return }
        let reports = timeline.fold.happenings[Int(number)].positions
        let row = Int(timeline.rowOfEvent[reports[0]])
        timeline.fold.open.remove(number)
        timeline.opened = timeline.opened.filter { id in
            timeline.events.position(of: id).map { timeline.fold.happening(of: Int32($0)) != number } ?? true
        }
        timeline.rows.removeSubrange(row + 1..<row + reports.count)
        timeline.indexRows()
        timeline.selected = row
        selectionChanged()
    }
}
