import Glibc
import XCTest
@testable import TidingsKit

/// The library's API as the reader uses it: warm starts, updates, entries, search, read state.
final class LibraryTests: XCTestCase {
    func testColdThenWarmStartLoadsEveryArticleAndWritesNothingIntoTheFolder() {
        let sandbox = LibrarySandbox()
        for n in 1...30 {
            sandbox.write("batch\(n % 3)/note\(n).txt", LibrarySandbox.article(title: "Note \(n)", day: n % 28 + 1))
        }
        sandbox.write("empty.txt", "")
        let before = sandbox.articlesFingerprint()

        let cold = Library(folder: sandbox.articles, options: sandbox.options())
        cold.start()
        var model = LibraryModel()
        XCTAssertTrue(model.wait(for: cold) { $0.articles.count == 30 })
        cold.stop()

        let warm = Library(folder: sandbox.articles, options: sandbox.options())
        warm.start()
        var warmModel = LibraryModel()
        // The cache alone fills the first list, with the rows the list shows.
        warmModel.apply(warm.drainUpdates())
        XCTAssertEqual(warmModel.articles.count, 30)
        let note = sandbox.articles + "/batch1/note1.txt"
        XCTAssertEqual(warmModel.articles[note]?.title, "Note 1")
        XCTAssertEqual(warmModel.articles[note]?.date, model.articles[note]?.date)
        XCTAssertTrue(warmModel.articles.values.allSatisfy(\.isListRow))
        // Entities and events, for a timeline, still from the cache.
        XCTAssertEqual(warm.completeSummaries(), model.articles)
        warmModel.settle(warm)
        XCTAssertTrue(warmModel.notices.isEmpty, "\(warmModel.notices)")
        warm.stop()
        XCTAssertEqual(sandbox.articlesFingerprint(), before)
    }

    func testArticlesStayCompleteWhenManyChangesSendTheListAgain() {
        let sandbox = LibrarySandbox()
        for n in 0..<40 { sandbox.write("n\(n).txt", LibrarySandbox.article(title: "Note \(n)", day: n % 28 + 1)) }
        _ = Library(folder: sandbox.articles, options: sandbox.options()).index(progress: nil)
        let library = Library(folder: sandbox.articles, options: sandbox.options())
        library.start()
        defer { library.stop() }
        var model = LibraryModel()
        XCTAssertTrue(model.wait(for: library) { $0.articles.count == 40 })
        let complete = library.completeSummaries()
        XCTAssertEqual(complete.count, 40)
        XCTAssertFalse(complete.values.contains { $0.events.isEmpty }, "completed from the cache")
        for n in 0..<300 { sandbox.write("new\(n).txt", LibrarySandbox.article(title: "New \(n)")) }
        XCTAssertTrue(model.wait(for: library, seconds: 60) { $0.articles.count == 340 })
        let again = library.completeSummaries()
        XCTAssertEqual(again.count, 340)
        XCTAssertFalse(again.values.contains { $0.events.isEmpty })
        for (path, summary) in complete { XCTAssertEqual(again[path], summary) }
    }

    /// An event's sentence read back from the cache by its scalar offsets, past letters of
    /// several bytes and a control character, which comes back visible.
    func testEventSentencesReadBackFromTheCache() throws {
        let sandbox = LibrarySandbox()
        let path = sandbox.write("kyiv.txt", LibrarySandbox.article(
            title: "Київ", body: "Жителі Києва — 🇺🇦 готові. The council in Kyiv\u{7} met on March 4. Nothing else."))
        _ = Library(folder: sandbox.articles, options: sandbox.options()).index(progress: nil)
        let library = Library(folder: sandbox.articles, options: sandbox.options())
        XCTAssertTrue(library.hasCache)
        library.start()
        defer { library.stop() }
        var model = LibraryModel()
        XCTAssertTrue(model.wait(for: library) { $0.articles.count == 1 })
        let summary = try XCTUnwrap(library.completeSummaries()[path])
        let event = try XCTUnwrap(summary.events.first { $0.kind == .mention })
        XCTAssertEqual(library.text(path: path, start: event.start, end: event.end), event.text)
        XCTAssertTrue(event.text.hasPrefix("The council in Kyiv"), event.text)
        XCTAssertFalse(event.text.unicodeScalars.contains("\u{7}"), event.text)
        XCTAssertNil(library.text(path: sandbox.articles + "/missing.txt", start: 0, end: 3))
    }

