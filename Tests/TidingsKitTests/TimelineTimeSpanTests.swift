import XCTest
@testable import TidingsKit

/// TIMEX3 values as calendar periods.
final class TimelineTimeSpanTests: XCTestCase {
    func span(_ value: String) -> (String, String, Granularity)? {
        TimeSpan(value: value).map { ($0.start.iso, $0.last.iso, $0.granularity) }
    }

    func testPeriodsOfEachGranularity() {
        let cases: [(String, String, String, Granularity)] = [
            ("2023-11-18", "2023-11-18", "2023-11-18", .day),
            ("2023-11", "2023-11-01", "2023-11-30", .month),
            ("2024-02", "2024-02-01", "2024-02-29", .month),
            ("2023", "2023-01-01", "2023-12-31", .year),
            ("2023-W47", "2023-11-20", "2023-11-26", .week),
            ("2021-W01", "2021-01-04", "2021-01-10", .week),
            ("2023-Q4", "2023-10-01", "2023-12-31", .quarter),
            ("2023-H2", "2023-07-01", "2023-12-31", .quarter),
            ("2024-W15-WE", "2024-04-13", "2024-04-14", .week),
            ("2023-SU", "2023-06-01", "2023-08-31", .season),
            ("2023-WI", "2023-12-01", "2024-02-29", .season),
            ("199", "1990-01-01", "1999-12-31", .decade),
            ("19", "1900-01-01", "1999-12-31", .century),
            ("2023-11-18T14:30", "2023-11-18", "2023-11-18", .time),
            ("2023-11-18TMO", "2023-11-18", "2023-11-18", .time),
        ]
        for (value, first, last, granularity) in cases {
            guard let found = span(value) else { XCTFail("\(value) not read"); continue }
            XCTAssertEqual(found.0, first, value)
            XCTAssertEqual(found.1, last, value)
            XCTAssertEqual(found.2, granularity, value)
        }
        XCTAssertEqual(TimeSpan(value: "2023-11-18T14:30")?.minute, 14 * 60 + 30)
    }

    func testValuesThatAreNoPeriod() {
        for value in ["PRESENT_REF", "P3D", "2023-13", "2023-02-30", "2023-W60", "2023-Q5", "XXXX-11-18", "", "T10:00",
                      "2023-11-18T25:00", "0000", "2023-XX"] {
            XCTAssertNil(TimeSpan(value: value), value)
        }
    }

    func testImpreciseValuesSortAtTheStartOfTheirPeriod() {
        let values = ["2023-11-18", "2023", "2023-W47", "2023-11", "2023-Q4", "2023-11-18T09:00", "2023-SU"]
        let sorted = values.sorted { TimeSpan(value: $0)! < TimeSpan(value: $1)! }
        XCTAssertEqual(sorted, ["2023", "2023-SU", "2023-Q4", "2023-11", "2023-11-18", "2023-11-18T09:00", "2023-W47"])
    }
}
