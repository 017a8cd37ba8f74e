import XCTest
@testable import TidingsKit

/// Each form of time expression on a short text, resolved against Tuesday 2023-11-28.
final class TemporalTaggerTests: XCTestCase {
    func tag(_ text: String) -> [String] { TemporalTestSupport.tag(text) }

    func testAbsoluteDates() {
        XCTAssertEqual(tag("The talks ended on Nov. 28."), ["Nov. 28=2023-11-28"])
        XCTAssertEqual(tag("It was signed November 28, 2021, in Kyiv."), ["November 28, 2021=2021-11-28"])
        XCTAssertEqual(tag("He left on 28 November 2019."), ["28 November 2019=2019-11-28"])
        XCTAssertEqual(tag("The filing is dated 11/28/2022."), ["11/28/2022=2022-11-28"])
        XCTAssertEqual(tag("The log starts 2023-10-01 at dawn."), ["2023-10-01=2023-10-01"])
        XCTAssertEqual(tag("The summit ran Nov. 2-4 in Paris."), ["Nov. 2=2023-11-02", "4=2023-11-04"])
        XCTAssertEqual(tag("Prices rose in March 2020."), ["March 2020=2020-03"])
        XCTAssertEqual(tag("The plant opened in 1998."), ["1998=1998"])
        XCTAssertEqual(tag("He was born in nineteen ninety-six."), ["nineteen ninety-six=1996"])
    }

    func testTheYearWithItsNumberNamesThatYear() {
        XCTAssertEqual(tag("In the year 1990 the wall fell."), ["the year 1990=1990"])
        XCTAssertEqual(tag("The story is set in the year 9999."), ["the year 9999=9999"])
        XCTAssertEqual(tag("It was the year 12 of the war."), [])
        XCTAssertEqual(tag("Sales fell over the year."), ["the year=2023"])
    }

    func testAShortMonthNameAfterTheArticle() {
        XCTAssertEqual(tag("The May vote was close."), ["May=2023-05"])
        XCTAssertEqual(tag("Crowds march through the city."), [])
    }

    func testAClockTimeOnANamedDay() {
        XCTAssertEqual(tag("Polls closed at 8 p.m. on Thursday."), ["8 p.m. on Thursday=2023-11-23T20:00"])
    }

    func testTheNextMorningAndHedgedCounts() {
        XCTAssertEqual(tag("The ship docked on Nov. 20. The next morning, it left."),
                       ["Nov. 20=2023-11-20", "The next morning=2023-11-21TMO"])
        XCTAssertEqual(tag("The plant closed a week or so ago."), ["a week or so ago=2023-W47"])
    }

    func testBothEndsOfARange() {
        XCTAssertEqual(tag("The fair runs 10-12 March in Basel."), ["10=2024-03-10", "12 March=2024-03-12"])
        XCTAssertEqual(tag("Storms are due on the night of 23-24 February."), ["23=2024-02-23", "24 February=2024-02-24"])
        XCTAssertEqual(tag("The congress met 8-10 September 2023."), ["8=2023-09-08", "10 September 2023=2023-09-10"])
        XCTAssertEqual(tag("The congress met Sept. 8-10, 2021."), ["Sept. 8=2021-09-08", "10, 2021=2021-09-10"])
        XCTAssertEqual(tag("The 2024-25 budget was cut."), ["2024=2024", "25=2025"])
        XCTAssertEqual(tag("Prices held from 1990-2000."), ["1990=1990", "2000=2000"])
        XCTAssertEqual(tag("Call 555-1990 for tickets; the vote was 89-52."), [])
    }

    func testDayMonthYearWithDashesOrDots() {
        XCTAssertEqual(tag("The decree of 30-08-2025 stands."), ["30-08-2025=2025-08-30"])
        XCTAssertEqual(tag("It was signed on 29.04.2025 in Rome."), ["29.04.2025=2025-04-29"])
        XCTAssertEqual(tag("The filing of 31/12/2024 was late."), ["31/12/2024=2024-12-31"])
        // Day and month both up to 12: the article's other dates tell the order, or it is left out.
        XCTAssertEqual(tag("It began on 05-04-2025."), [])
        XCTAssertEqual(tag("It began on 05-04-2025 and ended on 20-06-2025."),
                       ["05-04-2025=2025-04-05", "20-06-2025=2025-06-20"])
        XCTAssertEqual(tag("It began on 05-04-2025 and ended on 06-20-2025."),
                       ["05-04-2025=2025-05-04", "06-20-2025=2025-06-20"])
    }

