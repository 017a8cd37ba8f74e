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

    func testGluedPeriodInTickerOrAddressDoesNotBreak() {
        XCTAssertEqual(split("FRANKFURT, March 12 - Volkswagen AG <VOWG.F> supervisory board chairman Karl Gustaf Ratjen said "
                             + "data tapes had been erased. Oy <Neoy.He> and <NEOY.HE> sold bonds. Shell <RD.AS> fell."),
                       ["FRANKFURT, March 12 - Volkswagen AG <VOWG.F> supervisory board chairman Karl Gustaf Ratjen said "
                        + "data tapes had been erased.", "Oy <Neoy.He> and <NEOY.HE> sold bonds.", "Shell <RD.AS> fell."])
        XCTAssertEqual(split("Read it at www.CNN.com or Newsfeed.Com and story.asp?StoryID=16 today. Yahoo!Inc agreed."),
                       ["Read it at www.CNN.com or Newsfeed.Com and story.asp?StoryID=16 today.", "Yahoo!Inc agreed."])
    }

    func testGluedTerminalBeforeAPlainNewSentenceBreaks() {
        XCTAssertEqual(split("Wolf said.Basically, Europeans differ. It fell on Wednesday.The stabbing followed."),
                       ["Wolf said.", "Basically, Europeans differ.", "It fell on Wednesday.", "The stabbing followed."])
        XCTAssertEqual(split("It was too profound.\"He called for talks. We are close to agreement....We think so. "
                             + "I asked around?I've got friends there. Profit was 52 cts a share.It rose in the year.A rival fell."),
                       ["It was too profound.\"", "He called for talks.", "We are close to agreement....", "We think so.",
                        "I asked around?", "I've got friends there.", "Profit was 52 cts a share.", "It rose in the year.",
                        "A rival fell."])
    }
}
