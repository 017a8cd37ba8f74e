import XCTest
import TidingsKit
@testable import TidingsUI

/// A happening two articles report shows in the timeline with how many report it.
final class HappeningScreenTests: XCTestCase {
    /// Another paper's report of the minister's resignation.
    static let wire = FixtureArticle(path: "/news/2024-03-25-renn-wire.txt", text: """
        title: Waterways minister Halvard Renn steps down after Kessel Dam flood
        date: 2024-03-25
        source: Varnholt Courier

        Halvard Renn resigned on Monday, three weeks after the Kessel Dam flood forced 6,000 people from their homes in Varnholt.
        """, entities: Fixture.people, times: [("Monday", "2024-03-25", .day), ("three weeks", "P3W", .week)])

    func testTheTimelineCountsTheReportsOfAHappening() throws {
        let entries = (Fixture.all + [Self.wire]).map(\.entry)
        var state = AppState(store: MemoryArticleStore(entries: entries), folderLabel: "~/news", width: 120, height: 40)
        state.apply(.loaded(entries.map { ArticleSummary(article: $0.article, analysis: $0.analysis) }))
        let resigned = try XCTUnwrap(state.corpusTimeline.events(article: Fixture.resignation.path).first { $0.event.kind == .mention })
        XCTAssertEqual(state.corpusTimeline.reportCount(of: resigned.id), 2)
        state.press("G")
        Golden.check("happening-120x40", state)
    }
}
