import XCTest
import TidingsKit
@testable import TidingsUI

/// An article dated only by a month shows that month, where lists and the reading pane show dates.
final class ArticleDateScreenTests: XCTestCase {
    func testAMonthDatedArticleShowsItsMonthAndItsTitleStaysInColumn() throws {
        let month = FixtureArticle(path: "/news/dam.txt", text: """
             date 2023-06 epa10678554 A general view shows the destroyed Kakhovka dam.
            """).entry
        let entries = [month, Fixture.cracks.entry]
        var state = AppState(store: MemoryArticleStore(entries: entries), folderLabel: "~/news", width: 120, height: 20)
        state.apply(.loaded(entries.map { ArticleSummary(article: $0.article, analysis: $0.analysis) }))
        let rows = Screen.render(state).text.split(separator: "\n").map(String.init)
        func column(_ text: String) -> Int? {
            rows.lazy.compactMap { row in row.range(of: text).map { row.unicodeScalars.distance(from: row.startIndex, to: $0.lowerBound) } }.first
        }
        let monthRow = column("2023-06    A general view")
        XCTAssertNotNil(monthRow, rows.joined(separator: "\n"))
        XCTAssertEqual(monthRow, column("2024-02-20 Engineers find"), "dates and titles start in one column")
        state.press("G", "Enter")
        let screen = Screen.render(state).text
        XCTAssertEqual(screen.components(separatedBy: "2023-06").count - 1, 2, "the list row and the meta line: \(screen)")
        XCTAssertFalse(screen.contains("2023-06-01"), screen)
    }
}
