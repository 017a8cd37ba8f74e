import XCTest
@testable import TidingsKit

/// The words and headline keys that links are made of.
final class LinkEvidenceTests: XCTestCase {
    func testContentWordsMeetAcrossInflections() {
        XCTAssertEqual(ContentWords.of("Russians bribe pensioners"), ContentWords.of("the Russian was bribing a pensioner"))
        XCTAssertEqual(ContentWords.of("Cities"), ContentWords.of("city"))
    }

    func testContentWordsLeaveOutFunctionCalendarAndReportingWords() {
        XCTAssertEqual(ContentWords.of("On Nov. 18, he said that it was 2023 and they reported 85% on Tuesday."), [])
        XCTAssertEqual(ContentWords.of("FLOODS CLOSE SCHOOLS"), ContentWords.of("floods close schools"))
    }

    func testHeadlineKeysIgnoreCasePunctuationAndAShortTail() {
        XCTAssertEqual(HeadlineKey.keys("Ukrainians without Russian passports denied healthcare — Kyiv"),
                       ["ukrainians without russian passports denied healthcare kyiv",
                        "ukrainians without russian passports denied healthcare"])
        XCTAssertEqual(HeadlineKey.keys("“Passportization” stepped up, HUR says"), ["passportization stepped up hur says"])
        XCTAssertEqual(HeadlineKey.keys("Kyiv-based group wins award"), ["kyiv based group wins award"])
        XCTAssertEqual(HeadlineKey.keys("Prices rise - the long story of how the market moved"),
                       ["prices rise the long story of how the market moved"])
        XCTAssertEqual(HeadlineKey.keys(" — "), [])
    }
}
