import Foundation
import XCTest
@testable import TidingsKit

/// Saved web pages read as articles: the body without the page's furniture, the header from the
/// page's metadata, the charset from the page.
final class SavedPageTests: XCTestCase {
    var folder: TemporaryFolder!
    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder = nil }

    func read(_ path: String) throws -> Article { try ArticleReader().read(path: path) }

    static let paragraphs = [
        "The council of Kessel voted on Tuesday to rebuild the river wall, after the floods of March left three streets under water for a week.",
        "Mayor Ilse Renn said the work would begin in May and cost 4.2 million euros, paid for by the region and a loan from the national bank.",
        "Residents of the harbour district, who had asked for the repairs since 2019, welcomed the vote but said the plan came too late for many shops.",
        "The engineers' report, published last month, found cracks in the dam upstream that the council has promised to survey before the summer.",
    ]

    /// A page as news sites serve it: navigation, a share bar, the article, related stories,
    /// comments and a footer.
    static func page(head: String = "", title: String = "Kessel votes to rebuild river wall",
                     paragraphs: [String] = SavedPageTests.paragraphs) -> String {
        """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>\(title) | Kessel Courier</title>\(head)</head>
        <body>
        <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
        <div id="main"><article class="story">
        <h1>\(title)</h1>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
        <div class="story-body">
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </div></article>
        <aside class="related"><h2>Related stories</h2><ul>
        <li><a href="/a">Floods close the harbour road for a second week</a></li>
        <li><a href="/b">What the dam report says, in five charts</a></li></ul></aside>
        <div id="comments"><p>Great article, thanks for writing this, I live on the river and it floods every single spring.</p></div>
        </div>
        <footer><p>© 2024 Kessel Courier. All rights reserved. <a href="/privacy">Privacy</a></p></footer>
        </body></html>
        """
    }

    func testTheBodyIsTheArticleWithoutThePagesFurniture() throws {
        let article = try read(folder.write("wall.html", Self.page()))
        XCTAssertEqual(article.format, .html)
        XCTAssertEqual(article.title, "Kessel votes to rebuild river wall")
        XCTAssertEqual(article.text(article.bodyRange), Self.paragraphs.joined(separator: "\n\n"))
        XCTAssertEqual(article.text, article.title + "\n\n" + Self.paragraphs.joined(separator: "\n\n"))
        XCTAssertEqual(article.warnings, [])
    }

    func testEveryPageNameIsAnArticle() {
        for name in ["a.html", "b.HTM", "c.xhtml", "d.html.gz"] { XCTAssertTrue(FolderScanner.isArticleName(name), name) }
        XCTAssertFalse(FolderScanner.isArticleName("e.css"))
    }

    func testMetadataComesFromOpenGraphAndItsFallbacks() throws {
        let head = """
            <meta property="og:title" content="Wall vote: Kessel to rebuild | Kessel Courier">
            <meta property="og:site_name" content="Kessel Courier">
            <meta property="article:published_time" content="2024-03-12T09:30:00+01:00">
            <meta name="author" content="Anna Lind">
            <link rel="canonical" href="https://courier.example/2024/03/11/wall-vote">
            """
        let article = try read(folder.write("wall.html", Self.page(head: head)))
        XCTAssertEqual(article.title, "Wall vote: Kessel to rebuild")
        XCTAssertEqual(article.source, "Kessel Courier")
        XCTAssertEqual(article.date.iso, "2024-03-12")
        XCTAssertEqual(article.dateSource, .header)
        XCTAssertEqual(article.author, "Anna Lind")
        XCTAssertEqual(article.url, "https://courier.example/2024/03/11/wall-vote")
    }

    func testJSONLDGivesHeadlineDateAndPublisher() throws {
        let head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
            {"@type":"NewsArticle","headline":"Kessel rebuilds its wall","datePublished":"2024-03-14T08:00:00Z",
             "author":[{"@type":"Person","name":"Jon Brandt"}],"publisher":{"@type":"Organization","name":"Courier Group"}}]}</script>
            """
        let article = try read(folder.write("wall.html", Self.page(head: head)))
        XCTAssertEqual(article.title, "Kessel rebuilds its wall")
        XCTAssertEqual(article.date.iso, "2024-03-14")
        XCTAssertEqual(article.source, "Courier Group")
        XCTAssertEqual(article.author, "Jon Brandt")
    }

    func testDateFallsBackToTimeThenMetaThenTheAddress() throws {
        let timed = try read(folder.write("t.html", Self.page(head: "", paragraphs: ["<time datetime=\"2024-03-15\">Friday</time> " + Self.paragraphs[0]] + Self.paragraphs)))
        XCTAssertEqual(timed.date.iso, "2024-03-15")
        let meta = try read(folder.write("m.html", Self.page(head: "<meta name=\"dc.date\" content=\"2024-03-16\">")))
        XCTAssertEqual(meta.date.iso, "2024-03-16")
        let address = try read(folder.write("u.html", Self.page(head: "<link rel=\"canonical\" href=\"https://x.example/news/2024/03/17/wall/\">")))
        XCTAssertEqual(address.date.iso, "2024-03-17")
        let named = try read(folder.write("2024-03-18-wall.html", Self.page()))
        XCTAssertEqual(named.date.iso, "2024-03-18")
        XCTAssertEqual(named.dateSource, .fileName)
    }

    func testTitleFallsBackToTheHeadingThenTheTitleWithoutItsSite() throws {
        let article = try read(folder.write("h.html", Self.page(title: "Kessel votes")))
        XCTAssertEqual(article.title, "Kessel votes")
        let untitledHeading = Self.page().replacingOccurrences(of: "<h1>Kessel votes to rebuild river wall</h1>", with: "")
        XCTAssertEqual(try read(folder.write("t.html", untitledHeading)).title, "Kessel votes to rebuild river wall")
    }

    func testListsQuotesHeadingsAndTableRowsAreParagraphs() throws {
        let body = Self.paragraphs + ["</p><h2>What happens next</h2><ul><li>Survey of the dam</li><li>Work on the wall</li></ul>"
            + "<blockquote>We waited five years for this vote.</blockquote><table><tr><td>Cost</td><td>4.2 million</td></tr>"
            + "<tr><td>Start</td><td>May</td></tr></table><p>"]
        let article = try read(folder.write("l.html", Self.page(paragraphs: body)))
        let text = article.text(article.bodyRange)
        XCTAssertTrue(text.hasSuffix("What happens next\n\nSurvey of the dam\n\nWork on the wall\n\n"
            + "We waited five years for this vote.\n\nCost 4.2 million\n\nStart May"), text)
    }

    func testTheDeclaredCharsetDecodesThePage() throws {
        let html = Self.page(paragraphs: Self.paragraphs + ["Пожежа в Києві: рятувальники працювали всю ніч, щоб загасити вогонь у старому будинку."])
            .replacingOccurrences(of: "charset=\"utf-8\"", with: "charset=\"windows-1251\"")
        let bytes = try XCTUnwrap(html.data(using: .windowsCP1251))
        let article = try read(folder.write("cyr.html", bytes))
        XCTAssertTrue(article.text.contains("Пожежа в Києві"), article.text)
        XCTAssertEqual(article.warnings, [])
    }

    func testWithoutACharsetWindows1252IsTheLastResort() throws {
        let html = Self.page(paragraphs: Self.paragraphs + ["Caf\u{E9} owners on the quay said the \u{201C}wall\u{201D} came too late for them."])
            .replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "")
        let article = try read(folder.write("cp.html", try XCTUnwrap(html.data(using: .windowsCP1252))))
        XCTAssertTrue(article.text.contains("Café owners on the quay said the “wall”"), article.text)
        XCTAssertEqual(article.warnings.map(\.kind), [.windows1252])
    }

    func testAGzippedPageIsUnpacked() throws {
        let plain = try folder.write("wall.html", Self.page())
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", plain]
        try gzip.run()
        gzip.waitUntilExit()
        let article = try read(plain + ".gz")
        XCTAssertEqual(article.text, try read(plain).text)
        XCTAssertEqual(article.format, .html)
    }

    func testExtractJSONSaysItsFormatAndTextAndBodyStart() throws {
        let page = try folder.write("wall.html", Self.page())
        let text = try folder.write("note.txt", "title: A note\n\nKessel voted on Tuesday.\n")
        let result = try TidingsBinary.run(["extract", "--json", "--text", page, text])
        let objects = try result.stdout.split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        XCTAssertEqual(objects.map { $0["format"] as? String }, ["html", "text"])
        let pageText = try XCTUnwrap(objects[0]["text"] as? String)
        let bodyStart = try XCTUnwrap(objects[0]["bodyStart"] as? Int)
        XCTAssertEqual(String(String.UnicodeScalarView(pageText.unicodeScalars.dropFirst(bodyStart))),
                       Self.paragraphs.joined(separator: "\n\n"))
        XCTAssertEqual(objects[1]["bodyStart"] as? Int, 15)
        let plain = try TidingsBinary.run(["extract", "--json", page])
        XCTAssertFalse(plain.stdout.contains("\"bodyStart\""))
    }
}
