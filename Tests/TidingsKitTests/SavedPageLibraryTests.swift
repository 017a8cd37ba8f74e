import XCTest
@testable import TidingsKit

/// The library treats a saved page like any article: listed, cached, searched by its extracted
/// text, and never written to.
final class SavedPageLibraryTests: XCTestCase {
    func testAPageIsListedCachedAndSearched() {
        let sandbox = LibrarySandbox()
        let page = sandbox.write("pages/wall.html", SavedPageTests.page())
        sandbox.write("note.txt", LibrarySandbox.article(title: "A note"))
        let before = sandbox.articlesFingerprint()

        let cold = Library(folder: sandbox.articles, options: sandbox.options())
        cold.start()
        var model = LibraryModel()
        // The first library of a test process loads the taggers first: give it time.
        XCTAssertTrue(model.wait(for: cold, seconds: 90) { $0.articles.count == 2 }, "\(model.articles.keys)")
        XCTAssertEqual(model.articles[page]?.title, "Kessel votes to rebuild river wall")
        XCTAssertEqual(cold.search("harbour district"), [page])
        XCTAssertEqual(cold.search("cookies"), [], "the page's furniture is no part of its text")
        XCTAssertEqual(cold.entry(path: page)?.article.format, .html)
        cold.stop()

        let warm = Library(folder: sandbox.articles, options: sandbox.options())
        warm.start()
        var warmModel = LibraryModel()
        warmModel.apply(warm.drainUpdates())
        XCTAssertEqual(warmModel.articles[page]?.title, "Kessel votes to rebuild river wall")
        warm.stop()
        XCTAssertEqual(sandbox.articlesFingerprint(), before)
    }
}
