import Foundation
import XCTest

/// `tidings extract` on articles the test writes, and on the bundled demo.
final class ExtractCommandTests: XCTestCase {
    var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    /// The objects `extract --json` prints for `paths`.
    func extract(_ paths: [String]) throws -> [[String: Any]] {
        let run = try TidingsBinary.run(["extract", "--json"] + paths)
        XCTAssertEqual(run.status, 0, run.stderr)
        return try run.stdout.split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// The listing without `--json` says dates in words; the JSON keeps the TIMEX3 values.
    func testTheListingSaysDatesInWords() throws {
        let file = try folder.write("vote.txt", """
            date: 2020-10-22
            title: Council closes the bridge

            The council voted on Oct. 20 to close the bridge for three weeks.

            """)
        let run = try TidingsBinary.run(["extract", file])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("  time     \u{201C}Oct. 20\u{201D}  Tuesday 20 October 2020\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("  time     \u{201C}three weeks\u{201D}  three weeks: a duration\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("  event    Tuesday 20 October 2020  \u{201C}"), run.stdout)
        let times = try XCTUnwrap(try extract([file]).first?["times"] as? [[String: Any]])
        XCTAssertEqual(times.compactMap { $0["value"] as? String }, ["2020-10-20", "P3W"])
    }

    func testOneEventPerSentenceAndDate() throws {
        let file = try folder.write("vote.txt", """
            date: 2020-10-22
            title: Council closes the bridge

            The council voted on Oct. 20 to close the bridge, and the mayor signed the order on Tuesday. \
            Works begin on Nov. 2.

            The mayor had asked for the vote on Oct. 20 and again on Oct. 21.

            """)
        let object = try XCTUnwrap(try extract([file]).first)
        let times = try XCTUnwrap(object["times"] as? [[String: Any]])
        XCTAssertEqual(times.filter { $0["value"] as? String == "2020-10-20" }.count, 3, "\(times)")
        let events = try XCTUnwrap(object["events"] as? [[String: Any]]).filter { $0["id"] as? String != "p" }
        let dated = events.map { "\($0["value"]!)@\($0["start"]!)" }
        XCTAssertEqual(dated.count, Set(dated).count, "one event per sentence and date: \(dated)")
        // Oct. 20 and Tuesday in the first sentence, Oct. 20 in the third; Nov. 2; Oct. 21.
        XCTAssertEqual(events.map { $0["value"] as! String }.sorted(),
                       ["2020-10-20", "2020-10-20", "2020-10-21", "2020-11-02"])
    }

    func testAFolderGivesTheArticlesInIt() throws {
        try folder.write("news/a.txt", "date: 2023-11-28\ntitle: First\n\nThe harbour reopened on Monday.\n")
        try folder.write("news/deeper/b.md", "date: 2023-11-29\ntitle: Second\n\nThe bridge closed.\n")
        try folder.write("news/notes.pdf", "not an article")
        let single = try folder.write("c.txt", "date: 2023-11-30\ntitle: Third\n\nThe ferry sailed.\n")
        let titles = try extract([folder.path + "/news", single]).map { $0["title"] as? String }
        XCTAssertEqual(titles, ["First", "Second", "Third"])
        let listing = try TidingsBinary.run(["extract", folder.path + "/news"])
        XCTAssertEqual(listing.status, 0, listing.stderr)
        XCTAssertTrue(listing.stdout.contains("First") && listing.stdout.contains("Second"), listing.stdout)
        let empty = try TemporaryFolder()
        let none = try TidingsBinary.run(["extract", empty.path])
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.stderr, "tidings: \(empty.path): no articles in this folder\n")
    }

    func testAnOfficeIsNotPartOfAPersonsNameAndANameHasOneType() throws {
        let file = try folder.write("bridge.txt", """
            date: 2024-05-02
            title: Bridge reopens

            Mayor Elena Marsh reopened the Tollen bridge on Monday. "It is safe now," Elena Marsh said.

            Gov. Tomas Ruud and Councillor Ida Berg attended the opening. Ruud thanked the engineers, and \
            Berg thanked Mayor Marsh.

            The bridge links the Tollen valley with Brekka, a fishing village of 900 people.

            Brekka welcomed the news.

            """)
        let entities = try XCTUnwrap(try extract([file]).first?["entities"] as? [[String: Any]])
        let people = entities.filter { $0["type"] as? String == "PERSON" }.map { ($0["text"] as! String, $0["id"] as! String) }
        XCTAssertFalse(people.contains { ["Mayor", "Gov", "Councillor"].contains($0.0.split(separator: " ")[0]) }, "\(people)")
        for (surname, id) in [("Marsh", "person:elena-marsh"), ("Ruud", "person:tomas-ruud"), ("Berg", "person:ida-berg")] {
            let named = people.filter { $0.0.hasSuffix(surname) }
            XCTAssertFalse(named.isEmpty, surname)
            XCTAssertEqual(Set(named.map(\.1)), [id], "\(people)")
        }
        // The apposition says what Brekka is, in both sentences.
        let brekka = entities.filter { $0["text"] as? String == "Brekka" }
        XCTAssertEqual(brekka.map { $0["type"] as! String }, ["LOCATION", "LOCATION"], "\(entities)")
    }

    /// More files than ArgumentParser is given (a shell glob of a folder) read as a few do.
    func testManyFilesGiveAnObjectEach() throws {
        let paths = try (0..<70).map { try folder.write("a\($0).txt", "date: 2024-03-0\($0 % 9 + 1)\n\nRain fell in Oslo.\n") }
        let objects = try extract(paths)
        XCTAssertEqual(objects.count, 70)
        let text = try TidingsBinary.run(["extract", "--json", "--text"] + paths)
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("\"bodyStart\""))
    }

    /// The bundled demo, what a new user sees first.
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/tidings/Resources/demo").standardized.path

    func testTheDemoGivesEachPersonOneIdAndItsTownOneType() throws {
        let objects = try extract([Self.demo])
        XCTAssertEqual(objects.count, try FileManager.default.contentsOfDirectory(atPath: Self.demo).count)
        let entities = objects.flatMap { $0["entities"] as! [[String: Any]] }
        let castell = entities.filter { ($0["text"] as! String).contains("Castell") }
        XCTAssertEqual(Set(castell.map { $0["id"] as! String }), ["person:mira-castell"])
        // The text articles say what Varnholt is. The saved pages name it bare ("the people of
        // Varnholt"): extract prints each file's own analysis, and the reader gives the town the
        // folder's type there (FolderNameTypeScreenTests).
        let articles = objects.filter { ($0["format"] as? String) != "html" }
        let varnholt = articles.flatMap { $0["entities"] as! [[String: Any]] }.filter { $0["text"] as? String == "Varnholt" }
        XCTAssertEqual(Set(varnholt.map { $0["type"] as! String }), ["LOCATION"])
    }
}