    func testAWarmStartListsTitlesLongerThanTheFirstStoredBytes() throws {
        let sandbox = LibrarySandbox()
        let long = sandbox.write("long.txt", LibrarySandbox.article(title: String(repeating: "A very long title ", count: 60)))
        let short = sandbox.write("short.txt", LibrarySandbox.article(title: "Short"))
        _ = Library(folder: sandbox.articles, options: sandbox.options()).index(progress: nil)
        let expected = try XCTUnwrap(try? ArticleReader().read(path: long).title)
        XCTAssertGreaterThan(expected.utf8.count, AnalysisCache.listRowBytes)
        let library = Library(folder: sandbox.articles, options: sandbox.options())
        library.start()
        defer { library.stop() }
        var model = LibraryModel()
        model.apply(library.drainUpdates())
        XCTAssertEqual(model.articles[long]?.title, expected)
        XCTAssertEqual(model.articles[short]?.title, "Short")
    }

    func testIndexReportsCountsCachedAndReanalysed() {
        let sandbox = LibrarySandbox()
        for n in 1...12 { sandbox.write("a\(n).md", LibrarySandbox.article(title: "A \(n)")) }
        sandbox.write("binary.txt", bytes: [0x61, 0, 0x62])
        var report = Library(folder: sandbox.articles, options: sandbox.options()).index(progress: nil)
        XCTAssertEqual(report.articles, 12)
        XCTAssertEqual(report.failures.count, 1)
        XCTAssertEqual(report.reanalysed, 12)
        sandbox.write("a3.md", LibrarySandbox.article(title: "A 3 revised"))
        unlink(sandbox.articles + "/a4.md")
        report = Library(folder: sandbox.articles, options: sandbox.options()).index(progress: nil)
        XCTAssertEqual(report.articles, 11)
        XCTAssertEqual(report.reanalysed, 1)
        XCTAssertEqual(report.cached, 10)
        XCTAssertEqual(report.removed, 1)
        XCTAssertEqual(report.failures.count, 1, "a cached failure still counts")
    }

    func testEntryComesWithItsAnalysisAndStaysReadableWhenTheFileGoes() throws {
        let sandbox = LibrarySandbox()
        let path = sandbox.write("story.txt", LibrarySandbox.article(title: "Story", body: "First sentence here. Second one follows."))
        let library = Library(folder: sandbox.articles, options: sandbox.options())
        _ = library.index(progress: nil)
        let fresh = try XCTUnwrap(library.entry(path: path))
        XCTAssertEqual(fresh.article.title, "Story")
        XCTAssertEqual(fresh.analysis.sentences.count, 2)
        let expected = Analyzer().analyze(fresh.article)
        XCTAssertEqual(fresh.analysis.events, expected.events)
        XCTAssertEqual(fresh.analysis.tokens, expected.tokens)
        unlink(path)
        let kept = try XCTUnwrap(library.entry(path: path))
        XCTAssertEqual(kept.article.text, fresh.article.text)
        XCTAssertEqual(kept.analysis.sentences, fresh.analysis.sentences)
        XCTAssertNil(library.entry(path: sandbox.articles + "/never-there.txt"))
    }

    func testSearchFindsWordsInTitlesAndBodies() {
        let sandbox = LibrarySandbox()
        sandbox.write("a.txt", LibrarySandbox.article(title: "Grain exports rise", body: "Wheat shipments from Odesa grew."))
        sandbox.write("b.txt", LibrarySandbox.article(title: "Talks in Geneva", body: "Diplomats discussed wheat and gas."))
        sandbox.write("c.txt", LibrarySandbox.article(title: "Weather", body: "Rain all week."))
        let library = Library(folder: sandbox.articles, options: sandbox.options())
        _ = library.index(progress: nil)
        XCTAssertEqual(Set(library.search("wheat", limit: 10)), [sandbox.articles + "/a.txt", sandbox.articles + "/b.txt"])
        XCTAssertEqual(library.search("wheat geneva", limit: 10), [sandbox.articles + "/b.txt"])
        XCTAssertEqual(library.search("Odésa", limit: 10), [sandbox.articles + "/a.txt"], "diacritics folded")
        XCTAssertEqual(library.search("\"unbalanced AND (", limit: 10), [], "query syntax never reaches FTS5 raw")
        XCTAssertEqual(library.search("", limit: 10), [])
        let uncached = Library(folder: sandbox.articles, options: sandbox.options(useCache: false))
        _ = uncached.index(progress: nil)
        XCTAssertEqual(uncached.search("geneva", limit: 10), [sandbox.articles + "/b.txt"])
    }

