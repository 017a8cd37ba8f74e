import XCTest
import TidingsKit
@testable import TidingsUI

/// The timeline pane's rows, zoom, scroll, link steps and scope.
final class TimelineTests: XCTestCase {
    private func state(_ articles: [FixtureArticle], width: Int = 120, height: Int = 40) -> AppState {
        let entries = articles.map(\.entry)
        var state = AppState(store: MemoryArticleStore(entries: entries), folderLabel: "~/news", width: width, height: height)
        state.apply(.loaded(entries.map { ArticleSummary(article: $0.article, analysis: $0.analysis) }))
        return state
    }

    private func selectedRow(_ state: AppState) -> TimelineRow? {
        state.timeline.selected.flatMap { state.timeline.rows[safe: $0] }
    }

    /// `z` keeps the selection's place: the month (then year) that holds the selected event, and
    /// back at day zoom the same event; a year chosen while zoomed out opens at its first event.
    func testZoomKeepsTheSelectionsPlace() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("3", "g", "j", "j")
        let event = state.timeline.selectedEvent!
        XCTAssertEqual(event.span.start.month, 2)
        state.press("z")
        XCTAssertEqual(selectedRow(state), .month(year: 2024, month: 2, count: 5))
        state.press("z")
        XCTAssertEqual(selectedRow(state), .year(2024, count: 15))
        state.press("z")
        XCTAssertEqual(state.timeline.selectedEvent?.id, event.id)

