import XCTest
@testable import TidingsKit

/// What building the timeline works out once per article instead of once per event: each
/// string's place in its article, stop words told by their shape, and the document counts.
final class TimelineBuildTests: XCTestCase {
    typealias F = TimelineFixtures

    func testStopWordShapesTellTheSameAsTheList() {
        for word in ContentWords.stopWords { XCTAssertTrue(ContentWords.isStopWord(word), word) }
        // Same lengths, first and last letters as stop words, and other shapes.
        for word in ["tha", "thus", "wherf", "shallow", "bribe", "pensioner", "x", "", "über", "Über", "the1", "ab"] {
            XCTAssertEqual(ContentWords.isStopWord(word), ContentWords.stopWords.contains(word), word)
        }
    }

    func testLexiconPlacesEachStringOnceInOrderOfFirstUse() {
        var lexicon = ArticleLexicon()
        XCTAssertEqual(lexicon.indexes(["quake", "relief", "quake", "fund"]), [0, 1, 0, 2])
        // Strings equal as Swift compares them (canonically) are one, as the timeline numbers them.
        XCTAssertEqual(lexicon.index("caf\u{E9}"), lexicon.index("cafe\u{301}"))
        let many = (0..<100).map { "word\($0)" }
        XCTAssertEqual(lexicon.indexes(many + many), (4..<104).map(Int32.init) + (4..<104).map(Int32.init))
        XCTAssertEqual(lexicon.strings.map(\.string), ["quake", "relief", "fund", "caf\u{E9}"] + many)
    }

    func testDocumentCountsAreThoseOfEachArticlesDistinctNumbers() {
        let articles = [
            F.summary("a.txt", "2023-11-28", title: "Quake relief fund opens", entities: ["Kremlin", "Ukraine"],
                      events: [F.mention("e0", "2023-11-18", entities: ["Ukraine"], text: "Pensioners were bribed in Kyiv."),
                               F.mention("e1", "2023-11-18", entities: ["Ukraine", "Kremlin"], text: "Pensioners were bribed in Kyiv."),
                               F.mention("e2", "2024", .year, entities: ["Kremlin"], text: "Next year's election, 34 votes.")]),
            F.summary("b.txt", "2023-11-18", title: "Pensioners offered benefits", entities: ["Ukraine"],
                      events: [F.mention("e0", "2023-11-18", entities: ["Ukraine", "Kyiv"], text: "Kyiv pensioners were bribed.")]),
            F.summary("c.txt", "2024-03-04", title: "Floodwaters began to rise", entities: ["Nigeria"]),
        ]
        var timeline = Timeline(articles)
        assertCountsMatch(timeline)
        timeline.remove(path: "b.txt")
        timeline.update(articles[1])
        assertCountsMatch(timeline)
    }

    private func assertCountsMatch(_ timeline: Timeline, file: StaticString = #filePath, line: UInt = #line) {
        var entities = [Int32](repeating: 0, count: timeline.entities.strings.count)
        var words = [Int32](repeating: 0, count: timeline.words.strings.count)
        var tokens = [Int32](repeating: 0, count: timeline.tokens.strings.count)
        for slot in timeline.articles.indices where timeline.articles[slot] != nil {
            let counted = timeline.distinctNumbers(of: Int32(slot))
            for number in counted.entities { entities[Int(number)] += 1 }
            for number in counted.words { words[Int(number)] += 1 }
            for number in counted.tokens { tokens[Int(number)] += 1 }
        }
        XCTAssertEqual(timeline.entities.articleCounts, entities, file: file, line: line)
        XCTAssertEqual(timeline.words.articleCounts, words, file: file, line: line)
        XCTAssertEqual(timeline.tokens.articleCounts, tokens, file: file, line: line)
        XCTAssertGreaterThan(words.reduce(0, +), 0, file: file, line: line)
    }
}
