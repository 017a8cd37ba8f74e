import XCTest
@testable import TidingsKit

/// Random text and random bytes never crash the tagger, and what it finds is well formed.
final class TemporalPropertyTests: XCTestCase {
    static let vocabulary = ["the", "last", "next", "this", "Nov.", "November", "May", "March", "Friday", "Tues.",
                             "28", "28th", "1990s", "'80s", "2023", "11/28/2023", "2023-11-28", "3:30", "p.m.",
                             "a.m.", "year", "years", "week", "weekend", "quarter", "third-quarter", "mid-November",
                             "ago", "earlier", "later", "a", "two", "twenty", "four", "every", "each", "of", ",", ".",
                             "-", "'", "'s", "now", "recently", "the", "future", "past", "day", "following", "that",
                             "EST", "noon", "night", "morning", "nineteen", "ninety-six", "fiscal", "early", "late",
                             "around", "year-earlier", "99", "0", "31", "2-4", "1987-88", "Christmas", "Day", "New",
                             "Year", "summer", "fall", "century", "20th", "Q3", "H1", "FY24", "FY2023", "\u{2019}", "\n\n",
                             "30-08-2025", "08-12-2025", "29.04.2025", "31/12/2024", "1530", "0900", "GMT", "hrs",
                             "local", "time", "10-12", "2024-25", "1999-2000", "same", "period", "before", "6300s",
                             "é", "\u{FFFD}"]

    func testRandomWordSequences() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let length = Int.random(in: 0...40, using: &generator)
            let words = (0..<length).map { _ in Self.vocabulary.randomElement(using: &generator)! }
            let text = words.joined(separator: Bool.random(using: &generator) ? " " : "")
            check(text, anchor: randomDate(&generator))
        }
    }

    /// Counts so large that the date they point to has no four-digit year.
    func testCountsBeyondTheCalendar() {
        for text in ["The town was founded 28 centuries earlier.", "It froze 900 decades ago.",
                     "A comet returns 1000 years later.", "It rose 1000 quarters ago."] {
            check(text, anchor: CalendarDate(year: 2023, month: 11, day: 28))
            check(text, anchor: CalendarDate(year: 120, month: 3, day: 1))
        }
    }

    /// Random bytes with date words mixed in, decoded as files are.
    func testRandomBytes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                if Bool.random(using: &generator) {
                    bytes += Array(Self.vocabulary.randomElement(using: &generator)!.utf8)
                } else {
                    bytes += (0..<Int.random(in: 1...6, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                }
            }
            guard let decoded = TextDecoder.decode(bytes) else { continue }
            check(scalars: decoded.scalars, anchor: randomDate(&generator))
        }
    }

    func randomDate(_ generator: inout SystemRandomNumberGenerator) -> CalendarDate {
        CalendarDate(dayNumber: Int.random(in: -40_000...60_000, using: &generator))
    }

    func check(_ text: String, anchor: CalendarDate, file: StaticString = #filePath, line: UInt = #line) {
        check(scalars: Array(text.unicodeScalars), anchor: anchor, file: file, line: line)
    }

    func check(scalars: [Unicode.Scalar], anchor: CalendarDate, file: StaticString = #filePath, line: UInt = #line) {
        let analyzed = TemporalTestSupport.analyzed(scalars: scalars)
        let text = analyzed.string(0..<scalars.count)
        let times = TemporalTagger().tag(analyzed, anchor: anchor)
        var previousEnd = 0
        for time in times {
            XCTAssertTrue(time.start >= previousEnd && time.start < time.end && time.end <= analyzed.scalars.count,
                          "span \(time.range) in \(text.debugDescription)", file: file, line: line)
            previousEnd = time.end
            XCTAssertTrue(Self.isWellFormed(time), "\(time.value) \(time.type) in \(text.debugDescription)",
                          file: file, line: line)
        }
    }

    /// TIMEX3 value grammar for each type.
    static func isWellFormed(_ time: TimeExpression) -> Bool {
        let v = Array(time.value.unicodeScalars)
        func digits(_ range: Range<Int>) -> Bool { range.upperBound <= v.count && v[range].allSatisfy(CharacterClass.isDigit) }
        func number(_ range: Range<Int>) -> Int? {
            guard digits(range) else { return nil }
            return Int(String(String.UnicodeScalarView(v[range])))
        }
        switch time.type {
        case .date, .time:
            if ["PRESENT_REF", "PAST_REF", "FUTURE_REF"].contains(time.value) { return time.granularity == nil }
            if v.count == 2 || v.count == 3 { return digits(0..<v.count) }
            guard v.count >= 4, digits(0..<4) else { return false }
            if v.count == 4 { return true }
            guard v[4] == "-" else { return false }
            let rest = String(String.UnicodeScalarView(v[5...]))
            if ["SP", "SU", "FA", "WI", "Q1", "Q2", "Q3", "Q4", "H1", "H2"].contains(rest) { return true }
            if v[5] == "W" {
                guard let week = number(6..<8), (1...53).contains(week) else { return false }
                return v.count == 8 || String(String.UnicodeScalarView(v[8...])) == "-WE"
            }
            guard let month = number(5..<7), (1...12).contains(month) else { return false }
            if v.count == 7 { return true }
            guard v.count >= 10, v[7] == "-", let day = number(8..<10),
                  let year = number(0..<4), CalendarDate(validYear: year, month: month, day: day) != nil else { return false }
            if v.count == 10 { return true }
            guard v[10] == "T" else { return false }
            let clock = String(String.UnicodeScalarView(v[11...]))
            if ["MO", "AF", "EV", "NI"].contains(clock) { return true }
            guard v.count == 16, let hour = number(11..<13), hour <= 24, v[13] == ":", let minute = number(14..<16),
                  minute < 60 else { return false }
            return true
        case .duration, .set:
            return v.first == "P" || v.first == "X"
        }
    }
}
