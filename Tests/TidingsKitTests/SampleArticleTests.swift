import XCTest
@testable import TidingsKit

/// The first real article: its one-line header, its boilerplate, its sentences.
final class SampleArticleTests: XCTestCase {
    static let samplePath = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    var article: Article!

    override func setUpWithError() throws {
        let path = "/" + Self.samplePath + "/../shared/samples/kremlin-passportization-2023-11-28.txt"
        article = try ArticleReader().read(path: path)
    }

    func testHeaderDateSourceAndTitle() {
        XCTAssertEqual(article.date, CalendarDate(year: 2023, month: 11, day: 28))
        XCTAssertEqual(article.dateSource, .header)
        XCTAssertEqual(article.source, "The New Voice of Ukraine")
        XCTAssertTrue(article.title.hasPrefix("The Kremlin has ordered"), article.title)
        XCTAssertTrue(article.text(article.bodyRange).hasPrefix("The Kremlin has ordered"))
        XCTAssertTrue(article.warnings.isEmpty)
    }

    func testBoilerplateParagraphs() {
        let kinds = article.boilerplate.map { article.text($0.start..<$0.end) }
        XCTAssertEqual(kinds.count, 4, "\(kinds)")
        XCTAssertEqual(kinds[0], "Read also:")
        XCTAssertTrue(kinds[1].hasPrefix("Read also: Ukrainians without Russian passports"))
        XCTAssertTrue(kinds[2].hasPrefix("We’re bringing the voice of Ukraine"))
        XCTAssertEqual(kinds[3], "Read the original article on The New Voice of Ukraine")
        XCTAssertEqual(article.readAlsoHeadlines,
                       ["Ukrainians without Russian passports denied healthcare in occupied territories — Kyiv"])
    }

    func testSentencesDoNotBreakAtMonthAbbreviations() {
        let analysis = Analyzer().analyze(article)
        let sentences = analysis.sentences.map { article.text($0.range) }
        XCTAssertEqual(sentences.count, 9, "\(sentences)")
        XCTAssertTrue(sentences[0].hasSuffix("on Telegram on Nov. 28."))
        XCTAssertTrue(sentences.contains { $0.hasPrefix("On Nov. 18, the Defense Ministry") })
        XCTAssertFalse(sentences.contains { $0.hasSuffix("Nov.") || $0.hasSuffix("Dec.") })
    }
}
