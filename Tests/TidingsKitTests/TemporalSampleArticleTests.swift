import XCTest
@testable import TidingsKit

/// The dates of the sample article, resolved against its date (2023-11-28).
final class TemporalSampleArticleTests: XCTestCase {
    func testSampleArticleDates() throws {
        let path = "/" + SampleArticleTests.samplePath + "/../shared/samples/kremlin-passportization-2023-11-28.txt"
        let article = try ArticleReader().read(path: path)
        let times = Analyzer().analyze(article).times
        let found = times.map { article.text($0.range) + "=" + $0.value }
        for expected in ["Nov. 28=2023-11-28", "next year=2024", "Nov. 18=2023-11-18", "Nov. 17=2023-11-17",
                         "Nov. 9=2023-11-09"] {
            XCTAssertTrue(found.contains(expected), "\(expected) not in \(found)")
        }
        XCTAssertEqual(times.first { article.text($0.range) == "Nov. 18" }?.granularity, .day)
        XCTAssertEqual(times.first { article.text($0.range) == "next year" }?.granularity, .year)
    }
}
