import XCTest
@testable import TidingsKit

/// Every header form of DESIGN §2, read from real files.
final class HeaderFormatTests: ArticleFileTestCase {
    func testKeyValueHeaderWithWireBody() throws {
        let article = try read("a.txt", """
            date 1987-02-26
            title BAHIA COCOA REVIEW
            source Reuters
            places el-salvador, usa, uruguay

            SALVADOR, Feb 26 - Showers continued throughout the week in
            the Bahia cocoa zone, alleviating the drought since early
            January.
                The rains came in time. Farmers are pleased.

            """)
        XCTAssertEqual(article.date.iso, "1987-02-26")
        XCTAssertEqual(article.title, "BAHIA COCOA REVIEW")
        XCTAssertEqual(article.source, "Reuters")
        XCTAssertEqual(article.places, ["el-salvador", "usa", "uruguay"])
        XCTAssertTrue(article.text(article.bodyRange).hasPrefix("SALVADOR, Feb 26"))
        let sentences = SentenceSplitter.sentences(in: article.scalars, ranges: article.contentRanges)
            .map { article.text($0.range) }
        XCTAssertEqual(sentences.count, 3, "\(sentences)")
        XCTAssertTrue(sentences[0].hasSuffix("since early\nJanuary."), "hard-wrapped lines stay one sentence")
    }

    func testColonHeaderWithOtherKeysKeptAsMetadata() throws {
        let article = try read("b.txt", """
            Title: Floods reach the coast
            Date: Tue, 28 Nov 2023 10:30:00 +0000
            Author: A. Writer
            URL: https://example.org/floods
            Tags: weather, coast
            Desk: Metro

            Water rose overnight.
            """)
        XCTAssertEqual(article.date.iso, "2023-11-28")
        XCTAssertEqual(article.title, "Floods reach the coast")
        XCTAssertEqual(article.author, "A. Writer")
        XCTAssertEqual(article.url, "https://example.org/floods")
        XCTAssertEqual(article.tags, ["weather", "coast"])
        XCTAssertEqual(article.header["desk"], "Metro")
        XCTAssertNil(article.source)
    }

    func testExtractListingShowsEveryHeaderField() throws {
        let file = try folder.write("fields.txt", """
            date 2023-11-28
            title Floods reach the coast
            source Coast Herald
            url https://example.org/floods
            author A. Writer
            tags weather, coast
            places Varnholt, Saltmere

            Water rose overnight.
            """)
        let run = try TidingsBinary.run(["extract", file])
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = run.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        for expected in ["date 2023-11-28 (from the header)", "title Floods reach the coast", "source Coast Herald",
                         "url https://example.org/floods", "author A. Writer", "tags weather, coast",
                         "places Varnholt, Saltmere", "body 1 sentence, 0 boilerplate paragraphs"] {
            XCTAssertTrue(lines.contains(expected), "\(expected) in \(run.stdout)")
        }
    }

    func testYAMLFrontMatter() throws {
        let article = try read("c.md", """
            ---
            title: "Harbour reopens"
            date: 2023-11-28T10:30:00Z
            tags: [port, trade]
            source: The Coast Herald
            ---

            The harbour reopened on Monday.
            """)
        XCTAssertEqual(article.title, "Harbour reopens")
        XCTAssertEqual(article.date.iso, "2023-11-28")
        XCTAssertEqual(article.tags, ["port", "trade"])
        XCTAssertEqual(article.source, "The Coast Herald")
        XCTAssertEqual(article.text(article.bodyRange), "The harbour reopened on Monday.")
    }

    func testYAMLFrontMatterWithBlockValuesAndNestedMaps() throws {
        let article = try read("blog.md", """
            ---
            title: >
              Harbour reopens
              after the storm
            date: 2023-11-28
            params:
              draft: false
            tags:
              - port
              - trade
            ---
            The harbour reopened on Monday.
            """)
        XCTAssertEqual(article.title, "Harbour reopens after the storm")
        XCTAssertEqual(article.dateSource, .header)
        XCTAssertEqual(article.tags, ["port", "trade"])
        XCTAssertEqual(article.header["params"], "")
        XCTAssertEqual(article.text(article.bodyRange), "The harbour reopened on Monday.")
    }

    func testHeaderDateForms() {
        for (text, expected) in [("2023-11-28", "2023-11-28"), ("2023-11-28T10:30:00Z", "2023-11-28"),
                                 ("Tue, 28 Nov 2023 10:30:00 +0000", "2023-11-28"), ("28 Nov 2023", "2023-11-28"),
                                 ("November 28, 2023", "2023-11-28"), ("Nov. 28, 2023", "2023-11-28")] {
            XCTAssertEqual(HeaderDate.parse(Substring(text))?.iso, expected, text)
        }
        XCTAssertNil(HeaderDate.parse("2023-02-30"))
        XCTAssertNil(HeaderDate.parse("soon"))
    }

    func testHeaderDatesWithAZoneCommentOrAClockTime() throws {
        for text in ["Tue, 28 Nov 2023 10:30:00 -0500 (EST)", "November 28, 2023, 10:30 a.m.",
                     "November 28, 2023 at 10:30 AM EST", "2023-11-28 10:30:00 UTC", "28 Nov 2023 10:30 +0000"] {
            XCTAssertEqual(HeaderDate.parse(Substring(text))?.iso, "2023-11-28", text)
            let article = try read("dated.txt", "date: \(text)\n\nThe body.\n")
            XCTAssertEqual(article.dateSource, .header, text)
        }
        XCTAssertNil(HeaderDate.parse("2023-11-28 The Kremlin said"), "words of a sentence are no time")
    }

