import XCTest
@testable import TidingsKit

/// Scraped pages carry their furniture around the article: the title passes over what comes
/// before it, and what comes before and after is dimmed and left out of the analysis.
final class PageFurnitureTests: ArticleFileTestCase {
    func boilerplateTexts(_ article: Article) -> [String] {
        article.boilerplate.map { article.text($0.start..<$0.end) }
    }

    // MARK: Titles and leading furniture

    func testTitlePassesOverMenusAndLanguageSwitchers() throws {
        let article = try read("trump.txt", """
             date 2024-11-06 ua en ru

            Left Menu

            All Sections Politics Economy World Kyiv Opinion

            Donald Trump wins the US presidential election, networks project

            Republican Donald Trump has won the presidential election, defeating Kamala Harris, according to projections by US networks on Nov. 6.

            """)
        XCTAssertEqual(article.title, "Donald Trump wins the US presidential election, networks project")
        XCTAssertEqual(boilerplateTexts(article), ["ua en ru", "Left Menu", "All Sections Politics Economy World Kyiv Opinion"])
        XCTAssertTrue(article.boilerplate.allSatisfy { $0.kind == .furniture })
        let analysis = Analyzer().analyze(article)
        let names = analysis.entities.map { article.text($0.range) }
        XCTAssertFalse(names.contains("Left Menu") || names.contains("Kyiv") || names.contains("Politics"), "\(names)")
        XCTAssertTrue(names.contains("Kamala Harris"), "\(names)")
    }

    func testTitlePassesOverMarkupDebrisAudioNoticesAndDatelines() throws {
        for (text, title) in [
            ("/> Donald Trump wins second term as US president\n\nThe Republican won the key swing states.\n",
             "Donald Trump wins second term as US president"),
            ("This audio is created with AI assistance\n\nMOSCOW, April 27. /TASS/. Russian President Vladimir Putin has thanked the troops who took part in the operation.\n",
             "Russian President Vladimir Putin has thanked the troops who took part in the operation"),
            ("KYIV, Nov 28 (Reuters) - The Kremlin has ordered occupation authorities to issue more passports.\n",
             "The Kremlin has ordered occupation authorities to issue more passports"),
            ("Nick Abbot 10pm - 1am 31 May 2025, 21:59 | Updated 31 May 2025, 22:10\n\nA caller told the presenter that the new rules would not change anything.\n",
             "A caller told the presenter that the new rules would not change anything"),
            ("February 24, 2025 WORLD 1 MIN READ Merz wins German election as far right surges to second place\n",
             "Merz wins German election as far right surges to second place"),
            ("May 31, 2025 On Monday the minister resigned over the scandal.\n",
             "On Monday the minister resigned over the scandal"),
            ("By Jane Doe and John Roe\n\n5 min read\n\nFloodwater reached the centre of Kherson on Wednesday.\n",
             "Floodwater reached the centre of Kherson on Wednesday"),
            (" date 2023-06 epa10678554 A general view shows the destroyed Kakhovka dam in Nova Kakhovka.\n",
             "A general view shows the destroyed Kakhovka dam in Nova Kakhovka"),
        ] {
            XCTAssertEqual(try read("page.txt", text).title, title, text)
        }
    }

    func testFurnitureBeforeTheArticleIsDimmedAndLeftOut() throws {
        let article = try read("tass.txt", """
            date: 2031-01-10

            This audio is created with AI assistance
            31 May 2025, 21:59 | Updated
            February 24, 2025 WORLD 1 MIN READ

            MOSCOW, April 27. /TASS/. Russian President Vladimir Putin has thanked the troops.
            """)
        XCTAssertEqual(boilerplateTexts(article), ["This audio is created with AI assistance", "31 May 2025, 21:59 | Updated",
                                                   "February 24, 2025 WORLD 1 MIN READ"])
        let analysis = Analyzer().analyze(article)
        XCTAssertFalse(analysis.times.contains { $0.value.hasPrefix("2025") }, "the timestamps make no dates")
    }

    func testSentencesThatOnlyLookLikeFurnitureStay() throws {
        for text in ["May the talks succeed, the minister said on Monday.",
                     "5 people were hurt in the blast on Monday.",
                     "Home Secretary Resigns Over Visa Row",
                     "Today the council voted to rebuild the bridge.",
                     "US 2024 election results were certified on Monday."] {
            let article = try read("news.txt", text + "\n\nA second paragraph follows.\n")
            XCTAssertEqual(article.title, text.hasSuffix(".") ? String(text.dropLast()) : text, text)
            XCTAssertEqual(article.boilerplate, [], text)
        }
        // A wire dateline names the story's place: it stays content.
        let wire = try read("wire.txt", "date 1996-08-30\n\nCRICKET - LEICESTERSHIRE TAKE OVER AT TOP.\nLONDON 1996-08-30\nWest Indian all-rounder Phil Simmons took four for 38 on Friday.\n")
        XCTAssertEqual(wire.boilerplate, [])
        XCTAssertTrue(Analyzer().analyze(wire).entities.contains { wire.text($0.range) == "LONDON" })
    }

