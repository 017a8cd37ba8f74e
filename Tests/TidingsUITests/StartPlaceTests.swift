import XCTest
import TidingsKit
@testable import TidingsUI

/// Where the reader starts, and what its status line keeps while the library loads.
final class StartPlaceTests: XCTestCase {
    private func summary(_ article: FixtureArticle) -> ArticleSummary {
        let entry = article.entry
        return ArticleSummary(article: entry.article, analysis: entry.analysis)
    }

    private func state(height: Int = 40) -> AppState {
        AppState(store: MemoryArticleStore(entries: Fixture.all.map(\.entry)), folderLabel: "~/news", width: 120, height: height)
    }

    /// A cold start lists articles as they are analysed, in any order: the newest stays selected
    /// until a key moves the selection.
    func testColdStartSelectsTheNewestAsArticlesArrive() {
        var state = state()
        state.apply(.loaded([]))
        for article in [Fixture.evacuation, Fixture.cracks, Fixture.festival, Fixture.bakery] {
            state.apply(.added(summary(article)))
        }
        XCTAssertEqual(state.selectedSummaryPath, Fixture.festival.path)
        XCTAssertEqual(state.reading?.document.path, Fixture.festival.path)
        XCTAssertEqual(state.list.top, 0)

        state.press("j")
        XCTAssertEqual(state.selectedSummaryPath, Fixture.bakery.path)
        state.apply(.added(summary(Fixture.resignation)))
        XCTAssertEqual(state.selectedSummaryPath, Fixture.bakery.path)
    }

    /// The article open at the end of a session, scrolled, is where the next session starts.
    func testNextStartShowsTheLastArticleAtTheSamePlace() throws {
        var first = state(height: 12)
        first.apply(.loaded(Fixture.all.map(summary)))
        first.press("G", "Enter", "j", "j", "j")
        let place = try XCTUnwrap(first.placeToKeep)
        XCTAssertEqual(place.path, Fixture.cracks.path)
        let top = try XCTUnwrap(first.reading?.top)
        XCTAssertGreaterThan(top, 0)

        var next = state(height: 12)
        next.startPlace = place
        next.apply(.loaded(Fixture.all.map(summary)))
        XCTAssertEqual(next.selectedSummaryPath, Fixture.cracks.path)
        XCTAssertEqual(next.reading?.document.path, Fixture.cracks.path)
        // The same text at the top, wrapped at the preview's width.
        XCTAssertEqual(next.reading.map { $0.document.line(containing: place.offset) }, next.reading?.top)
        // Enter reads it on from there (wrapped wider again: the same line or the one before).
        next.press("Enter")
        XCTAssertTrue((top - 1...top).contains(next.reading!.top), "\(next.reading!.top)")
        XCTAssertEqual(next.focus, .reading)
    }

    /// A place in an article that is gone: the newest article instead.
    func testAMissingLastArticleStartsAtTheNewest() {
        var state = state()
        state.startPlace = StartPlace(path: "/news/gone.txt", offset: 40)
        state.apply(.loaded(Fixture.all.map(summary)))
        XCTAssertEqual(state.selectedSummaryPath, Fixture.resignation.path)
    }

    /// A notice (the cache rebuilt, a theme that failed) is not replaced by the library's news
    /// before a key is pressed.
    func testNoticeOutlastsTheLibrarysNewsUntilAKey() {
        var state = state()
        state.apply(.notice("the cache was damaged and is rebuilt"))
        state.apply(.loaded(Array(Fixture.all.map(summary).dropLast())))
        state.apply(.added(summary(Fixture.festival)))
        XCTAssertEqual(state.message?.text, "the cache was damaged and is rebuilt")
        XCTAssertTrue(Screen.render(state).text.contains("the cache was damaged and is rebuilt"))

        state.press("j")
        state.apply(.removed(path: Fixture.festival.path))
        XCTAssertEqual(state.message?.text, "deleted: 2024-03-15-festival.txt")
    }
}

extension StartPlaceTests {
    /// The article on screen at quit is the place kept, also when the list only previews it.
    func testThePlaceKeptIsTheArticleOnScreen() throws {
        var first = state()
        first.apply(.loaded(Fixture.all.map(summary)))
        first.press("G", "Enter", "1", "k")
        XCTAssertNotEqual(first.selectedSummaryPath, Fixture.cracks.path)
        let place = try XCTUnwrap(first.placeToKeep)
        XCTAssertEqual(place.path, first.selectedSummaryPath)
        XCTAssertEqual(place.path, first.reading?.document.path)

        var next = state()
        next.startPlace = place
        next.apply(.loaded(Fixture.all.map(summary)))
        XCTAssertEqual(next.reading?.document.path, place.path)
    }
}
