import Foundation
import XCTest
@testable import TidingsKit

/// Hostile saved pages: each is read, or skipped with one clear reason, and none crashes.
final class SavedPageHostileTests: XCTestCase {
    var folder: TemporaryFolder!
    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder = nil }

    func read(_ path: String) throws -> Article { try ArticleReader().read(path: path) }

    func failure(_ path: String) -> ReadFailure? {
        do { _ = try ArticleReader().read(path: path); return nil } catch { return error }
    }

    let story = SavedPageTests.paragraphs.joined(separator: " ")

    func testBrokenNestingIsReadAsABrowserWould() throws {
        let html = "<html><body><div><p>\(story) <b>bold <i>both</b> italic</i> end.</div></p></span></body></html>"
        let article = try read(folder.write("broken.html", html))
        XCTAssertTrue(article.text.hasSuffix("bold both italic end."), article.text)
    }

    func testUnclosedTagsCloseThemselves() throws {
        let html = "<html><body><div class=story><p>\(SavedPageTests.paragraphs[0])<p>\(SavedPageTests.paragraphs[1])<ul><li>one<li>two"
        let article = try read(folder.write("unclosed.html", html))
        XCTAssertEqual(article.text(article.bodyRange),
                       SavedPageTests.paragraphs[0...1].joined(separator: "\n\n") + "\n\none\n\ntwo")
    }

    func testFiveMebibytesOfMarkupAreReadUpToTheLimit() throws {
        let filler = String(repeating: "<div class=\"ad-slot\"><span data-x=\"1\">&nbsp;</span></div>\n", count: 120_000)
        let html = SavedPageTests.page() + filler
        XCTAssertGreaterThan(html.utf8.count, ArticleReader.defaultLimit)
        let article = try read(folder.write("huge.html", html))
        XCTAssertEqual(article.text(article.bodyRange), SavedPageTests.paragraphs.joined(separator: "\n\n"))
        XCTAssertEqual(article.warnings.map(\.kind), [.truncated])
    }

    func testAPageOfOnlyScriptsIsSkippedWithItsReason() throws {
        let html = "<html><head><script>var story = '\(story)';</script></head><body><script>document.write(story)</script><noscript>Enable JavaScript</noscript></body></html>"
        let problem = try XCTUnwrap(failure(folder.write("scripts.html", html)))
        XCTAssertEqual(problem.kind, .empty)
        XCTAssertTrue(problem.reason.contains("without article text"), problem.reason)
    }

    func testAFramesetIsSkippedWithItsReason() throws {
        let html = "<html><head><title>Frames</title></head><frameset cols=\"50%,50%\"><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>"
        let problem = try XCTUnwrap(failure(folder.write("frames.html", html)))
        XCTAssertEqual(problem.kind, .empty)
    }

    func testACharsetThatLiesGivesWayToWhatTheBytesAre() throws {
        let sentence = "Kyiv’s mayor — Vitali Klitschko — spoke to reporters at the river wall on Tuesday morning."
        let utf8Page = SavedPageTests.page(paragraphs: SavedPageTests.paragraphs + [sentence])
            .replacingOccurrences(of: "charset=\"utf-8\"", with: "charset=\"iso-8859-1\"")
        let article = try read(folder.write("lies.html", utf8Page))
        XCTAssertTrue(article.text.contains(sentence), article.text)
        XCTAssertEqual(article.warnings.map(\.kind), [.invalidUTF8])

        let cp1252Page = SavedPageTests.page(paragraphs: SavedPageTests.paragraphs + ["Caf\u{E9} owners said the \u{201C}wall\u{201D} was late."])
        let lying = try read(folder.write("lies2.html", try XCTUnwrap(cp1252Page.data(using: .windowsCP1252))))
        XCTAssertTrue(lying.text.contains("Café owners said the “wall” was late."), lying.text)
        XCTAssertEqual(lying.warnings.map(\.kind), [.windows1252])
    }

    func testNULBytesMakeABinaryFileThatIsSkipped() throws {
        var bytes = Data(SavedPageTests.page().utf8)
        bytes.insert(0, at: 400)
        let problem = try XCTUnwrap(failure(folder.write("nul.html", bytes)))
        XCTAssertEqual(problem.kind, .binary)
    }

    func testTenThousandNestedDivsCostNoStack() throws {
        let depth = 10_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>\(story)</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        // A worker thread's stack is small: the page is read on one, as the indexer reads it.
        let done = expectation(description: "read")
        let result = TextBox()
        let path = try folder.write("deep.html", html)
        let thread = Thread {
            result.text = (try? ArticleReader().read(path: path))?.text ?? ""
            done.fulfill()
        }
        thread.stackSize = 256 * 1024
        thread.start()
        wait(for: [done], timeout: 60)
        XCTAssertTrue(result.text.contains(SavedPageTests.paragraphs[3]), String(result.text.prefix(200)))
    }

    func testEntitiesAnXHTMLFileDeclaresAreNeverExpanded() throws {
        var entities = "<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        let xhtml = """
            <?xml version="1.0"?>
            <!DOCTYPE html [\n\(entities)]>
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Bomb</title></head>
            <body><div><p>\(story)</p><p>&lol9;</p></div></body></html>
            """
        let started = Date()
        let article = try read(folder.write("bomb.xhtml", xhtml))
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertLessThan(article.scalars.count, 10_000)
        XCTAssertFalse(article.text.contains("lollol"))
        XCTAssertTrue(article.text.contains(SavedPageTests.paragraphs[0]))
    }

    func testEscapeSequencesInTextAndTitleNeverReachTheText() throws {
        // The parser drops C0 controls (no HTML text may hold them); C1 controls it keeps are
        // flagged, and the screen shows them as placeholders.
        let title = "Wall vote \u{1B}[2J\u{1B}]0;owned\u{07} in Kessel"
        let html = SavedPageTests.page(title: title, paragraphs: SavedPageTests.paragraphs + ["Clear the screen \u{1B}[2J and ring \u{07}\u{9B}6n now."])
        let article = try read(folder.write("escape.html", html))
        XCTAssertEqual(article.title, "Wall vote [2J]0;owned in Kessel")
        XCTAssertTrue(article.text.hasSuffix("Clear the screen [2J and ring \u{9B}6n now."), article.text)
        XCTAssertFalse(article.scalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        XCTAssertEqual(article.warnings.map(\.kind), [.controlCharacters])
    }

    func testAGzipBombStopsAtTheLimit() throws {
        let plain = try folder.write("bomb.html", SavedPageTests.page() + String(repeating: " ", count: 12 * 1024 * 1024))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = [plain]
        try gzip.run()
        gzip.waitUntilExit()
        let article = try read(plain + ".gz")
        XCTAssertEqual(article.text(article.bodyRange), SavedPageTests.paragraphs.joined(separator: "\n\n"))
        XCTAssertEqual(article.warnings.map(\.kind), [.truncated])
        try folder.write("fake.html.gz", "not gzip at all")
        XCTAssertEqual(failure(folder.path + "/fake.html.gz")?.kind, .binary)
    }

    func testTheRealBinaryReadsEveryHostilePageWithoutCrashing() throws {
        try folder.write("a.html", "<html><body><div><p>\(story)<b><i></div></p>")
        try folder.write("b.html", "<frameset><frame src=x></frameset>")
        try folder.write("c.xhtml", "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY a \"&a;&a;\">]><html><body><p>&a; \(story)</p></body></html>")
        let result = try TidingsBinary.run(["extract", "--json", folder.path + "/a.html", folder.path + "/b.html", folder.path + "/c.xhtml"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
    }
}

/// What a worker thread read, handed back after it signalled.
private final class TextBox: @unchecked Sendable {
    var text = ""
}
