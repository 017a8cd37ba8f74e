import Glibc
import XCTest
@testable import TidingsKit

/// Search without a cache (`--no-cache`, the demo): the words of titles and bodies alike.
final class UncachedSearchTests: XCTestCase {
    func testSearchFindsBodyWordsWithoutACache() {
        let sandbox = LibrarySandbox()
        let a = sandbox.write("a.txt", LibrarySandbox.article(title: "Grain exports rise", body: "Wheat shipments from Odesa grew."))
        let b = sandbox.write("b.txt", LibrarySandbox.article(title: "Talks in Geneva", body: "Diplomats discussed wheat and Kiriyenko's plan."))
        sandbox.write("c.txt", LibrarySandbox.article(title: "Weather", body: "Rain all week."))
        let library = Library(folder: sandbox.articles, options: sandbox.options(useCache: false))
        _ = library.index(progress: nil)
        XCTAssertFalse(library.hasCache)
        XCTAssertEqual(Set(library.search("wheat", limit: 10)), [a, b])
        XCTAssertEqual(library.search("Kiriyenko", limit: 10), [b])
        XCTAssertEqual(library.search("WHEAT geneva", limit: 10), [b])
        XCTAssertEqual(library.search("Odésa", limit: 10), [a], "diacritics folded")
        XCTAssertEqual(library.search("wheat rain", limit: 10), [], "every word must be there")
        XCTAssertEqual(library.search("whea", limit: 10), [], "whole words, as the cache's index")
        XCTAssertEqual(library.search("", limit: 10), [])
    }

    func testUncachedSearchForgetsChangedAndDeletedFiles() {
        let sandbox = LibrarySandbox()
        let a = sandbox.write("a.txt", LibrarySandbox.article(title: "Harbour", body: "Cranes unload copper."))
        let b = sandbox.write("b.txt", LibrarySandbox.article(title: "Market", body: "Copper prices rose."))
        let library = Library(folder: sandbox.articles, options: sandbox.options(useCache: false))
        _ = library.index(progress: nil)
        XCTAssertEqual(Set(library.search("copper", limit: 10)), [a, b])
        sandbox.write("a.txt", LibrarySandbox.article(title: "Harbour", body: "Cranes unload zinc, a longer cargo."))
        unlink(b)
        _ = library.index(progress: nil)
        XCTAssertEqual(library.search("copper", limit: 10), [])
        XCTAssertEqual(library.search("zinc cranes", limit: 10), [a])
    }

    /// The words as the cache's full-text index splits them: letters and digits, case and
    /// diacritics folded.
    func testSearchWords() {
        XCTAssertEqual(SearchWords.of("Kyiv's 2023 Zürich—ÉTÉ, naïve"), ["kyiv", "s", "2023", "zurich", "ete", "naive"])
        XCTAssertEqual(SearchWords.of("Кремль, 東京"), ["кремль", "東京"])
    }
}
