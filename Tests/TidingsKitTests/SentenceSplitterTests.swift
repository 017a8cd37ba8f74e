import XCTest
@testable import TidingsKit

final class SentenceSplitterTests: XCTestCase {
    func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.sentences(in: scalars, ranges: [0..<scalars.count])
            .map { String(String.UnicodeScalarView(scalars[$0.range])) }
    }

    func testAbbreviationsInitialsAndDecimals() {
        XCTAssertEqual(split("Dr. Smith met Gov. Jones and Lt. Gen. Ray in the U.S. capital on Dec. 4. Prices rose 3.5 pct."),
                       ["Dr. Smith met Gov. Jones and Lt. Gen. Ray in the U.S. capital on Dec. 4.", "Prices rose 3.5 pct."])
        XCTAssertEqual(split("John F. Kennedy spoke. He left."), ["John F. Kennedy spoke.", "He left."])
        XCTAssertEqual(split("It moved to the U.S. The deal closed."), ["It moved to the U.S.", "The deal closed."])
    }

    func testQuotesAndParagraphs() {
        XCTAssertEqual(split("\"We will win,\" he said. \"Soon.\" Then he left"),
                       ["\"We will win,\" he said.", "\"Soon.\"", "Then he left"])
        XCTAssertEqual(split("A heading without a stop\n\nThe first paragraph."),
                       ["A heading without a stop", "The first paragraph."])
        XCTAssertEqual(split("Wire copy goes on\nacross lines.\n    A new paragraph starts indented."),
                       ["Wire copy goes on\nacross lines.", "A new paragraph starts indented."])
    }

    func testLowercaseAfterPeriodDoesNotBreak() {
        XCTAssertEqual(split("They met at 3 p.m. on Monday. It rained."), ["They met at 3 p.m. on Monday.", "It rained."])
    }
}