    func testTheSamePeriodAYearBefore() {
        XCTAssertEqual(tag("Profit rose in the third quarter from the same period last year."),
                       ["the third quarter=2023-Q3", "the same period last year=2022-Q3"])
        XCTAssertEqual(tag("Profit rose in the third quarter from the same quarter a year earlier."),
                       ["the third quarter=2023-Q3", "the same quarter a year earlier=2022-Q3"])
        XCTAssertEqual(tag("Sales in October beat the same month last year."),
                       ["October=2023-10", "the same month last year=2022-10"])
    }

    func testTheDayBeforeOrAfterADate() {
        XCTAssertEqual(tag("Shops will close the day after Christmas."), ["the day after Christmas=2023-12-26"])
        XCTAssertEqual(tag("He resigned the day before Nov. 5."), ["the day before Nov. 5=2023-11-04"])
        XCTAssertEqual(tag("They voted on Nov. 5 and talked the day before."),
                       ["Nov. 5=2023-11-05", "the day before=2023-11-04"])
    }

    func testWireClockTimesAreTimesOfDay() {
        XCTAssertEqual(tag("Trading halted by 1000 GMT on Monday."), ["1000 GMT on Monday=2023-11-27T10:00"])
        XCTAssertEqual(tag("The market closed at 1530 hrs EDT."), ["1530 hrs EDT=2023-11-28T15:30"])
        XCTAssertEqual(tag("The ceasefire began at 1400 local time."), ["1400 local time=2023-11-28T14:00"])
        XCTAssertEqual(tag("Trades entered by 1000 London time are matched."), ["1000 London time=2023-11-28T10:00"])
        XCTAssertEqual(tag("Trading runs until 1500 (1400 GMT) and from 1700 to 2100 local time."),
                       ["1500=2023-11-28T15:00", "1400 GMT=2023-11-28T14:00", "1700=2023-11-28T17:00",
                        "2100 local time=2023-11-28T21:00"])
    }

    func testFiguresThatAreNoYears() {
        XCTAssertEqual(tag("The market can hold in the low to mid 2200 area on the Dow."), [])
        XCTAssertEqual(tag("Steers - choice 2-3 1075-1100 lbs 69.25."), [])
        XCTAssertEqual(tag("HARD RED WINTER 1639 1635 54"), [])
        XCTAssertEqual(tag("Projects were scarce during 1406 and rose after 1530 if placed."), [])
        XCTAssertEqual(tag("The town was founded in 1530."), ["1530=1530"])
        XCTAssertEqual(tag("The lease runs until 2050."), ["2050=2050"])
    }

    func testASeasonSetAsALimitIsTheComingOne() {
        let february = CalendarDate(year: 1987, month: 2, day: 10)
        XCTAssertEqual(TemporalTestSupport.tag("Crews cleared the roads before the spring melt.", anchor: february),
                       ["the spring=1987-SP"])
        XCTAssertEqual(TemporalTestSupport.tag("Crews cleared the roads in the spring.", anchor: february),
                       ["the spring=1986-SP"])
    }

    func testModelNumbersAreNoDecades() {
        XCTAssertEqual(tag("It recalled the Audi 4000S and PC 6300s."), [])
        XCTAssertEqual(tag("It grew in the 1990s."), ["the 1990s=199"])
    }

    func testTheSecondOfTwoDays() {
        XCTAssertEqual(tag("The summit meets on Dec. 4 and 5 in Rome."), ["Dec. 4=2023-12-04", "5=2023-12-05"])
        XCTAssertEqual(tag("Hearings ran Oct. 9 to 11."), ["Oct. 9=2023-10-09", "11=2023-10-11"])
        XCTAssertEqual(tag("On Oct. 9 and 11 people were hurt."), ["Oct. 9=2023-10-09"])
    }

    func testDayOfTheCurrentMonth() {
        XCTAssertEqual(tag("The vote is due on the 30th."), ["the 30th=2023-11-30"])
    }

