import XCTest
@testable import TidingsKit

/// TIMEX3 values in the words a reader uses, one case per form the tagger writes.
final class TimexWordsTests: XCTestCase {
    func testDatesAndPeriods() {
        let cases: [(String, String)] = [
            ("2024-04-12", "Friday 12 April 2024"),
            ("2024-02-29", "Thursday 29 February 2024"),
            ("2024-W15", "the week of 8 April 2024"),
            ("2020-W01", "the week of 30 December 2019"),
            ("2024-W15-WE", "the weekend of 13 April 2024"),
            ("2024-04", "April 2024"),
            ("2024-SP", "spring 2024"),
            ("2024-SU", "summer 2024"),
            ("2024-FA", "autumn 2024"),
            ("2024-WI", "winter 2024–25"),
            ("1999-WI", "winter 1999–00"),
            ("2024-Q2", "the second quarter of 2024"),
            ("2024-Q4", "the fourth quarter of 2024"),
            ("2024-H1", "the first half of 2024"),
            ("2024", "2024"),
            ("198", "the 1980s"),
            ("202", "the 2020s"),
            ("20", "the 21st century"),
            ("19", "the 20th century"),
            ("11", "the 12th century"),
            ("01", "the 2nd century"),
            ("PRESENT_REF", "now"),
            ("PAST_REF", "the past"),
            ("FUTURE_REF", "the future"),
            ("XXXX-04-12", "12 April"),
            ("XXXX-04", "April"),
            ("XXXX-WXX-1", "a Monday"),
        ]
        for (value, words) in cases { XCTAssertEqual(TimexWords.words(value), words, value) }
    }

    func testTimesAndPartsOfDay() {
        let cases: [(String, String)] = [
            ("1987-04-07TMO", "the morning of 7 April 1987"),
            ("1987-04-07TAF", "the afternoon of 7 April 1987"),
            ("1987-04-07TEV", "the evening of 7 April 1987"),
            ("1987-04-07TNI", "the night of 7 April 1987"),
            ("1987-04-07TDT", "the daytime of 7 April 1987"),
            ("1987-04-07TMI", "midday on 7 April 1987"),
            ("2024-04-12T14:30", "14:30 on Friday 12 April 2024"),
            ("2024-04-12T09:05:30", "09:05 on Friday 12 April 2024"),
            ("2024-04-12T12:00", "noon on Friday 12 April 2024"),
            ("2024-04-12T24:00", "midnight on Friday 12 April 2024"),
        ]
        for (value, words) in cases { XCTAssertEqual(TimexWords.words(value, type: .time), words, value) }
    }

    func testDurations() {
        let cases: [(String, String)] = [
            ("P3W", "three weeks"),
            ("P1D", "one day"),
            ("P21D", "21 days"),
            ("P6M", "six months"),
            ("P2Y", "two years"),
            ("P1.5Y", "1.5 years"),
            ("P1Q", "one quarter"),
            ("P2WE", "two weekends"),
            ("P2DE", "two decades"),
            ("P3CE", "three centuries"),
            ("PT48H", "48 hours"),
            ("PT30M", "30 minutes"),
            ("PT1M", "one minute"),
            ("PXY", "years"),
            ("PXD", "days"),
        ]
        for (value, words) in cases {
            XCTAssertEqual(TimexWords.words(value, type: .duration), words + ": a duration", value)
        }
    }

    func testSets() {
        let cases: [(String, String)] = [
            ("P1W", "every week"),
            ("P1D", "every day"),
            ("P3M", "every three months"),
            ("PT1H", "every hour"),
            ("XXXX-WXX-1", "every Monday"),
            ("XXXX-03", "every March"),
            ("XXXX-XX-XXTMO", "every morning"),
        ]
        for (value, words) in cases { XCTAssertEqual(TimexWords.words(value, type: .set), words, value) }
    }

    /// What is no form keeps its text: nothing is made up, nothing crashes.
    func testUnknownFormsStayAsTheyAre() {
        for value in ["", "T", "-", "2024-13", "2024-02-30", "2024-W54", "2024-Q5", "2024-H3", "P", "PW", "P3",
                      "PT", "2024-04-12TXX", "2024-04-12T25:00", "XXXX", "abc", "2024-XX", "10000"] {
            XCTAssertEqual(TimexWords.words(value), value, value)
            _ = TimexWords.words(value, type: .duration)
            _ = TimexWords.words(value, type: .set)
        }
    }
}
