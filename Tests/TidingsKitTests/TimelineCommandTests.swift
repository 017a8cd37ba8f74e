import Foundation
import XCTest
import TidingsKit

/// `tidings timeline` on articles the test writes: JSON, CSV and iCalendar.
final class TimelineCommandTests: XCTestCase {
    var folder: TemporaryFolder!
    /// Where the folder's cache and state go.
    var home: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        home = try TemporaryFolder()
        try folder.write("passports.txt", """
            date: 2023-11-28
            title: Kremlin orders more "passportization", HUR says

            The Kremlin has ordered occupation authorities to intensify forced passportization.

            Read also: Ukrainians without Russian passports denied healthcare — Kyiv

            """)
        try folder.write("health.md", """
            ---
            date: 2023-11-10
            title: Ukrainians without Russian passports denied healthcare
            ---
            Hospitals in occupied territories turn away patients without Russian passports.

            """)
        try folder.write("2024-03-04-floods.txt", "Floodwaters began to rise; schools closed, officials said.\n")
    }

    /// `tidings timeline` with `arguments`, its cache and state in `home`.
    func timeline(_ arguments: [String]) throws -> TidingsBinary.Result {
        try TidingsBinary.run(["timeline"] + arguments, environment: ProcessInfo.processInfo.environment.merging(
            ["XDG_CACHE_HOME": home.path + "/cache", "XDG_STATE_HOME": home.path + "/state"]) { $1 })
    }

    func json(_ arguments: [String]) throws -> [[String: Any]] {
        let run = try timeline(["--json"] + arguments + [folder.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let value = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        return try XCTUnwrap(value as? [[String: Any]])
    }

    func testJSONArraySortedByTimeWithStableIdsAndReadAlsoLink() throws {
        let events = try json([])
        let paths = events.map { ($0["path"] as! String).split(separator: "/").last.map(String.init)! }
        XCTAssertEqual(paths.prefix(2), ["health.md", "passports.txt"])
        XCTAssertTrue(paths.contains("2024-03-04-floods.txt"))
        let values = events.map { $0["value"] as! String }
        XCTAssertEqual(values, values.sorted())
        let ids = events.map { $0["id"] as! String }
        XCTAssertEqual(Set(ids).count, ids.count)
        XCTAssertEqual(ids, try json([]).map { $0["id"] as! String }, "ids are stable")
        for key in ["id", "value", "granularity", "path", "title", "start", "end", "text", "entities", "links"] {
            XCTAssertNotNil(events[0][key], key)
        }
        let passports = try XCTUnwrap(events.first { ($0["path"] as! String).hasSuffix("passports.txt")
            && $0["value"] as? String == "2023-11-28" })
        XCTAssertEqual(passports["title"] as? String, "Kremlin orders more \"passportization\", HUR says")
        let links = try XCTUnwrap(passports["links"] as? [[String: Any]])
        let health = try XCTUnwrap(events.first { ($0["path"] as! String).hasSuffix("health.md") })
        XCTAssertEqual(links.first?["event"] as? String, health["id"] as? String)
        XCTAssertGreaterThan(links.first?["weight"] as? Double ?? 0, 0)
        XCTAssertNotNil(links.first?["shared"] as? [String])
    }

    func testDateRangeAndEntityFilters() throws {
        let november = try json(["--from", "2023-11", "--to", "2023-11"])
        XCTAssertFalse(november.isEmpty)
        XCTAssertTrue(november.allSatisfy { ($0["value"] as! String).hasPrefix("2023-11") })
        XCTAssertTrue(try json(["--from", "2024-03-05"]).allSatisfy { ($0["value"] as! String) >= "2024-03-05" })
    }

    func testAnEntityNothingNamesIsAnError() throws {
        let run = try timeline(["--json", "--entity", "Nobody Atall", folder.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout, "")
        XCTAssertEqual(run.stderr, "tidings: no entity named Nobody Atall\n")
        XCTAssertFalse(try json(["--entity", "Kremlin"]).isEmpty)
        // A name an article gives, with no event in the period: nothing to list, and no error.
        for links in ["0", "10"] {
            let none = try timeline(["--json", "--links", links, "--entity", "Kremlin", "--to", "2023-11-27", folder.path])
            XCTAssertEqual(none.status, 0, none.stderr)
            XCTAssertEqual(none.stdout, "[]\n")
        }
    }

    func testTheFolderIsReadThroughItsCacheKeptUpToDate() throws {
        let first = try timeline(["--json", folder.path])
        XCTAssertEqual(first.status, 0, first.stderr)
        let caches = try FileManager.default.contentsOfDirectory(atPath: home.path + "/cache/tidings")
        XCTAssertEqual(caches.filter { $0.hasSuffix(".sqlite") }.count, 1, "\(caches)")
        XCTAssertEqual(try timeline(["--json", folder.path]).stdout, first.stdout, "the same from the cache")
        try folder.write("health.md", """
            ---
            date: 2023-11-12
            title: Clinics in occupied towns refuse patients
            ---
            Clinics turned patients away on Nov. 11.

            """)
        let changed = try json(["--links", "0"])
        XCTAssertTrue(changed.contains { $0["title"] as? String == "Clinics in occupied towns refuse patients" })
        XCTAssertFalse(changed.contains { $0["title"] as? String == "Ukrainians without Russian passports denied healthcare" })
        let november = try json(["--links", "0", "--from", "2023-11-11", "--to", "2023-11-12"])
        XCTAssertEqual(november.map { $0["value"] as! String }, ["2023-11-11", "2023-11-12"])
        XCTAssertEqual(november.first?["text"] as? String, "Clinics turned patients away on Nov. 11.")
        XCTAssertEqual((november.first?["links"] as? [[String: Any]])?.count, 0)
    }

    func testCSVHasAHeaderAndQuotesFields() throws {
        let run = try timeline(["--csv", folder.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let rows = CSVReader.rows(run.stdout)
        XCTAssertEqual(rows.first, ["id", "value", "granularity", "period_start", "period_end", "path", "title",
                                    "start", "end", "text", "entities", "links"])
        XCTAssertEqual(rows.count, try json([]).count + 1)
        XCTAssertTrue(rows.allSatisfy { $0.count == 12 })
        XCTAssertTrue(rows.contains { $0[6] == "Kremlin orders more \"passportization\", HUR says" })
        XCTAssertTrue(run.stdout.contains("\"Kremlin orders more \"\"passportization\"\", HUR says\""))
        XCTAssertTrue(run.stdout.hasSuffix("\r\n"))
    }

    func testICSIsFoldedEscapedWithAllDayEventsAndUniqueUIDs() throws {
        let run = try timeline(["--ics", folder.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let physical = run.stdout.components(separatedBy: "\r\n")
        XCTAssertEqual(physical.last, "")
        XCTAssertTrue(physical.dropLast().allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") })
        let lines = run.stdout.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").dropLast()
        XCTAssertEqual(lines.first, "BEGIN:VCALENDAR")
        XCTAssertEqual(lines.last, "END:VCALENDAR")
        XCTAssertTrue(lines.contains("VERSION:2.0"))
        let events = try json([])
        XCTAssertEqual(lines.filter { $0 == "BEGIN:VEVENT" }.count, events.count)
        let uids = lines.filter { $0.hasPrefix("UID:") }
        XCTAssertEqual(Set(uids).count, events.count)
        XCTAssertTrue(lines.contains("DTSTART;VALUE=DATE:20231128"))
        XCTAssertTrue(lines.contains("DTEND;VALUE=DATE:20231129"))
        XCTAssertTrue(lines.contains("SUMMARY:Kremlin orders more \"passportization\"\\, HUR says"))
        XCTAssertTrue(lines.filter { $0.hasPrefix("DTSTAMP:") }.allSatisfy { $0.hasSuffix("T000000Z") })
        let again = try timeline(["--ics", folder.path])
        XCTAssertEqual(again.stdout, run.stdout)
    }

    func testBadArgumentsFailWithOneClearLine() throws {
        let file = folder.path + "/passports.txt"
        for (arguments, says) in [(["--json", "--csv", folder.path], "choose one of"),
                                  (["--from", "November", folder.path], "--from November: not a date"),
                                  (["--to", "2023-13", folder.path], "--to 2023-13: not a date"),
                                  (["--from", "2023-12", "--to", "2023-11-30", folder.path], "--from 2023-12 is after --to"),
                                  ([folder.path + "/nothing-here"], "nothing-here: not a folder (it does not exist)"),
                                  ([file], "passports.txt: not a folder"),
                                  (["--bogus", folder.path], "Unknown option '--bogus'"),
                                  ([], "Missing expected argument '<folder>'")] {
            let run = try timeline(arguments)
            XCTAssertNotEqual(run.status, 0, "\(arguments)")
            XCTAssertEqual(run.stdout, "")
            let lines = run.stderr.split(separator: "\n")
            XCTAssertEqual(lines.count, 1, run.stderr)
            XCTAssertTrue(lines.first?.hasPrefix("tidings: ") == true && run.stderr.contains(says), run.stderr)
        }
    }

    func testNoFormatLetsControlCharactersReachTheTerminal() throws {
        try folder.write("wipe.txt", "date: 2023-11-28\ntitle: Wipe \u{1B}[2J\u{9B}31m\n\nThe screen was wiped on Nov. 20.\n")
        for format in [[], ["--json"], ["--csv"], ["--ics"]] {
            let run = try timeline(format + [folder.path])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertTrue(run.stdout.contains("Wipe"), "\(format)")
            XCTAssertFalse(run.stdout.unicodeScalars.contains { ControlCharacters.isHidden($0) }, "\(format)")
        }
    }

    func testExtractAndTimelineAgreeOnThePublicationsEntities() throws {
        let file = folder.path + "/passports.txt"
        let extract = try TidingsBinary.run(["extract", "--json", file])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(extract.stdout.utf8)) as? [String: Any])
        let events = try XCTUnwrap(object["events"] as? [[String: Any]])
        let publication = try XCTUnwrap(events.first { $0["id"] as? String == "p" })
        let timeline = try json([]).first { ($0["id"] as! String).hasSuffix("passports.txt#p") }
        let named = try XCTUnwrap(timeline?["entities"] as? [[String: Any]]).map { $0["id"] as! String }
        XCTAssertFalse(named.isEmpty)
        XCTAssertEqual(publication["entities"] as? [String], named)
    }

    func testUnreadableFolderFailsWithOneLine() throws {
        let closed = folder.path + "/closed"
        try folder.write("closed/inside.txt", "date: 2023-11-28\n\nHidden.\n")
        chmod(closed, 0)
        chmod(folder.path, 0o755)
        let staging = try TemporaryFolder()
        chmod(staging.path, 0o755)
        for command in ["timeline", "index"] {
            let run = try TidingsBinary.run([command, closed], unprivilegedIn: staging.path,
                                            environment: ["HOME": staging.path, "XDG_CACHE_HOME": staging.path + "/cache",
                                                          "XDG_STATE_HOME": staging.path + "/state"])
            guard run.droppedPrivileges else { print("skipped: privileges could not be dropped"); return }
            XCTAssertEqual(run.status, 1, "\(command): \(run.stdout)")
            XCTAssertEqual(run.stderr, "tidings: \(closed): permission denied\n", command)
        }
    }

    func testListingWithoutAFormatFlag() throws {
        let run = try timeline([folder.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("published: Ukrainians without Russian passports denied healthcare"))
        XCTAssertTrue(run.stdout.contains("↳ "))
        // Dates in words in a column of their own; JSON keeps the values.
        let line = try XCTUnwrap(run.stdout.split(separator: "\n").first { $0.contains("published: Ukrainians") })
        XCTAssertTrue(line.hasPrefix("Friday 10 November 2023     /"), String(line))
        XCTAssertFalse(run.stdout.contains("2023-11-10 "), run.stdout)
    }
}

/// Reads RFC 4180 CSV back: quoted fields, doubled quotes, CRLF rows.
enum CSVReader {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                row.append(field)
                field = ""
            } else if scalar == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return rows
    }
}