    func testWeekdaysFollowTheTense() {
        XCTAssertEqual(tag("The minister said on Friday that talks failed."), ["Friday=2023-11-24"])
        XCTAssertEqual(tag("The minister will travel on Friday."), ["Friday=2023-12-01"])
        XCTAssertEqual(tag("Officials met Tuesday."), ["Tuesday=2023-11-28"])
        XCTAssertEqual(tag("They met last Tuesday."), ["last Tuesday=2023-11-21"])
        XCTAssertEqual(tag("They meet next Monday."), ["next Monday=2023-12-04"])
        XCTAssertEqual(tag("He arrived Saturday, Nov. 25, by train."), ["Saturday, Nov. 25=2023-11-25"])
    }

    func testWeekdaysLookAheadWithIntentions() {
        XCTAssertEqual(tag("The talks are set to resume Monday in Geneva."), ["Monday=2023-12-04"])
        XCTAssertEqual(tag("The court is to rule on the appeal Friday."), ["Friday=2023-12-01"])
        XCTAssertEqual(tag("Troops could leave as soon as Thursday."), ["Thursday=2023-11-30"])
    }

    func testAQuotationKeepsItsOwnTense() {
        XCTAssertEqual(tag("The minister said: \"Friday we sign, and we will then rest.\""), ["Friday=2023-12-01"])
        XCTAssertEqual(tag("The minister said: ``Friday we sign, and we will then rest.''"), ["Friday=2023-12-01"])
    }

    func testModalVerbsLookAhead() {
        XCTAssertEqual(tag("Prices might fall on Friday."), ["Friday=2023-12-01"])
    }

    func testAPassiveParticipleLeavesTheTenseToItsAuxiliary() {
        let march = CalendarDate(year: 2023, month: 3, day: 4)
        XCTAssertEqual(TemporalTestSupport.tag("A new envoy will be named for the talks in October.", anchor: march),
                       ["October=2023-10"])
        XCTAssertEqual(TemporalTestSupport.tag("A new envoy was named for the talks in October.", anchor: march),
                       ["October=2022-10"])
    }

    func testTheFutureAsAFateIsNoTime() {
        XCTAssertEqual(tag("Talks on the future of the port stalled."), [])
        XCTAssertEqual(tag("Rates may fall in the future."), ["the future=FUTURE_REF"])
        XCTAssertEqual(tag("Near-term prospects are dim."), [])
        XCTAssertEqual(tag("Prices will stay high in the near term."), ["the near term=FUTURE_REF"])
    }

    func testAGenericFiscalYearIsNoDate() {
        XCTAssertEqual(tag("The chain moved from a fiscal year to a calendar year."), [])
        XCTAssertEqual(tag("Sales rose in the fiscal year."), ["the fiscal year=2023"])
    }

    func testTheVerbBeforeATimeGovernsIt() {
        XCTAssertEqual(tag("The envoy will fly on Friday to towns flooded by storms."), ["Friday=2023-12-01"])
    }

    func testAWeekdayWithAPossessiveIsPast() {
        XCTAssertEqual(tag("Lawyers will appeal Friday's ruling."), ["Friday=2023-11-24"])
        XCTAssertEqual(tag("Lawyers will appeal next Friday's ruling."), ["next Friday=2023-12-01"])
    }

    func testTheYearOfAMonthFollowsTheTense() {
        let march = CalendarDate(year: 2023, month: 3, day: 4)
        XCTAssertEqual(TemporalTestSupport.tag("The crew will fly a mission in December.", anchor: march),
                       ["December=2023-12"])
        XCTAssertEqual(TemporalTestSupport.tag("The crew flew a mission in December.", anchor: march),
                       ["December=2022-12"])
        XCTAssertEqual(tag("Sales fell in the fiscal year ended Jan. 31, the chain said.").last, "Jan. 31=2023-01-31")
        XCTAssertEqual(tag("The bonus is payable on an unspecified date in January."), ["January=2024-01"])
    }

    func testQuartersAheadAreNoComparisonBase() {
        XCTAssertEqual(tag("Profit rose in the third quarter. Analysts expect weakness into the fourth quarter "
                           + "and through the second quarter of 2024. In the year-ago period, profit fell."),
                       ["the third quarter=2023-Q3", "the fourth quarter=2023-Q4", "the second quarter of 2024=2024-Q2",
                        "the year-ago period=2022-Q3"])
    }

