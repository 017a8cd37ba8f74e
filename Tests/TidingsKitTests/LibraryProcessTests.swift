import GRDB
import Glibc
import XCTest
@testable import TidingsKit

/// The real `tidings index` binary against faults only another process can make: killed with
/// SIGKILL mid-index, two of them at once, a file-size limit that fills the "disk".
final class LibraryProcessTests: XCTestCase {
    private func binary() throws -> String {
        try XCTUnwrap(ChildProcess.tidingsBinary, "build the tidings binary first (swift build)")
    }

    private func environment(_ sandbox: LibrarySandbox) -> [String: String] {
        // The binary finds its cache and state where the tests look: through XDG.
        ["XDG_CACHE_HOME": sandbox.root + "/xdg-cache", "XDG_STATE_HOME": sandbox.root + "/xdg-state"]
    }

    private func locations(_ sandbox: LibrarySandbox) -> LibraryLocations {
        LibraryLocations.standard(environment: environment(sandbox).merging(["HOME": "/nonexistent"]) { a, _ in a })
    }

    private func fill(_ sandbox: LibrarySandbox, count: Int, bodyWords: Int = 60) {
        let body = (0..<bodyWords).map { "word\($0)" }.joined(separator: " ")
        for n in 0..<count {
            sandbox.write("d\(n % 10)/n\(n).txt", LibrarySandbox.article(title: "Note \(n)", body: "Note \(n) says \(body)."))
        }
    }

    private func runIndex(_ sandbox: LibrarySandbox, limitKB: Int? = nil) throws -> (status: Int32, output: String) {
        var command = try ChildProcess.quote(binary()) + " index " + ChildProcess.quote(sandbox.articles)
        if let limitKB { command = "ulimit -f \(limitKB * 2) && exec " + command }  // 512-byte blocks
        let child = try XCTUnwrap(ChildProcess(shell: command, environment: environment(sandbox)))
        let output = child.read(seconds: 120)
        return (child.wait(), output)
    }

    func testIndexPrintsProgressLinesAndCounts() throws {
        let sandbox = LibrarySandbox()
        fill(sandbox, count: 50)
        sandbox.write("empty.txt", "")
        let first = try runIndex(sandbox)
        XCTAssertEqual(first.status, 0, first.output)
        XCTAssertTrue(first.output.contains("indexed 50 of 51 files") || first.output.contains("indexed 51 of 51 files"),
                      first.output)
        XCTAssertTrue(first.output.contains("50 articles, 1 failure: 0 from the cache, 50 analysed, 0 removed"), first.output)
        XCTAssertTrue(first.output.contains("empty file"), first.output)
        let second = try runIndex(sandbox)
        XCTAssertTrue(second.output.contains("50 articles, 1 failure: 50 from the cache, 0 analysed"), second.output)
        let missing = try XCTUnwrap(ChildProcess(shell: try ChildProcess.quote(binary()) + " index /nonexistent/folder"))
        XCTAssertTrue(missing.read().contains("not a folder"))
        XCTAssertNotEqual(missing.wait(), 0)
    }