        state.press("z", "z", "g")
        XCTAssertEqual(selectedRow(state), .year(1947, count: 1))
        state.press("z")
        XCTAssertEqual(state.timeline.selectedEvent?.span.start.year, 1947)
    }

    /// A year's row stands only over more than one month (or events that name no month), and
    /// zoomed to months those events are a bucket with its count.
    func testHeadersNeitherRepeatNorStandBare() {
        var state = state([Fixture.bakery])
        XCTAssertEqual(state.timeline.rows, [.year(1947, count: 1), .event(0), .month(year: 2024, month: 3, count: 2),
                                             .event(1), .event(2)])
        state.press("3", "z")
        XCTAssertEqual(state.timeline.rows, [.month(year: 1947, month: 0, count: 1), .month(year: 2024, month: 3, count: 2)])
        XCTAssertEqual(state.timeline.label(ofRow: 0), "1947  1 event")
        state.press("g", "Enter")
        XCTAssertEqual(state.timeline.selectedEvent?.span.start.year, 1947)

        let archive = FixtureArticle(path: "/news/2024-05-02-archive.txt", text: """
            title: Archive opens
            date: 2024-05-02

            The dam was planned in 1961. Building began in June 1961.
            """, times: [("June 1961", "1961-06", .month), ("1961", "1961", .year)])
        state = self.state([archive])
        state.press("3", "z")
        XCTAssertEqual(state.timeline.rows, [.year(1961, count: 2), .month(year: 1961, month: 0, count: 1),
                                             .month(year: 1961, month: 6, count: 1), .month(year: 2024, month: 5, count: 1)])
        XCTAssertEqual(state.timeline.label(ofRow: 1), "1961 · no month  1 event")

        // Events that name only their year, and others of its first days, come in any order:
        // each bucket is still one row.
        let interleaved = FixtureArticle(path: "/news/1988-03-02-review.txt", text: """
            title: Review
            date: 1988-03-02

            Sales rose on Jan 1. Prices fell in 1988. Output grew on Jan 1. Stocks rose in 1988.
            """, times: [("Jan 1", "1988-01-01", .day), ("1988", "1988", .year)])
        state = self.state([interleaved])
        state.press("3", "z")
        XCTAssertEqual(state.timeline.rows, [.year(1988, count: 5), .month(year: 1988, month: 0, count: 2),
                                             .month(year: 1988, month: 1, count: 2), .month(year: 1988, month: 3, count: 1)])
        XCTAssertEqual(state.timeline.label(ofRow: 1), "1988 · no month  2 events")
    }

    /// An article naming a day of a quarter's first month, the quarter, a season, a decade and a century.
    static let review = FixtureArticle(path: "/news/2024-11-02-review.txt", text: """
        title: Review
        date: 2024-11-02

        Growth began on 1 Apr 2024. Sales fell in the second quarter of 2024. Work ended on 2 Apr 2024.
        Prices rose in autumn 2024. Trade grew through the 2020s. Trade has grown in the 21st century.
        """, times: [("1 Apr 2024", "2024-04-01", .day), ("the second quarter of 2024", "2024-Q2", .quarter),
                     ("2 Apr 2024", "2024-04-02", .day), ("autumn 2024", "2024-FA", .season),
                     ("the 2020s", "202", .decade), ("the 21st century", "20", .century)])

    /// A season, a quarter, a decade and a century each head rows of their own, named in words:
    /// a quarter before the month it starts in, a decade or century before its first year's rows;
    /// zoomed out they are buckets with their counts, and zooming keeps the selection in them.
    func testPeriodsHeadTheirOwnRows() {
        var state = state([TimelineTests.review])
        let spans = state.timeline.events.indices.map { state.timeline.events.span(at: $0).granularity }
        XCTAssertEqual(spans, [.century, .decade, .day, .quarter, .day, .season, .day])
        XCTAssertEqual(state.timeline.rows, [
            .period(0, count: 1), .event(0), .period(1, count: 1), .event(1), .year(2024, count: 5),
            .period(3, count: 1), .event(3), .month(year: 2024, month: 4, count: 2), .event(2), .event(4),
            .period(5, count: 1), .event(5), .month(year: 2024, month: 11, count: 1), .event(6)])
        XCTAssertEqual([0, 2, 5, 10].map(state.timeline.label(ofRow:)),
                       ["the 21st century", "the 2020s", "the second quarter of 2024", "autumn 2024"])
        for zoom in TimelineZoom.allCases {
            XCTAssertGreaterThanOrEqual(TimelineState.rowCount(for: state.timeline.events, zoom: zoom),
                                        TimelineState.rows(for: state.timeline.events, zoom: zoom).count, "\(zoom)")
        }
        var side = self.state([TimelineTests.review], width: 80, height: 24)
        side.press("3", "g")
        Golden.check("timeline-periods-80x24", side)

        state.press("3", "G", "k")
        XCTAssertEqual(state.timeline.selectedEvent?.span.granularity, .season)
        state.press("z")
        XCTAssertEqual(state.timeline.rows, [.period(0, count: 1), .period(1, count: 1), .year(2024, count: 5),
                                             .period(3, count: 1), .month(year: 2024, month: 4, count: 2),
                                             .period(5, count: 1), .month(year: 2024, month: 11, count: 1)])
        XCTAssertEqual(state.timeline.selected, 5)
        XCTAssertEqual(state.timeline.label(ofRow: 5), "autumn 2024  1 event")
        state.press("z")
        XCTAssertEqual(state.timeline.rows, [.period(0, count: 1), .period(1, count: 1), .year(2024, count: 5)])
        XCTAssertEqual(state.timeline.selected, 2)
        state.press("z")
        XCTAssertEqual(state.timeline.selectedEvent?.span.granularity, .season)
        // Enter on a period zoomed out opens at its event.
        state.press("z", "g", "Enter")
        XCTAssertEqual(state.timeline.selectedEvent?.span.granularity, .century)
    }

    /// A week's or a part of a day's event sits under its month: the line under it, selected,
    /// names its date in words.
    func testTheSelectedEventNamesADateItsRowDoesNot() {
        let plan = FixtureArticle(path: "/news/2024-04-02-plan.txt", text: """
            title: Plan
            date: 2024-04-02

            Talks resume next week. The vote is on Friday morning.
            """, times: [("next week", "2024-W15", .week), ("Friday morning", "2024-04-12TMO", .time)])
        var state = state([plan], width: 80, height: 24)
        state.press("3", "G")
        XCTAssertTrue(timelineLines(state).contains { $0.hasPrefix("↳ the morning of 12 Apri") }, timelineLines(state).joined(separator: "\n"))
        state.press("k")
        XCTAssertTrue(timelineLines(state).contains { $0.hasPrefix("↳ the week of 8 April 20") }, timelineLines(state).joined(separator: "\n"))
        state.press("k")
        XCTAssertFalse(timelineLines(state).contains { $0.hasPrefix("↳") }, "a publication's row says its day")
    }

    private func timelineLines(_ state: AppState) -> [String] {
        let grid = Screen.render(state)
        let frame = state.layout.frame(of: .timeline)!
        return grid.text.split(separator: "\n", omittingEmptySubsequences: false)[frame.y..<frame.y + frame.height].map {
            String($0.dropFirst(frame.x).prefix(frame.width)).trimmingCharacters(in: .whitespaces)
        }
    }

    /// Scrolled, the first line under the rail names the month of the rows below it, and the
    /// rail starts at the year in view.
    func testScrolledTimelineKeepsItsPlace() {
        var state = Fixture.state(width: 60, height: 20)
        state.press("3", "G")
        var lines = timelineLines(state)
        guard case .event = state.timeline.rows[state.timeline.top] else { return XCTFail("not scrolled into a month") }
        XCTAssertEqual(lines[1], "Feb 2024")
        XCTAssertTrue(lines.contains { $0.hasPrefix("▶ 25 ◆ Halvard") }, lines.joined(separator: "\n"))
        state.press("k")
        XCTAssertEqual(timelineLines(state)[1], "Feb 2024")
        // A click on the line under the pinned month picks the row shown there.
        let frame = state.layout.frame(of: .timeline)!
        let shown = state.timeline.top
        state.click(row: frame.y + 2, column: frame.x + 4)
        XCTAssertEqual(state.timeline.selected, shown)
        state.press("g")
        lines = timelineLines(state)
        XCTAssertEqual(lines[1], "1947")

        func article(_ name: String, _ date: String, _ sentence: String) -> FixtureArticle {
            FixtureArticle(path: "/news/\(date)-\(name).txt", text: "title: \(name)\ndate: \(date)\n\n\(sentence)\n")
        }
        state = self.state([article("old", "2019-05-02", "Old news."), article("mid", "2023-06-10", "Mid news."),
                            article("late", "2026-01-10", "Late news.")], width: 40, height: 8)
        state.press("3")
        XCTAssertTrue(timelineLines(state)[0].hasPrefix("2023 "), timelineLines(state)[0])
        state.press("g")
        XCTAssertTrue(timelineLines(state)[0].hasPrefix("2019 "), timelineLines(state)[0])
    }

    /// `[` retraces the jump `]` made and says so; `]` then takes it again.
    func testLinkStepsRetraceTheirWay() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("G", "3")
        let start = state.timeline.selectedEvent!.id
        XCTAssertEqual(start, Fixture.cracks.path + "#p")
        state.press("]")
        let first = state.timeline.selectedEvent!.id
        XCTAssertNotEqual(first, start)
        state.press("[")
        XCTAssertEqual(state.timeline.selectedEvent?.id, start)
        XCTAssertTrue(state.message!.text.hasSuffix("back the way ] came"), state.message!.text)
        state.press("]")
        XCTAssertEqual(state.timeline.selectedEvent?.id, first)
    }

    /// The links list keeps its columns: the marker, the date, the
    /// shared names and one separator in the same columns on every row.
    func testLinkListHasFixedColumns() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("3", "g")
        var lists = 0
        for _ in state.timeline.rows {
            defer { state.press("j") }
            guard !state.timeline.links.isEmpty else { continue }
            state.press("L")
            let picker = state.linkPicker!
            let values = picker.links.compactMap { state.corpusTimeline.event(id: $0.event)?.event.value }
            XCTAssertEqual(values.count, picker.links.count)
            lists += 1
            let rows = Screen.render(state).text.split(separator: "\n").filter { $0.contains("│ ○ ") || $0.contains("│ ◆ ") || $0.contains("│ ◇ ") }
            XCTAssertEqual(rows.count, picker.links.count)
            let separators = Set(rows.map { $0.distance(from: $0.startIndex, to: $0.range(of: " · ")!.lowerBound) })
            XCTAssertEqual(separators.count, 1, rows.joined(separator: "\n"))
            state.press("Esc")
        }
        XCTAssertGreaterThan(lists, 0, "no link list")
    }

    /// An article opened from the entity view moves the timeline to it, back in the scope it had
    /// before the view; `Esc` brings that scope back too.
    func testEntityViewHandsTheTimelineBack() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("Enter", "}", "Enter")
        XCTAssertEqual(state.entityView?.entity.name, "Halvard Renn")
        XCTAssertEqual(state.timeline.scope, .entity)
        state.press("j", "Enter")
        XCTAssertNil(state.entityView)
        XCTAssertEqual(state.reading?.document.path, Fixture.evacuation.path)
        XCTAssertEqual(state.timeline.scope, .all)
        let event = state.timeline.selectedEvent!
        XCTAssertEqual(event.path, Fixture.evacuation.path)
        XCTAssertTrue(state.eventText(event).hasPrefix("Minister Halvard Renn is expected"), state.eventText(event))

        state.press("}", "Enter")
        XCTAssertEqual(state.timeline.scope, .entity)
        state.press("Esc")
        XCTAssertEqual(state.timeline.scope, .all)
        XCTAssertNotNil(state.timeline.entity)
    }

    /// `t` to this article starts at its publication, and the status names all three scopes.
    func testArticleScopeStartsAtThePublication() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("G", "Enter", "3", "G")
        XCTAssertNotEqual(state.timeline.selectedEvent?.path, Fixture.cracks.path)
        state.press("t")
        XCTAssertEqual(state.timeline.scope, .article)
        XCTAssertEqual(state.timeline.selectedEvent?.path, Fixture.cracks.path)
        XCTAssertEqual(state.timeline.selectedEvent?.event.kind, .published)
        XCTAssertEqual(state.message?.text, "timeline: this article · t cycles all, this article, an entity (Enter on a name)")
    }

    /// Rows say where they come from: maximized, the source and the article's title; in the
    /// side pane, every event's source and article on a line under it (a publication's source
    /// alone, or its file's name without one); narrower still, the selected event's source under it.
    func testRowsNameTheirSourceAndArticle() {
        for (width, height) in [(120, 40), (80, 24)] {
            var state = Fixture.state(width: width, height: height)
            state.press("3", "g")
            var lines = timelineLines(state)
            func under(_ text: String) -> String? {
                lines.firstIndex { $0.contains(text) }.flatMap { lines[safe: $0 + 1] }
            }
            XCTAssertTrue(under("Teodor Lind said")?.hasPrefix("Esteria Today · Lo") == true, lines.joined(separator: "\n"))
            XCTAssertTrue(under("◇ Its starter")?.hasPrefix("Harbour bakery wins") == true, lines.joined(separator: "\n"))
            state.press("G", "k")
            lines = timelineLines(state)
            XCTAssertEqual(under("○ Minister of"), "Esteria Today", lines.joined(separator: "\n"))
            XCTAssertTrue(under("○ Harbour bakery")?.hasPrefix("2024-03-07-bakery.t") == true, lines.joined(separator: "\n"))
        }
        var state = Fixture.state(width: 60, height: 20)
        state.press("3", "G")
        XCTAssertTrue(timelineLines(state).contains { $0.hasPrefix("↳ Esteria Today") }, timelineLines(state).joined(separator: "\n"))

        state = Fixture.state(width: 120, height: 40)
        state.press("3")
        state.press("+")
        let row = timelineLines(state).first { $0.contains("Teodor Lind said water") }
        XCTAssertNotNil(row)
        XCTAssertTrue(row!.contains("Esteria Today"), row!)
        XCTAssertTrue(row!.contains("Lower Varnholt evacuated"), row!)
    }
}