    func testSinceLooksBack() {
        XCTAssertEqual(tag("Since January, rents have climbed."), ["January=2023-01"])
        XCTAssertEqual(tag("Since early December the river has risen."), ["early December=2022-12"])
        XCTAssertEqual(tag("The gallery will stay shut, as it has since Thursday."), ["Thursday=2023-11-23"])
    }

    func testUntilSetsADeadline() {
        XCTAssertEqual(tag("The agency gave the owners until 9 a.m. Thursday to reply."),
                       ["9 a.m. Thursday=2023-11-30T09:00"])
        XCTAssertEqual(tag("The board postponed the vote until Monday."), ["Monday=2023-12-04"])
        XCTAssertEqual(tag("Until Monday, nobody had noticed the leak."), ["Monday=2023-11-27"])
    }

    func testTheUnitBeforeOrAfterTheDateSpokenOf() {
        XCTAssertEqual(tag("Output rose in 2015. The year before, it had slumped."),
                       ["2015=2015", "The year before=2014"])
        XCTAssertEqual(tag("The dam failed on March 3, 2020. The day after, crews arrived."),
                       ["March 3, 2020=2020-03-03", "The day after=2020-03-04"])
        XCTAssertEqual(tag("The day before the vote was calm."), [])
    }

    func testYearEnd() {
        XCTAssertEqual(tag("The merger should close by year-end."), ["year-end=2023"])
        XCTAssertEqual(tag("The sale is expected to close around year end."), ["around year end=2023"])
        XCTAssertEqual(tag("Shares have doubled since year end."), ["year end=2022"])
        XCTAssertEqual(tag("Sales slumped at year's end."), ["year's end=2022"])
    }

    func testDeicticDates() {
        XCTAssertEqual(tag("Shares fell today."), ["today=2023-11-28"])
        XCTAssertEqual(tag("Shares fell yesterday."), ["yesterday=2023-11-27"])
        XCTAssertEqual(tag("The fund will pay tomorrow."), ["tomorrow=2023-11-29"])
        XCTAssertEqual(tag("Sales rose last week."), ["last week=2023-W47"])
        XCTAssertEqual(tag("Sales will rise next month."), ["next month=2023-12"])
        XCTAssertEqual(tag("The elections are next year."), ["next year=2024"])
        XCTAssertEqual(tag("It happened two years ago."), ["two years ago=2021"])
        XCTAssertEqual(tag("It rose earlier this year."), ["earlier this year=2023"])
        XCTAssertEqual(tag("Protests grew over the weekend."), ["the weekend=2023-W47-WE"])
    }

    func testQuartersSeasonsDecades() {
        XCTAssertEqual(tag("Profit rose in the third quarter."), ["the third quarter=2023-Q3"])
        XCTAssertEqual(tag("Third-quarter profit rose."), ["Third-quarter=2023-Q3"])
        XCTAssertEqual(tag("Profit fell in the first half of 2021."), ["the first half of 2021=2021-H1"])
        XCTAssertEqual(tag("Fighting eased this summer."), ["this summer=2023-SU"])
        XCTAssertEqual(tag("The deal closed last fall."), ["last fall=2022-FA"])
        XCTAssertEqual(tag("Growth was fast in the 1990s."), ["the 1990s=199"])
        XCTAssertEqual(tag("That was common in the '80s."), ["the '80s=198"])
        XCTAssertEqual(tag("It was built in the 19th century."), ["the 19th century=18"])
    }

    func testBusinessPeriodCodes() {
        XCTAssertEqual(tag("Margins narrowed in Q2."), ["Q2=2023-Q2"])
        XCTAssertEqual(tag("Margins narrowed in Q4 2021."), ["Q4 2021=2021-Q4"])
        XCTAssertEqual(tag("The budget for FY2025 is tight."), ["FY2025=2025"])
        XCTAssertEqual(tag("The budget for FY24 is tight."), ["FY24=2024"])
        XCTAssertEqual(tag("The budget for FY 2022 was tight."), ["FY 2022=2022"])
        XCTAssertEqual(tag("Tickets cost Q5 and QA is done."), [])
        XCTAssertEqual(tag("Output fell in H1 2023."), ["H1 2023=2023-H1"])
        XCTAssertEqual(tag("The H2 tank leaked."), [])
    }