    func testHeaderWithADateEndsWhereTheBodyStartsWithoutABlankLine() throws {
        let article = try read("tight.txt", "date: 2023-11-28\ntitle: Floods\nWater rose overnight.\n")
        XCTAssertEqual(article.dateSource, .header)
        XCTAssertEqual(article.title, "Floods")
        XCTAssertEqual(article.text(article.bodyRange), "Water rose overnight.\n")
        let undated = try read("lead.txt", "Source: officials\nWater rose overnight.\n")
        XCTAssertTrue(undated.header.fields.isEmpty, "no date: the first lines are body")
    }

    func testHeaderDateThatIsNoDateIsReported() throws {
        let article = try read("2023-11-20-storm.txt", "date: 2023-02-30\n\nThe storm came.\n")
        XCTAssertEqual(article.dateSource, .fileName)
        XCTAssertEqual(article.date.iso, "2023-11-20")
        XCTAssertEqual(article.warnings.map(\.message), ["the header date \u{201C}2023-02-30\u{201D} is not a date: dated by the file name"])
    }

    func testFirstParagraphOpeningWithAKeyWordIsBody() throws {
        for body in ["Title IX protections were expanded on Monday.", "Places like Kyiv were shelled on Monday.",
                     "Source code leaked on Friday.", "Date night was cancelled on Monday.",
                     "UPDATE: The minister resigned on Monday."] {
            let article = try read("body.txt", body + "\n\nA second paragraph.\n")
            XCTAssertTrue(article.header.fields.isEmpty, body)
            XCTAssertEqual(article.bodyRange.lowerBound, 0, body)
            XCTAssertEqual(article.title, String(body.dropLast()), body)
        }
        let wire = try read("wire.txt", "date 2023-11-28\ntitle Floods reach the coast\n\nWater rose.\n")
        XCTAssertEqual(wire.title, "Floods reach the coast")
        let capitalDate = try read("cap.txt", "Date 28 Nov 2023\n\nWater rose.\n")
        XCTAssertEqual(capitalDate.dateSource, .header)
    }

    func testDateFromFileNameThenModificationTime() throws {
        let named = try read("2023-11-28-kremlin.txt", "No header here. Just a body.")
        XCTAssertEqual(named.date.iso, "2023-11-28")
        XCTAssertEqual(named.dateSource, .fileName)
        XCTAssertEqual(named.title, "No header here")
        let path = try folder.write("plain", "Plain text without a date.")
        var times = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
        let plain = try ArticleReader().read(path: path)
        XCTAssertEqual(plain.dateSource, .modificationTime)
        XCTAssertEqual(plain.date.iso, "2023-11-14")
    }

    func testLongFirstSentenceTitleIsShortenedAtAWord() throws {
        let body = String(repeating: "word ", count: 40) + "end."
        let article = try read("long.txt", body)
        XCTAssertTrue(article.title.hasSuffix("…"))
        XCTAssertLessThanOrEqual(article.title.count, 91)
        XCTAssertTrue(article.title.dropLast().hasSuffix("word"))
    }

    func testTitleLeavesOutHeadingMarksAndCutsAnOverlongWord() throws {
        let markdown = try read("h.md", "date: 2023-11-28\n\n# Floods reach the coast\n\nWater rose.\n")
        XCTAssertEqual(markdown.title, "Floods reach the coast")
        let word = String(repeating: "x", count: 200)
        let long = try read("w.txt", word + " is long.\n")
        XCTAssertEqual(long.title, String(word.prefix(Title.maxLength)) + "…")
    }

    func testNewsAboutDonationsAndCopyrightIsNotBoilerplate() throws {
        for last in ["The Gates Foundation announced a donation of $5 million to the hospitals on Nov. 20.",
                     "“We welcome every donation,” the mayor said on Nov. 20.",
                     "Copyright infringement claims were filed in Berlin on Nov. 20."] {
            let article = try read("news.txt", "Hospitals are short of supplies.\n\n" + last + "\n")
            XCTAssertEqual(article.boilerplate, [], last)
        }
        let appeals = try read("appeals.txt", """
            Hospitals are short of supplies.

            Please consider a donation to keep our reporting free.

            Copyright 2023 The Valley Times

            """)
        XCTAssertEqual(appeals.boilerplate.map(\.kind), [.appeal, .footer(source: nil)])
    }

    func testFooterSetsSourceAndAppealIsBoilerplate() throws {
        let article = try read("d.txt", """
            The council met on Friday.

            It voted to rebuild the bridge.

            Support us with a donation today!

            Read the original article on The Valley Times
            """)
        XCTAssertEqual(article.source, "The Valley Times")
        XCTAssertEqual(article.boilerplate.count, 2)
        let analysis = Analyzer().analyze(article)
        XCTAssertEqual(analysis.sentences.map { article.text($0.range) },
                       ["The council met on Friday.", "It voted to rebuild the bridge."])
    }
}
