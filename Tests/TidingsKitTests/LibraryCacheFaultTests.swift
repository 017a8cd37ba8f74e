import GRDB
import Glibc
import XCTest
@testable import TidingsKit

/// A cache that is garbage, truncated, of another version, read-only or locked: the library
/// rebuilds or bypasses it, says so, and shows every article all the same.
final class LibraryCacheFaultTests: XCTestCase {
    private func sandboxWithArticles(_ count: Int = 40) -> LibrarySandbox {
        let sandbox = LibrarySandbox()
        for n in 0..<count {
            sandbox.write("n\(n).txt", LibrarySandbox.article(title: "Note \(n)", body: "Body of note \(n) with the word zebra\(n)."))
        }
        return sandbox
    }

    private func index(_ sandbox: LibrarySandbox) -> IndexReport {
        Library(folder: sandbox.articles, options: sandbox.options()).index(progress: nil)
    }

    /// Starts a library and waits for the whole folder; returns the model.
    private func startAndLoad(_ sandbox: LibrarySandbox, expecting count: Int) -> LibraryModel {
        let library = Library(folder: sandbox.articles, options: sandbox.options())
        library.start()
        defer { library.stop() }
        var model = LibraryModel()
        XCTAssertTrue(model.wait(for: library) { $0.articles.count == count }, "\(model.articles.count) of \(count)")
        return model
    }

    /// A new folder and a file in it reported together: one batch names the file twice.
    func testABatchNamingOneFileTwiceIsStoredOnce() throws {
        let folder = try TemporaryFolder()
        guard case .opened(let cache, _) = AnalysisCache.open(file: folder.path + "/cache.sqlite") else {
            return XCTFail("cache not opened")
        }
        func analysed(_ text: String) -> AnalysisCache.Change {
            .analysed(path: "new/a.txt", size: text.utf8.count, modified: 1, changed: 1, hash: UInt64(text.count),
                      summary: [], taggings: [], title: "A", text: text)
        }
        try cache.apply([analysed("first zebra"), analysed("second giraffe"), .removed(path: "gone.txt")])
        XCTAssertEqual(try cache.search("giraffe", limit: 10), ["new/a.txt"])
        XCTAssertEqual(try cache.search("zebra", limit: 10), [])
        XCTAssertEqual(try cache.stored(path: "new/a.txt")?.text, "second giraffe")
        try cache.apply([.removed(path: "new/a.txt"), analysed("third okapi")])
        XCTAssertEqual(try cache.search("okapi", limit: 10), ["new/a.txt"])
    }

    func testGarbageBytesAreRebuilt() {
        let sandbox = sandboxWithArticles()
        _ = LibraryLocations.makeFolders(sandbox.locations.cacheRoot)
        _ = LibrarySandbox.shell("head -c 100000 /dev/urandom > '\(sandbox.cacheFile)'")
        let model = startAndLoad(sandbox, expecting: 40)
        XCTAssertTrue(model.notices.contains { $0.contains("rebuilding") }, "\(model.notices)")
        let report = index(sandbox)
        XCTAssertEqual(report.cached, 40, "rebuilt and stored")
        XCTAssertTrue(report.notices.isEmpty, "\(report.notices)")
    }

    func testATruncatedCacheIsRebuilt() {
        let sandbox = sandboxWithArticles(300)
        XCTAssertEqual(index(sandbox).reanalysed, 300)
        var info = stat()
        XCTAssertEqual(stat(sandbox.cacheFile, &info), 0)
        XCTAssertEqual(truncate(sandbox.cacheFile, info.st_size / 3), 0)
        let library = Library(folder: sandbox.articles, options: sandbox.options())
        library.start()
        var model = LibraryModel()
        XCTAssertTrue(model.wait(for: library) { $0.articles.count == 300 })
        // Damage past the list rows shows when a timeline reads the entities and events.
        _ = library.completeSummaries()
        XCTAssertTrue(model.wait(for: library, seconds: 30) { $0.articles.count == 300 && !$0.notices.isEmpty })
        XCTAssertTrue(model.notices.contains { $0.contains("rebuilding") }, "the damage is reported: \(model.notices)")
        model.settle(library)
        library.stop()
        XCTAssertEqual(library.completeSummaries().count, 300)
        let report = index(sandbox)
        XCTAssertEqual(report.articles, 300)
        XCTAssertEqual(report.cached, 300)
        XCTAssertEqual(Library(folder: sandbox.articles, options: sandbox.options()).search("zebra7", limit: 5),
                       [sandbox.articles + "/n7.txt"])
    }

    func testACacheOfAnotherVersionIsRebuilt() throws {
        let sandbox = sandboxWithArticles()
        _ = index(sandbox)
        let queue = try DatabaseQueue(path: sandbox.cacheFile)
        try queue.write { try $0.execute(sql: "UPDATE meta SET value = 'tidings-cache 0' WHERE key = 'version'") }
        try queue.close()
        let report = index(sandbox)
        XCTAssertEqual(report.reanalysed, 40)
        XCTAssertTrue(report.notices.contains { $0.contains("another version") }, "\(report.notices)")
        XCTAssertEqual(index(sandbox).cached, 40)
    }

    func testAReadOnlyCacheIsBypassedAndLeftAlone() {
        let sandbox = sandboxWithArticles()
        _ = index(sandbox)
        sandbox.write("extra.txt", LibrarySandbox.article(title: "Extra"))
        chmod(sandbox.cacheFile, 0o444)
        let before = fileBytes(sandbox.cacheFile)
        let model = startAndLoad(sandbox, expecting: 41)
        XCTAssertTrue(model.notices.contains { $0.contains("read-only") }, "\(model.notices)")
        XCTAssertEqual(fileBytes(sandbox.cacheFile), before)
    }

    func testACacheThatCannotBeCreatedIsBypassed() {
        let sandbox = sandboxWithArticles(5)
        // The cache root is a file: no folder can be made there.
        _ = LibrarySandbox.shell("touch '\(sandbox.locations.cacheRoot)'")
        let model = startAndLoad(sandbox, expecting: 5)
        XCTAssertTrue(model.notices.contains { $0.contains("without a cache") }, "\(model.notices)")
    }

    func testACacheLockedByAnotherProcessIsBypassed() throws {
        let sandbox = sandboxWithArticles()
        _ = index(sandbox)
        let locker = try XCTUnwrap(ChildProcess.holdingExclusiveLock(on: sandbox.cacheFile),
                                   "needs the sqlite3 command to hold a lock from another process")
        defer { locker.kill() }
        sandbox.write("extra.txt", LibrarySandbox.article(title: "Extra"))
        let report = index(sandbox)
        XCTAssertEqual(report.articles, 41)
        XCTAssertTrue(report.notices.contains { $0.contains("locked") }, "\(report.notices)")
    }

    private func fileBytes(_ path: String) -> [UInt8] {
        guard let file = fopen(path, "r") else { return [] }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while case let n = fread(&buffer, 1, buffer.count, file), n > 0 { bytes += buffer[0..<n] }
        return bytes
    }
}
