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
}
