import XCTest
@testable import TidingsKit

/// No header value takes the article's text: a date of any precision ends the one-line form where
/// the body begins, and a first line that only looks like `key value` stays body.
final class HeaderBodyTests: ArticleFileTestCase {
    func body(_ article: Article) -> String { article.text(article.bodyRange) }

    func testOneLineFormDatedByAMonthKeepsItsBody() throws {
        let article = try read("dam.txt", """
             date 2023-06 epa10678554 A general view shows the destroyed Kakhovka dam in Nova Kakhovka, Ukraine, 06 June 2023. The dam was blown up overnight, officials said.

            Thousands of residents were evacuated from the flooded villages downstream.

            """)
        XCTAssertEqual(article.dateSource, .header)
        XCTAssertEqual(article.datePrecision, .month)
        XCTAssertEqual(article.date.iso, "2023-06-01", "a month is held as its first day")
        XCTAssertEqual(article.dateText, "2023-06")
        XCTAssertTrue(body(article).hasPrefix("epa10678554 A general view shows the destroyed Kakhovka dam"), body(article))
        XCTAssertTrue(body(article).contains("Thousands of residents were evacuated"))
        XCTAssertEqual(article.header.fields.map(\.value), ["2023-06"])
        XCTAssertEqual(article.warnings, [])
        XCTAssertNotEqual(article.title, "(untitled)")
        let analysis = Analyzer().analyze(article)
        XCTAssertEqual(analysis.events.first?.value, "2023-06", "the publication is the month")
        XCTAssertEqual(analysis.events.first?.granularity, .month)
        XCTAssertTrue(analysis.times.contains { $0.value == "2023-06-06" }, "“06 June 2023” is read in the body")
    }

    func testAOneLineArticleDatedByAMonthIsNotEmptied() throws {
        let article = try read("one.txt", " date 2023-06 Floodwater reached the centre of Kherson on Wednesday.")
        XCTAssertEqual(body(article), "Floodwater reached the centre of Kherson on Wednesday.")
        XCTAssertEqual(article.title, "Floodwater reached the centre of Kherson on Wednesday")
        XCTAssertEqual(article.dateText, "2023-06")
    }

    func testOneLineFormWithEveryHeaderDateForm() throws {
        for (line, date, precision, first) in [
            (" date 2023 The year began with power cuts across Ukraine.", "2023", Granularity.year, "The year began"),
            (" date June 2023 The dam was destroyed overnight.", "2023-06", .month, "The dam was destroyed"),
            (" date 28 Nov 2023 The Kremlin has ordered the occupation authorities to act.", "2023-11-28", .day, "The Kremlin"),
            (" date November 28, 2023 The Kremlin has ordered the occupation authorities to act.", "2023-11-28", .day, "The Kremlin"),
            (" date Tue, 28 Nov 2023 The Kremlin has ordered the occupation authorities to act.", "2023-11-28", .day, "The Kremlin"),
            ("date: 2023-11-28 The Kremlin has ordered the occupation authorities to act.", "2023-11-28", .day, "The Kremlin"),
        ] {
            let article = try read("form.txt", line + "\n\nA second paragraph follows.\n")
            XCTAssertEqual(article.dateSource, .header, line)
            XCTAssertEqual(article.dateText, date, line)
            XCTAssertEqual(article.datePrecision, precision, line)
            XCTAssertTrue(body(article).hasPrefix(first), "\(line): \(body(article))")
            XCTAssertTrue(body(article).hasSuffix("A second paragraph follows.\n"), line)
        }
    }

    func testMonthAndYearHeaderLines() throws {
        let month = try read("m.txt", "date: 2023-06\ntitle: Dam destroyed\n\nThe dam was blown up.\n")
        XCTAssertEqual(month.dateText, "2023-06")
        XCTAssertEqual(month.title, "Dam destroyed")
        XCTAssertEqual(body(month), "The dam was blown up.\n")
        let year = try read("y.txt", "date 2023\n\nThe dam was blown up.\n")
        XCTAssertEqual(year.dateText, "2023")
        XCTAssertEqual(year.datePrecision, .year)
        XCTAssertNil(HeaderDate.parse("2023-13"), "no thirteenth month")
        XCTAssertNil(HeaderDate.parse("2023/24"))
    }

    func testADateLineAfterOtherHeaderLinesEndsTheHeaderWhereTheBodyBegins() throws {
        let article = try read("late.txt", "title Dam destroyed\ndate 2023-06 The dam was blown up overnight.\n")
        XCTAssertEqual(article.title, "Dam destroyed")
        XCTAssertEqual(article.dateText, "2023-06")
        XCTAssertEqual(body(article), "The dam was blown up overnight.\n")
    }

    func testAFirstLineShapedLikeAHeaderButReadingAsProseIsBody() throws {
        for first in ["Source: officials said the dam broke before dawn on Tuesday.",
                      "Date: the talks were postponed again",
                      "date of the vote was moved to Sunday, officials said.",
                      "Places: five villages were flooded and two bridges were swept away.",
                      "author of the report, a former minister, resigned on Monday."] {
            let article = try read("prose.txt", first + "\n\nWater rose overnight.\n")
            XCTAssertTrue(article.header.fields.isEmpty, first)
            XCTAssertEqual(article.bodyRange.lowerBound, 0, first)
            XCTAssertTrue(article.warnings.isEmpty, first)
        }
        let header = try read("header.txt", "Source: Reuters\nAuthor: Jane Doe\nDate: 2023-11-28\n\nWater rose.\n")
        XCTAssertEqual(header.source, "Reuters")
        XCTAssertEqual(body(header), "Water rose.\n")
    }

    func testExtractSaysTheMonth() throws {
        let file = try folder.write("dam.txt", " date 2023-06 epa10678554 A general view shows the destroyed dam.\n")
        let run = try TidingsBinary.run(["extract", "--json", file])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["date"] as? String, "2023-06")
        XCTAssertEqual(object["dateSource"] as? String, "header")
        XCTAssertEqual(object["title"] as? String, "A general view shows the destroyed dam", "a photo number is no title")
    }
}
