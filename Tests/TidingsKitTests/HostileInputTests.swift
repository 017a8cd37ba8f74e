import Foundation
import XCTest
@testable import TidingsKit

/// Bad input of every kind DESIGN §2 names: each a real file, read by the library and by the real
/// `tidings extract` binary, which must never crash.
final class HostileInputTests: XCTestCase {
    var folder: TemporaryFolder!
    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder = nil }

    func read(_ path: String) throws -> Article { try ArticleReader().read(path: path) }

    func testInvalidUTF8IsDecodedWithReplacement() throws {
        let article = try read(folder.write("bad.txt", Data([0x43, 0x61, 0x66, 0xC3, 0x20, 0x81, 0x21])))
        XCTAssertEqual(article.text, "Caf\u{FFFD} \u{FFFD}!")
        XCTAssertEqual(article.warnings.map(\.kind), [.invalidUTF8])
    }

    func testUTF8WithAStrayByteKeepsItsCharacters() throws {
        // Mostly UTF-8 ("’", "—") with one bad byte: Windows-1252 would turn every "’" into "â€™".
        let bytes = Data("Ukraine’s army — in Kyiv — and Zelensky’s aides. A stray ".utf8) + Data([0xFF]) + Data(" byte.".utf8)
        let article = try read(folder.write("mixed.txt", bytes))
        XCTAssertEqual(article.text, "Ukraine’s army — in Kyiv — and Zelensky’s aides. A stray \u{FFFD} byte.")
        XCTAssertEqual(article.warnings.map(\.kind), [.invalidUTF8])
    }

    func testWindows1252ReadsCleanly() throws {
        let article = try read(folder.write("cp.txt", Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94])))
        XCTAssertEqual(article.text, "Café “ok”")
        XCTAssertEqual(article.warnings.map(\.kind), [.windows1252])
    }

    func testUTF16WithItsByteOrderMarkIsText() throws {
        let text = "date: 2023-11-28\n\nKyiv’s mayor spoke on Monday. 😀\n"
        for (bom, littleEndian) in [([UInt8](arrayLiteral: 0xFF, 0xFE), true), ([0xFE, 0xFF], false)] {
            var bytes = Data(bom)
            for unit in text.utf16 {
                bytes.append(contentsOf: littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)])
            }
            let article = try read(folder.write("utf16.txt", bytes))
            XCTAssertEqual(article.text, text)
            XCTAssertEqual(article.dateSource, .header)
            XCTAssertEqual(article.warnings.map(\.kind), [.utf16])
        }
        // NUL characters inside make it binary all the same.
        XCTAssertThrowsError(try read(folder.write("nul16.txt", Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00])))) {
            XCTAssertEqual(($0 as? ReadFailure)?.kind, .binary)
        }
    }

    func testDanglingSymbolicLinkSaysSo() throws {
        symlink(folder.path + "/gone.txt", folder.path + "/link.txt")
        XCTAssertThrowsError(try read(folder.path + "/link.txt")) {
            XCTAssertEqual(($0 as? ReadFailure)?.reason, "a symbolic link to nothing (its target does not exist)")
        }
        XCTAssertThrowsError(try read(folder.path + "/never-there.txt")) {
            XCTAssertEqual(($0 as? ReadFailure)?.reason, "no such file")
        }
        // The folder's listing says the same of it.
        let listed = FolderScanner.scan(folder.path).failures.first { $0.path.hasSuffix("link.txt") }
        XCTAssertEqual(listed?.reason, "a symbolic link to nothing (its target does not exist)")
    }

    func testByteOrderMarkIsRemovedBeforeOffsets() throws {
        let article = try read(folder.write("bom.txt", Data([0xEF, 0xBB, 0xBF]) + Data("date 2023-11-28\n\nBody.".utf8)))
        XCTAssertEqual(article.date.iso, "2023-11-28")
        XCTAssertEqual(article.scalars.first, "d")
        XCTAssertEqual(article.bodyRange.lowerBound, 17)
    }

    func testCRLFLineEndsAreKept() throws {
        let article = try read(folder.write("crlf.txt", "title: Line ends\r\ndate: 2023-11-28\r\n\r\nFirst.\r\nSecond.\r\n"))
        XCTAssertEqual(article.title, "Line ends")
        XCTAssertEqual(article.date.iso, "2023-11-28")
        XCTAssertEqual(article.text(article.bodyRange), "First.\r\nSecond.\r\n")
    }

    func testBinaryAndEmptyFilesAreSkippedWithAReason() throws {
        XCTAssertThrowsError(try read(folder.write("nul.txt", Data([0x41, 0x00, 0x42])))) {
            XCTAssertEqual(($0 as? ReadFailure)?.kind, .binary)
        }
        XCTAssertThrowsError(try read(folder.write("empty.txt", ""))) {
            XCTAssertEqual(($0 as? ReadFailure)?.kind, .empty)
        }
    }

    func testOversizedFileIsReadUpToTheLimit() throws {
        let path = try folder.write("big.txt", String(repeating: "Ünïcode text. ", count: 10))
        let article = try ArticleReader(byteLimit: 25).read(path: path)
        XCTAssertEqual(article.warnings.map(\.kind), [.truncated])
        XCTAssertEqual(article.text, "Ünïcode text. Ünïcode")
        let full = try folder.write("huge.txt", String(repeating: "x", count: 6 * 1024 * 1024))
        XCTAssertEqual(try read(full).scalars.count, ArticleReader.defaultLimit)
    }

    func testSymbolicLinkLoopAndVanishedFile() throws {
        symlink(folder.path + "/loop-b.txt", folder.path + "/loop-a.txt")
        symlink(folder.path + "/loop-a.txt", folder.path + "/loop-b.txt")
        XCTAssertThrowsError(try read(folder.path + "/loop-a.txt")) {
            XCTAssertEqual(($0 as? ReadFailure)?.kind, .symlinkLoop)
        }
        try folder.write("gone.txt", "Here for a moment.")
        let listed = FolderScanner.scan(folder.path).files.first { $0.path.hasSuffix("gone.txt") }
        try FileManager.default.removeItem(atPath: folder.path + "/gone.txt")
        XCTAssertThrowsError(try ArticleReader().readWithStamp(rawPath: XCTUnwrap(listed).rawPath)) {
            XCTAssertEqual(($0 as? ReadFailure)?.kind, .vanished)
        }
    }

    func testFolderLoopIsListedOnce() throws {
        try folder.write("sub/a.txt", "Alpha.")
        symlink(folder.path, folder.path + "/sub/back")
        let listing = FolderScanner.scan(folder.path)
        XCTAssertEqual(listing.files.map { $0.path.split(separator: "/").last! }, ["a.txt"])
    }

    func testNonUTF8FileName() throws {
        let raw: [CChar] = Array((folder.path + "/bad").utf8CString.dropLast()) + [CChar(bitPattern: 0xFF)]
            + Array(".txt".utf8CString)
        let fd = open(raw, O_CREAT | O_WRONLY, 0o644)
        XCTAssertGreaterThanOrEqual(fd, 0)
        _ = "Named badly.".withCString { write(fd, $0, 12) }
        close(fd)
        let file = try XCTUnwrap(FolderScanner.scan(folder.path).files.first)
        let article = try ArticleReader().readWithStamp(rawPath: file.rawPath).article
        XCTAssertEqual(article.text, "Named badly.")
        XCTAssertTrue(article.path.hasSuffix("bad\u{FFFD}.txt"))
        XCTAssertEqual(article.warnings.map(\.kind), [.nonUTF8Name])
    }

    func testTerminalControlCharactersBecomeVisible() throws {
        let article = try read(folder.write("esc.txt", "title \u{1B}[31mRed\u{1B}[0m\n\nBody \u{07}bell \u{9B}c1."))
        XCTAssertTrue(article.warnings.contains { $0.kind == .controlCharacters })
        XCTAssertEqual(Visible.text(article.title), "\u{241B}[31mRed\u{241B}[0m")
        XCTAssertFalse(Visible.text(article.text).unicodeScalars.contains { ControlCharacters.isHidden($0) })
    }

    // MARK: - The real binary over a folder of every hostile case

    func makeHostileFolder() throws -> [String] {
        var files = [
            try folder.write("good.txt", "date 2023-11-28\ntitle Good\n\nA good article."),
            try folder.write("invalid.txt", Data([0x41, 0xC3, 0x28, 0x81])),
            try folder.write("cp1252.txt", Data([0x93, 0x48, 0x69, 0x94])),
            try folder.write("bom.txt", Data([0xEF, 0xBB, 0xBF, 0x48, 0x69])),
            try folder.write("crlf.txt", "title: X\r\n\r\nBody.\r\n"),
            try folder.write("nul.txt", Data([0x41, 0x00])),
            try folder.write("empty.txt", ""),
            try folder.write("big.txt", String(repeating: String(repeating: "y", count: 1023) + "\n", count: 6 * 1024)),
            try folder.write("esc.txt", "\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J text"),
        ]
        symlink(folder.path + "/l2.txt", folder.path + "/l1.txt")
        symlink(folder.path + "/l1.txt", folder.path + "/l2.txt")
        files.append(folder.path + "/l1.txt")
        files.append(folder.path + "/deleted-before-reading.txt")
        let unreadable = try folder.write("unreadable.txt", "secret")
        chmod(unreadable, 0)
        files.append(unreadable)
        return files
    }

    func testExtractOverHostileFolderNeverCrashes() throws {
        let files = try makeHostileFolder()
        let staging = try TemporaryFolder()
        let result = try TidingsBinary.run(["extract", "--json"] + files, unprivilegedIn: staging.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        let objects = result.stdout.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        XCTAssertFalse(objects.contains { $0 == nil }, "every line is a JSON object")
        let paths = Set(objects.compactMap { $0?["path"] as? String }.map { $0.split(separator: "/").last! })
        XCTAssertEqual(paths, ["good.txt", "invalid.txt", "cp1252.txt", "bom.txt", "crlf.txt", "big.txt", "esc.txt"])
        let complaints = result.stderr.split(separator: "\n")
        for bad in ["nul.txt: binary", "empty.txt: empty", "l1.txt: a loop", "deleted-before-reading.txt: no such file",
                    "big.txt: larger than", "esc.txt: terminal control"] {
            XCTAssertTrue(complaints.contains { $0.contains(bad) }, "stderr names \(bad): \(result.stderr)")
        }
        if !result.droppedPrivileges { print("skipped: the unreadable file (privileges could not be dropped)") }
        if result.droppedPrivileges {
            XCTAssertTrue(complaints.contains { $0.contains("unreadable.txt: permission denied") }, result.stderr)
        }
        XCTAssertFalse(result.stdout.unicodeScalars.contains("\u{1B}"), "no escape reaches the output")
    }

    func testExtractReadableListingShowsNoControlCharacters() throws {
        let file = try folder.write("esc.txt", "title \u{1B}[2JWiped\n\nBody \u{1B}[31mred\u{9B}.")
        let result = try TidingsBinary.run(["extract", file])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("\u{241B}[2JWiped"), result.stdout)
        XCTAssertFalse(result.stdout.unicodeScalars.contains { ControlCharacters.isHidden($0) })
    }

    func testControlCharactersInFileNamesNeverReachTheTerminal() throws {
        let named = try folder.write("red\u{1B}[31mname.txt", "A body about Paris.")
        let empty = try folder.write("wipe\u{1B}[2J\u{9B}.txt", "")
        let result = try TidingsBinary.run(["extract", named, empty])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("red\u{241B}[31mname.txt"), result.stdout)
        XCTAssertTrue(result.stderr.contains("wipe\u{241B}[2J"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "one line: \(result.stderr)")
        for output in [result.stdout, result.stderr] {
            XCTAssertFalse(output.unicodeScalars.contains { ControlCharacters.isHidden($0) }, output)
        }
    }

    func testThemesListingShowsNoControlCharacters() throws {
        try folder.write("tidings/themes/wipe\u{1B}[2J.toml", "name = \"wipe\"\n[styles]\nperson = \"nocolor\"\n")
        let result = try TidingsBinary.run(["themes"], environment: ["XDG_CONFIG_HOME": folder.path, "HOME": folder.path])
        XCTAssertEqual(result.status, 1, "an invalid theme: \(result.stdout)")
        XCTAssertTrue(result.stdout.contains("wipe\u{241B}[2J"), result.stdout)
        XCTAssertFalse(result.stdout.unicodeScalars.contains { ControlCharacters.isHidden($0) }, result.stdout)
    }

    func testModificationDayIsTheUsersLocalDay() throws {
        let path = try folder.write("undated", "A body with no date.")
        // 2023-11-29 01:30 UTC is still 2023-11-28 in New York.
        var times = [timespec(tv_sec: 1_701_221_400, tv_nsec: 0), timespec(tv_sec: 1_701_221_400, tv_nsec: 0)]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
        for (zone, day) in [("America/New_York", "2023-11-28"), ("UTC", "2023-11-29")] {
            let result = try TidingsBinary.run(["extract", "--json", path], environment: ["TZ": zone])
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            XCTAssertEqual(object["date"] as? String, day, zone)
            XCTAssertEqual(object["dateSource"] as? String, "modificationTime")
        }
    }

    func testExtractFailsWhenNothingCouldBeRead() throws {
        let result = try TidingsBinary.run(["extract", folder.path + "/missing.txt", try folder.write("e.txt", "")])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 2)
    }
}
