import XCTest
import TidingsKit
@testable import TidingsUI

/// A happening several articles report is one row of the timeline, with how many report it; it
/// opens to its reports and folds back.
final class HappeningScreenTests: XCTestCase {
    /// Another paper's report of the minister's resignation.
    static let wire = FixtureArticle(path: "/news/2024-03-25-renn-wire.txt", text: """
        title: Waterways minister Halvard Renn steps down after Kessel Dam flood
        date: 2024-03-25
        source: Varnholt Courier

        Halvard Renn resigned on Monday, three weeks after the Kessel Dam flood forced 6,000 people from their homes in Varnholt.
        """, entities: Fixture.people, times: [("Monday", "2024-03-25", .day), ("three weeks", "P3W", .week)])

    /// The fixture's articles and the wire's report, loaded, the timeline focused on its last row.
    func reader(store: MemoryArticleStore? = nil) -> AppState {
        var state = Fixture.state(width: 120, height: 40, articles: Fixture.all + [Self.wire], store: store)
        state.press("3", "G")
        return state
    }

    /// The ids of the events the timeline's rows show, in row order.
    func rowEvents(_ state: AppState) -> [String] {
        state.timeline.rows.compactMap { if case .event(let index) = $0 { state.timeline.events[Int(index)].id } else { nil } }
    }

    func resigned(_ state: AppState, in path: String) throws -> TimelineEvent {
        try XCTUnwrap(state.corpusTimeline.events(article: path).first { $0.event.kind == .mention })
    }

    func testTheTimelineCountsTheReportsOfAHappening() throws {
        var state = Fixture.state(width: 120, height: 40, articles: Fixture.all + [Self.wire])
        let resigned = try resigned(state, in: Fixture.resignation.path)
        XCTAssertEqual(state.corpusTimeline.reportCount(of: resigned.id), 2)
        state.press("G")
        Golden.check("happening-120x40", state)
    }

    func testAHappeningIsOneRowThatOpensToItsReports() throws {
        var state = reader()
        let resigned = try resigned(state, in: Fixture.resignation.path)
        let reports = state.corpusTimeline.reports(of: resigned.id)
        XCTAssertEqual(state.corpusTimeline.reportCount(of: resigned.id), 2)
        XCTAssertEqual(rowEvents(state).filter(reports.contains), [reports[0]], "folded: one row for both reports")
        Golden.check("happening-folded-120x40", state)
        state.press("l")
        XCTAssertEqual(rowEvents(state).filter(reports.contains), reports)
        Golden.check("happening-open-120x40", state)
        state.press("h")
        XCTAssertEqual(rowEvents(state).filter(reports.contains), [reports[0]])
        // Enter on a folded happening opens it; on a report, its article.
        let selected = state.timeline.selectedEvent?.id
        state.press("Enter")
        XCTAssertEqual(rowEvents(state).filter(reports.contains), reports)
        XCTAssertEqual(state.timeline.selectedEvent?.id, selected)
        state.press("j", "Enter")
        XCTAssertEqual(state.reading?.document.path, TimelineEvent.split(id: state.timeline.selectedID!)?.path)
    }

    func testTheMaximizedTimelineFoldsAHappeningToo() {
        var state = reader()
        state.press("+")
        Golden.check("happening-maximized-120x40", state)
        state.press("l")
        Golden.check("happening-maximized-open-120x40", state)
    }

    func testThisArticlesScopeShowsEachOfItsEvents() throws {
        var state = reader()
        _ = state.open(path: Fixture.resignation.path)
        state.press("3", "t")
        XCTAssertEqual(state.timeline.scope, .article)
        let own = state.corpusTimeline.events(article: Fixture.resignation.path).map(\.id)
        XCTAssertEqual(rowEvents(state), own)
    }

    func testTheFocusStaysThroughFoldingAndOpening() throws {
        var state = reader()
        let reports = state.corpusTimeline.reports(of: try resigned(state, in: Fixture.resignation.path).id)
        state.focusEvent(reports[0])
        state.press("l", "j")
        XCTAssertEqual(state.timeline.selectedEvent?.id, reports[1], "the second report, under the first")
        // Folding from a report selects its happening's row.
        state.press("h")
        XCTAssertEqual(state.timeline.selectedEvent?.id, reports[0])
        state.press("l")
        XCTAssertEqual(state.timeline.selectedEvent?.id, reports[0])
        // A report reached by id lands on its happening's row while it is folded.
        state.press("h")
        state.focusEvent(reports[1])
        XCTAssertEqual(state.timeline.selectedEvent?.id, reports[0])
    }

    func testTheFocusAndTheOpenHappeningStayThroughALibraryUpdate() throws {
        let store = MemoryArticleStore(entries: (Fixture.all + [Self.wire]).map(\.entry))
        var state = reader(store: store)
        let reports = state.corpusTimeline.reports(of: try resigned(state, in: Fixture.resignation.path).id)
        state.focusEvent(reports[0])
        state.press("l", "j")
        let late = FixtureArticle(path: "/news/2024-04-02-sirens.txt", text: """
            title: Sirens tested along the Oran River
            date: 2024-04-02

            The new sirens of Lower Varnholt were tested on Tuesday.
            """, entities: Fixture.people, times: [("Tuesday", "2024-04-02", .day)]).entry
        store.put(late)
        state.apply(.added(ArticleSummary(article: late.article, analysis: late.analysis)))
        XCTAssertTrue(rowEvents(state).contains { $0.hasPrefix(late.article.path) })
        XCTAssertEqual(state.timeline.selectedEvent?.id, reports[1])
        XCTAssertEqual(rowEvents(state).filter(reports.contains), reports, "still open")
        // Folded, the happening's row keeps the focus.
        state.press("h")
        store.remove(path: late.article.path)
        state.apply(.removed(path: late.article.path))
        XCTAssertEqual(state.timeline.selectedEvent?.id, reports[0])
        XCTAssertEqual(rowEvents(state).filter(reports.contains), [reports[0]])
    }

    func testTheLinkListStartsWithTheReportsOfTheHappening() throws {
        var state = reader()
        let reports = state.corpusTimeline.reports(of: try resigned(state, in: Fixture.resignation.path).id)
        state.focusEvent(reports[0])
        state.press("L")
        let picker = try XCTUnwrap(state.linkPicker)
        let first = try XCTUnwrap(picker.entries.first)
        XCTAssertTrue(first.sameHappening)
        XCTAssertTrue(reports.contains(first.event))
        XCTAssertEqual(picker.entries.filter(\.sameHappening).count, 1, "one report per other article")
        // A publication's report for a publication.
        XCTAssertEqual(state.corpusTimeline.event(id: first.event)?.event.kind,
                       state.corpusTimeline.event(id: reports[0])?.event.kind)
        let articles = picker.entries.compactMap { TimelineEvent.split(id: $0.event)?.path }
        XCTAssertEqual(Set(articles).count, articles.count, "one entry per article")
        XCTAssertFalse(articles.contains(TimelineEvent.split(id: reports[0])!.path))
    }
}
