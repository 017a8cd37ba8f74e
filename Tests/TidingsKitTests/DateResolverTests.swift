import XCTest
@testable import TidingsKit

/// Which occurrence a partial date means: the rules, the learned resolver and its training.
final class DateResolverTests: XCTestCase {
    let march2025 = CalendarDate(year: 2025, month: 3, day: 5)  // a Wednesday

    func tag(_ text: String, anchor: CalendarDate, resolver: DateResolverModel? = DateResolverModel.shared) -> [String] {
        let analyzed = TemporalTestSupport.analyzed(text)
        return TemporalTagger(resolver: resolver).tag(analyzed, anchor: anchor).map { analyzed.string($0.range) + "=" + $0.value }
    }

    func testALimitIsTheComingDate() {
        XCTAssertEqual(tag("The decree is valid until September 10.", anchor: march2025),
                       ["September 10=2025-09-10"])
        XCTAssertEqual(tag("Prices have risen since September 10.", anchor: march2025),
                       ["September 10=2024-09-10"])
    }

    func testWeekdaysAfterNextWeekFallInThatWeek() {
        XCTAssertEqual(tag("Next week the schedule is: Monday a vote, Tuesday a debate, Friday a recess.", anchor: march2025),
                       ["Next week=2025-W11", "Monday=2025-03-10", "Tuesday=2025-03-11", "Friday=2025-03-14"])
        XCTAssertEqual(tag("Next week is busy. On Monday the board meets.", anchor: march2025),
                       ["Next week=2025-W11", "Monday=2025-03-10"])
        // After "last week" a bare weekday is still this week's past one.
        XCTAssertEqual(tag("Sales fell last week. On Monday the board met.", anchor: march2025),
                       ["last week=2025-W09", "Monday=2025-03-03"])
    }

    func testAMonthInAPastReportIsThePastOne() {
        let february2024 = CalendarDate(year: 2024, month: 2, day: 10)
        XCTAssertEqual(tag("The company reported a loss in July.", anchor: february2024), ["July=2023-07"])
        XCTAssertEqual(tag("The company will report its results in July.", anchor: february2024), ["July=2024-07"])
    }

    func testTheSamePeriodLastYearWithNoQuarterNamed() {
        // Reports compare the quarter last ended: the fourth of 2024, a year back.
        XCTAssertEqual(tag("Sales rose 5 percent from the same period last year.", anchor: march2025),
                       ["the same period last year=2023-Q4"])
    }

    func testTheShippedModelLoads() {
        XCTAssertNotNil(DateResolverModel.shared)
    }

    /// Articles where a weekday in a past-tense sentence means the coming one: the rules read the
    /// past one, the model learns the other.
    func trainingArticles() -> [(AnalyzedText, CalendarDate, [DateResolverTraining.GoldTime])] {
        let anchor = CalendarDate(year: 2023, month: 11, day: 29)  // a Wednesday
        return ["Officials met Tuesday.", "The board agreed Monday.", "Traders said Tuesday prices fell."].map { text in
            let analyzed = TemporalTestSupport.analyzed(text)
            let time = TemporalTagger(resolver: nil).tag(analyzed, anchor: anchor)[0]
            let weekday = time.value.hasSuffix("28") ? 5 : 4
            let value = TimexValue.day(CalendarDate(year: 2023, month: 12, day: weekday))
            return (analyzed, anchor, [DateResolverTraining.GoldTime(range: time.range, value: value)])
        }
    }

    func testTheModelLearnsTheOccurrenceFromGoldValues() {
        let examples = trainingArticles().flatMap { DateResolverTraining.examples($0.0, anchor: $0.1, gold: $0.2) }
        XCTAssertEqual(examples.count, 3)
        let model = DateResolverTraining.train(examples)
        let anchor = CalendarDate(year: 2023, month: 11, day: 29)
        XCTAssertEqual(tag("Officials met Tuesday.", anchor: anchor, resolver: nil), ["Tuesday=2023-11-28"])
        XCTAssertEqual(tag("Officials met Tuesday.", anchor: anchor, resolver: model), ["Tuesday=2023-12-05"])
    }

    func testTrainingIsReproducibleAndTheFileRoundTrips() throws {
        let examples = trainingArticles().flatMap { DateResolverTraining.examples($0.0, anchor: $0.1, gold: $0.2) }
        let first = DateResolverTraining.train(examples).encoded()
        XCTAssertEqual(first, DateResolverTraining.train(examples).encoded())
        XCTAssertEqual(try DateResolverModel.decode(first).encoded(), first)
        XCTAssertThrowsError(try DateResolverModel.decode("tidings date resolver 0 bits 16 features 1\n"))
        XCTAssertThrowsError(try DateResolverModel.decode(DateResolverModel.header + "\n12 1.0 x 0 0\n"))
    }
}