    func testLettersAndTablesKeepTheirDatesSignaturesAndHeadings() throws {
        let letter = try read("letter.txt", """
            August 19, 1975

            Dear Hannah:

            We are back from Europe, having been to London and Mallorca.

            Yours faithfully

            NELSON MANDELA

            All-In African National Action Council
            """)
        XCTAssertEqual(letter.boilerplate, [])
        XCTAssertEqual(letter.title, "We are back from Europe, having been to London and Mallorca", "a salutation is too short")
        XCTAssertTrue(Analyzer().analyze(letter).times.contains { $0.value == "1975-08-19" })
        let table = try read("table.txt", """
            The following are the latest figures for the dead and injured in the bombings.

            KENYA:
            Total Dead: 192
            Injured: 4,877

            TANZANIA:
            Total dead: 10
            Hospitalized: 6
            """)
        XCTAssertEqual(table.boilerplate, [])
    }

    // MARK: Trailing furniture

    static let body = """
         date 2025-05-31 Ukrainian drones struck an airfield in the Murmansk region overnight, the General Staff said on Saturday.

        The strike destroyed at least two aircraft, according to the statement.

        """

    func testCorrectionPromptsHeadlineListsAndCopyrightAtTheEndAreFurniture() throws {
        let article = try read("drones.txt", Self.body + """
            To suggest a correction, select the text and press Ctrl + Enter

            POPULAR

            Zelensky meets Trump in the Vatican before the funeral

            Russia strikes Kyiv overnight, killing 12 people

            Related

            EU agrees a new sanctions package against Moscow

            All rights reserved. © 2007 — 2025
            """)
        XCTAssertEqual(boilerplateTexts(article), [
            "To suggest a correction, select the text and press Ctrl + Enter", "POPULAR",
            "Zelensky meets Trump in the Vatican before the funeral", "Russia strikes Kyiv overnight, killing 12 people",
            "Related", "EU agrees a new sanctions package against Moscow", "All rights reserved. © 2007 — 2025",
        ])
        let analysis = Analyzer().analyze(article)
        let names = Set(analysis.entities.map { article.text($0.range) })
        XCTAssertTrue(names.isDisjoint(with: ["Ctrl", "Zelensky", "Trump", "Vatican", "Kyiv", "EU", "Moscow"]), "\(names)")
        XCTAssertFalse(analysis.events.contains { $0.value.hasPrefix("2007") }, "no event in 2007")
        XCTAssertEqual(analysis.sentences.count, 2)
    }

    func testFurnitureLaidOutInLinesOfOneBlock() throws {
        let article = try read("lines.txt", Self.body + """
            Share this article
            Follow us on Telegram
            Most read
            Zelensky meets Trump in the Vatican before the funeral
            Russia strikes Kyiv overnight, killing 12 people
            More from Ukrinform
            Ukraine returns 390 prisoners in the largest swap of the war

            Sign up for our daily newsletter to get the latest news delivered to your inbox
            Found a typo? Highlight it and let us know
            Ukrinform © 2007—2025
            """)
        XCTAssertEqual(article.boilerplate.count, 10, "\(boilerplateTexts(article))")
        let names = Set(Analyzer().analyze(article).entities.map { article.text($0.range) })
        XCTAssertTrue(names.isDisjoint(with: ["Telegram", "Zelensky", "Ukrinform", "Kyiv"]), "\(names)")
    }

    func testNewsThatMentionsFurnitureWordsStaysNews() throws {
        for last in ["Related talks will resume in Geneva next week, the ministry said.",
                     "Pravda, the most read newspaper of the Soviet era, closed in 1991.",
                     "Report an error in the count to the commission, officials told voters.",
                     "“We will rebuild every bridge,” the mayor said",
                     "Popular protests spread to Lviv and Odesa on Sunday.",
                     "The museum's collection is © 2007 by its donors, a court ruled on Monday, and more than fifty other claims were heard in the long session of the day."] {
            let article = try read("news.txt", Self.body + last + "\n")
            XCTAssertEqual(article.boilerplate, [], last)
        }
        let headlinesWithoutHeading = try read("plain.txt", Self.body + "Kyiv rebuilds its bridges\n\nLviv opens a new school\n")
        XCTAssertEqual(headlinesWithoutHeading.boilerplate, [], "lines shaped as headlines are news without a heading")
    }
}