    /// Rewrites `path` with `text` and gives it back its size and modification time: in place, or
    /// through a hidden file renamed over it.
    private func replace(_ path: String, with text: String, inPlace: Bool) throws {
        var before = stat()
        XCTAssertEqual(stat(path, &before), 0)
        XCTAssertEqual(Int(before.st_size), text.utf8.count, "the same size")
        let folder = (path as NSString).deletingLastPathComponent
        let target = inPlace ? path : folder + "/.replacement"
        try Data(text.utf8).write(to: URL(fileURLWithPath: target))
        var times = [before.st_atim, before.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, target, &times, 0), 0)
        if !inPlace { XCTAssertEqual(rename(target, path), 0) }
        var after = stat()
        XCTAssertEqual(stat(path, &after), 0)
        XCTAssertEqual([Int(after.st_size), after.st_mtim.tv_sec, after.st_mtim.tv_nsec],
                       [Int(before.st_size), before.st_mtim.tv_sec, before.st_mtim.tv_nsec])
    }

    func testAReplacedFileOfTheSameSizeAndTimeIsAnalysedAgainAndATouchedOneIsNot() throws {
        let sandbox = LibrarySandbox()
        fill(sandbox, count: 20)
        XCTAssertTrue(try runIndex(sandbox).output.contains("20 articles, 0 failures: 0 from the cache, 20 analysed"))
        let touched = sandbox.articles + "/d0/n0.txt"
        XCTAssertEqual(utimensat(AT_FDCWD, touched, nil, 0), 0)
        let afterTouch = try runIndex(sandbox).output
        XCTAssertTrue(afterTouch.contains("20 articles, 0 failures: 20 from the cache, 0 analysed"), afterTouch)

        let body = (0..<60).map { "word\($0)" }.joined(separator: " ")
        for (n, inPlace) in [(1, false), (2, true)] {
            try replace(sandbox.articles + "/d\(n)/n\(n).txt",
                        with: LibrarySandbox.article(title: "Zeta \(n)", body: "Note \(n) says \(body)."), inPlace: inPlace)
        }
        let afterReplace = try runIndex(sandbox).output
        XCTAssertTrue(afterReplace.contains("20 articles, 0 failures: 18 from the cache, 2 analysed"), afterReplace)
        let library = Library(folder: sandbox.articles, options: Library.Options(locations: locations(sandbox)))
        XCTAssertEqual(Set(library.search("zeta")), [sandbox.articles + "/d1/n1.txt", sandbox.articles + "/d2/n2.txt"])
        XCTAssertTrue(try runIndex(sandbox).output.contains("20 articles, 0 failures: 20 from the cache, 0 analysed"))
    }

    func testKillDuringIndexingLeavesAConsistentCacheAndTheReadStateIntact() throws {
        let sandbox = LibrarySandbox()
        fill(sandbox, count: 2000, bodyWords: 80)
        let options = Library.Options(useCache: false, locations: locations(sandbox))
        let marked = sandbox.articles + "/d3/n3.txt"
        Library(folder: sandbox.articles, options: options).setRead([marked], true)

        let command = try ChildProcess.quote(binary()) + " index " + ChildProcess.quote(sandbox.articles)
        let child = try XCTUnwrap(ChildProcess(shell: "exec " + command, environment: environment(sandbox)))
        let seen = child.read(until: "indexed", seconds: 60)
        XCTAssertTrue(seen.contains("indexed"), seen)
        child.kill()

        let cacheFile = locations(sandbox).cacheFile(for: sandbox.articles)
        let check = try DatabaseQueue(path: cacheFile)
        XCTAssertEqual(try check.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }, "ok")
        let stored = try check.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM files") } ?? 0
        try check.close()
        XCTAssertLessThan(stored, 2000, "killed before the end")

        let again = try runIndex(sandbox)
        XCTAssertEqual(again.status, 0, again.output)
        XCTAssertTrue(again.output.contains("2000 articles, 0 failures: \(stored) from the cache"), again.output)
        XCTAssertTrue(Library(folder: sandbox.articles, options: options).isRead(marked))
        XCTAssertTrue(try runIndex(sandbox).output.contains("2000 articles, 0 failures: 2000 from the cache"))
    }

    func testTwoProcessesIndexTheSameFolderAtOnce() throws {
        let sandbox = LibrarySandbox()
        fill(sandbox, count: 1000)
        let command = try ChildProcess.quote(binary()) + " index " + ChildProcess.quote(sandbox.articles)
        let first = try XCTUnwrap(ChildProcess(shell: command, environment: environment(sandbox)))
        let second = try XCTUnwrap(ChildProcess(shell: command, environment: environment(sandbox)))
        let outputs = [first.read(seconds: 120), second.read(seconds: 120)]
        XCTAssertEqual([first.wait(), second.wait()], [0, 0], "\(outputs)")
        for output in outputs { XCTAssertTrue(output.contains("1000 articles, 0 failures"), output) }
        let third = try runIndex(sandbox)
        XCTAssertTrue(third.output.contains("1000 articles, 0 failures: 1000 from the cache"), third.output)
    }

    func testAFullDiskWhileTheCacheIsWrittenLosesNothing() throws {
        let sandbox = LibrarySandbox()
        fill(sandbox, count: 400, bodyWords: 200)
        let options = Library.Options(useCache: false, locations: locations(sandbox))
        let marked = sandbox.articles + "/d1/n1.txt"
        Library(folder: sandbox.articles, options: options).setRead([marked], true)

        let limited = try runIndex(sandbox, limitKB: 256)
        XCTAssertEqual(limited.status, 0, limited.output)
        XCTAssertTrue(limited.output.contains("400 articles, 0 failures"), limited.output)
        XCTAssertTrue(limited.output.contains("cache: not updated"), limited.output)

        let after = try runIndex(sandbox)
        XCTAssertEqual(after.status, 0, after.output)
        XCTAssertTrue(after.output.contains("400 articles, 0 failures"), after.output)
        XCTAssertTrue(try runIndex(sandbox).output.contains("400 articles, 0 failures: 400 from the cache"))
        XCTAssertTrue(Library(folder: sandbox.articles, options: options).isRead(marked))
    }
}