    func testSearchForgetsTheWordsOfChangedAndDeletedFiles() {
        let sandbox = LibrarySandbox()
        let a = sandbox.write("a.txt", LibrarySandbox.article(title: "Harbour", body: "Cranes unload copper."))
        let b = sandbox.write("b.txt", LibrarySandbox.article(title: "Market", body: "Copper prices rose."))
        let c = sandbox.write("c.txt", LibrarySandbox.article(title: "Mines", body: "Copper output fell."))
        _ = Library(folder: sandbox.articles, options: sandbox.options()).index(progress: nil)
        sandbox.write("a.txt", LibrarySandbox.article(title: "Harbour", body: "Cranes unload zinc."))
        unlink(b)
        let library = Library(folder: sandbox.articles, options: sandbox.options())
        let report = library.index(progress: nil)
        XCTAssertEqual(report.reanalysed, 1)
        XCTAssertEqual(report.removed, 1)
        XCTAssertEqual(library.search("copper", limit: 10), [c])
        XCTAssertEqual(library.search("zinc", limit: 10), [a])
        XCTAssertEqual(library.search("harbour cranes", limit: 10), [a])
    }

    func testReadStateAndPlaceSurviveANewLibrary() {
        let sandbox = LibrarySandbox()
        let a = sandbox.write("a.txt", LibrarySandbox.article(title: "A"))
        let b = sandbox.write("b.txt", LibrarySandbox.article(title: "B"))
        do {
            let library = Library(folder: sandbox.articles, options: sandbox.options())
            library.setRead([a], true)
            library.setRead([b], true)
            library.setRead([b], false)
            library.setPlace(article: a, position: 42)
        }
        let again = Library(folder: sandbox.articles, options: sandbox.options(useCache: false))
        XCTAssertTrue(again.isRead(a))
        XCTAssertFalse(again.isRead(b))
        XCTAssertEqual(again.readArticles(), [a], "by the same paths the list shows")
        XCTAssertEqual(again.lastArticle, a)
        XCTAssertEqual(again.lastPosition, 42)
    }

    func testSummaryCodecRoundTripsAndRejectsDamage() throws {
        let time = TimeExpression(start: 3, end: 9, type: .date, value: "2024-03-02", granularity: .day)
        let summary = ArticleSummary(
            path: "/x/a.txt", date: CalendarDate(year: 2024, month: 3, day: 1), dateSource: .header, title: "Tïtle",
            source: nil, entities: [EntityRef(id: "p1", name: "Ann Lee", type: .person)],
            events: [ArticleEvent(id: "e0", kind: .mention, value: "2024-03-02", granularity: .day, start: 0, end: 20,
                                  entities: ["p1", "p2"], text: "On March 2 Ann Lee left.")],
            readAlso: ["Other"], warnings: ["w"])
        // "p2" is not among the entities: written out rather than as a position in their list.
        let bytes = AnalysisCodec.encode(summary: summary)
        XCTAssertEqual(try AnalysisCodec.decodeSummary(bytes, path: "/x/a.txt"), summary)
        for cut in [1, bytes.count / 2, bytes.count - 1] {
            XCTAssertThrowsError(try AnalysisCodec.decodeSummary(Array(bytes.prefix(cut)), path: "/x/a.txt"))
        }
        XCTAssertThrowsError(try AnalysisCodec.decodeSummary(bytes + [0], path: "/x/a.txt"))
        let taggings = AnalysisCodec.encode(entities: [EntityMention(start: 5, end: 12, type: .person, id: "p1")], times: [time])
        let decoded = try AnalysisCodec.decodeTaggings(taggings)
        XCTAssertEqual(decoded.entities, [EntityMention(start: 5, end: 12, type: .person, id: "p1")])
        XCTAssertEqual(decoded.times, [time])
    }
}