    func testPeriodsOfTheYearSpokenOf() {
        XCTAssertEqual(tag("Exports grew in the first half of the year."), ["the first half of the year=2023-H1"])
        XCTAssertEqual(tag("In 2019 exports grew in the second half of the year."),
                       ["2019=2019", "the second half of the year=2019-H2"])
        XCTAssertEqual(tag("Prices eased over the summer."), ["the summer=2023-SU"])
    }

    func testModifiersStayInTheSpan() {
        XCTAssertEqual(tag("The plant opens in late 2024."), ["late 2024=2024"])
        XCTAssertEqual(tag("Talks resumed in mid-November."), ["mid-November=2023-11"])
        XCTAssertEqual(tag("Troops left around Nov. 1."), ["around Nov. 1=2023-11-01"])
        XCTAssertEqual(tag("They expect a deal by the end of the year."), ["the end of the year=2023"])
    }

    func testReferences() {
        XCTAssertEqual(tag("Prices are now higher."), ["now=PRESENT_REF"])
        XCTAssertEqual(tag("The army recently withdrew."), ["recently=PAST_REF"])
        XCTAssertEqual(tag("Rates will stay low in the future."), ["the future=FUTURE_REF"])
    }

    func testAnaphoraCountFromTheLastDate() {
        XCTAssertEqual(tag("The treaty was signed on March 3, 2020. The next day, troops left."),
                       ["March 3, 2020=2020-03-03", "The next day=2020-03-04"])
        XCTAssertEqual(tag("The plant opened in 1998. The following year it closed."),
                       ["1998=1998", "The following year=1999"])
    }

    func testEarningsYearAgoIsTheSameQuarter() {
        XCTAssertEqual(tag("Net income rose in the third quarter. A year earlier it was lower."),
                       ["the third quarter=2023-Q3", "A year earlier=2022-Q3"])
        XCTAssertEqual(tag("Net income rose in the second quarter, after a loss in the 2022 quarter."),
                       ["the second quarter=2023-Q2", "the 2022 quarter=2022-Q2"])
    }

    func testTimes() {
        XCTAssertEqual(tag("The strike began at 3 p.m. yesterday."), ["3 p.m. yesterday=2023-11-27T15:00"])
        XCTAssertEqual(tag("Trading halted at 10:35 a.m. EST."), ["10:35 a.m. EST=2023-11-28T10:35"])
        XCTAssertEqual(tag("Shelling resumed this morning."), ["this morning=2023-11-28TMO"])
        XCTAssertEqual(tag("Sirens sounded Tuesday night."), ["Tuesday night=2023-11-28"])
        let times = TemporalTestSupport.expressions("Sirens sounded at noon.")
        XCTAssertEqual(times.map(\.type), [.time])
        XCTAssertEqual(times.first?.granularity, .time)
    }

    func testDurationsAndSets() {
        let durations = TemporalTestSupport.expressions("The war lasted three years and the siege 48 hours.")
        XCTAssertEqual(durations.map(\.value), ["P3Y", "PT48H"])
        XCTAssertEqual(durations.map(\.type), [.duration, .duration])
        let sets = TemporalTestSupport.expressions("Inspectors come every Monday and report weekly.")
        XCTAssertEqual(sets.map(\.value), ["XXXX-WXX-1", "P1W"])
        XCTAssertEqual(sets.map(\.type), [.set, .set])
    }

    func testWireDateline() {
        XCTAssertEqual(tag("SALVADOR, Nov 26 - Brazil's central bank said it would cut rates."),
                       ["Nov 26=2023-11-26"])
    }

    func testWordsThatOnlyLookLikeDates() {
        XCTAssertEqual(tag("You may march to the square."), [])
        XCTAssertEqual(tag("The spring broke; the fall of the city followed."), [])
        XCTAssertEqual(tag("He paid $1998 for it."), [])
    }

    func testGranularities() {
        let times = TemporalTestSupport.expressions("In 2021, last week, in March 2020, on Nov. 3, in the third quarter.")
        XCTAssertEqual(times.map(\.granularity), [.year, .week, .month, .day, .quarter])
    }
}
