import Glibc
import XCTest
@testable import TidingsKit

/// Changes made to a watched folder reach the model: files and folders created, changed,
/// deleted, moved in and out, atomically saved, also while the first index is running.
final class LibraryWatchTests: XCTestCase {
    func testFileChangesOfEveryKindReachTheModel() {
        let sandbox = LibrarySandbox()
        for name in ["a", "b", "c", "d", "e"] { sandbox.write("\(name).txt", LibrarySandbox.article(title: "Old \(name)")) }
        let library = Library(folder: sandbox.articles, options: sandbox.options())
        library.start()
        defer { library.stop() }
        var model = LibraryModel()
        XCTAssertTrue(model.wait(for: library) { $0.articles.count == 5 })
        let base = sandbox.articles + "/"

        sandbox.write("new.txt", LibrarySandbox.article(title: "Created"))
        XCTAssertTrue(model.wait(for: library) { $0.articles[base + "new.txt"]?.title == "Created" }, "created")

        sandbox.write("a.txt", LibrarySandbox.article(title: "Edited a"))
        XCTAssertTrue(model.wait(for: library) { $0.articles[base + "a.txt"]?.title == "Edited a" }, "changed")

        unlink(base + "b.txt")
        XCTAssertTrue(model.wait(for: library) { $0.articles[base + "b.txt"] == nil }, "deleted")

        rename(base + "c.txt", base + "c-renamed.txt")
        XCTAssertTrue(model.wait(for: library) {
            $0.articles[base + "c.txt"] == nil && $0.articles[base + "c-renamed.txt"]?.title == "Old c"
        }, "renamed")

        // An editor's save: a temporary file renamed over the article.
        sandbox.write("d.txt.tmp", LibrarySandbox.article(title: "Saved d"))
        rename(base + "d.txt.tmp", base + "d.txt")
        XCTAssertTrue(model.wait(for: library) { $0.articles[base + "d.txt"]?.title == "Saved d" }, "atomic save")
        XCTAssertNil(model.articles[base + "d.txt.tmp"])

        rename(base + "e.txt", sandbox.root + "/e-outside.txt")
        XCTAssertTrue(model.wait(for: library) { $0.articles[base + "e.txt"] == nil }, "moved out")
        rename(sandbox.root + "/e-outside.txt", base + "e-back.txt")
        XCTAssertTrue(model.wait(for: library) { $0.articles[base + "e-back.txt"]?.title == "Old e" }, "moved in")

        XCTAssertEqual(Set(model.articles.keys),
                       Set(["new.txt", "a.txt", "c-renamed.txt", "d.txt", "e-back.txt"].map { base + $0 }))
    }

    func testFoldersCreatedWithFilesAlreadyInThemAndMovedAway() {
        let sandbox = LibrarySandbox()
        let library = Library(folder: sandbox.articles, options: sandbox.options())
        library.start()
        defer { library.stop() }
        var model = LibraryModel()
        XCTAssertTrue(model.wait(for: library) { $0.loadedCount > 0 })
        let base = sandbox.articles + "/"

        // Filled elsewhere, then moved in whole: no event for its files ever arrives.
        let outside = sandbox.root + "/bundle"
        mkdir(outside, 0o755)
        mkdir(outside + "/inner", 0o755)
        for n in 1...3 { _ = LibrarySandbox.shell("printf 'Title: Bundled \(n)\\n\\nText.\\n' > '\(outside)/inner/\(n).txt'") }
        rename(outside, base + "bundle")
        XCTAssertTrue(model.wait(for: library) { $0.articles.count == 3 }, "folder moved in")

        // Made and filled at once: files may be written before the folder is watched.
        LibrarySandbox.shell("mkdir -p '\(base)fresh/deeper' && for n in 1 2 3 4; do printf 'Title: Fresh %s\\n\\nText.\\n' $n > '\(base)fresh/deeper/'$n.txt; done")
        XCTAssertTrue(model.wait(for: library) { $0.articles.count == 7 }, "folder created with files")

        // The new folder is watched too.
        sandbox.write("fresh/deeper/later.txt", LibrarySandbox.article(title: "Later"))
        XCTAssertTrue(model.wait(for: library) { $0.titles.contains("Later") })

        rename(base + "fresh", sandbox.root + "/fresh-away")
        XCTAssertTrue(model.wait(for: library) { $0.articles.count == 3 }, "folder moved out")
        LibrarySandbox.shell("rm -rf '\(base)bundle'")
        XCTAssertTrue(model.wait(for: library) { $0.articles.isEmpty }, "folder deleted")
        // A folder moved out is no longer watched.
        LibrarySandbox.shell("printf 'Title: Gone\\n\\nText.\\n' > '\(sandbox.root)/fresh-away/deeper/ghost.txt'")
        model.settle(library)
        XCTAssertTrue(model.articles.isEmpty)
    }

    func testChangesMadeWhileTheFirstIndexRunsAreAllTakenIn() throws {
        let sandbox = LibrarySandbox()
        for n in 0..<1500 { sandbox.write("f\(n / 100)/n\(n).txt", LibrarySandbox.article(title: "T\(n)")) }
        let library = Library(folder: sandbox.articles, options: sandbox.options())
        library.start()
        defer { library.stop() }
        let base = sandbox.articles + "/"
        for n in 0..<40 {
            sandbox.write("f0/n\(n).txt", LibrarySandbox.article(title: "T\(n) edited"))
            sandbox.write("late\(n).txt", LibrarySandbox.article(title: "Late \(n)"))
            unlink(base + "f1/n\(100 + n).txt")
            rename(base + "f2/n\(200 + n).txt", base + "f2/moved\(200 + n).txt")
            sandbox.write("f3/.n\(300 + n).swp", LibrarySandbox.article(title: "T\(300 + n) saved"))
            rename(base + "f3/.n\(300 + n).swp", base + "f3/n\(300 + n).txt")
        }
        var model = LibraryModel()
        let expected = try XCTUnwrap(expectedTitles(sandbox))
        XCTAssertEqual(expected.count, 1500)
        XCTAssertTrue(model.wait(for: library, seconds: 60) { titlesByPath($0) == expected },
                      "\(expected.filter { titlesByPath(model)[$0.key] != $0.value }.count) differ")
        // And they were stored: a warm start shows the same.
        library.stop()
        var warm = LibraryModel()
        let again = Library(folder: sandbox.articles, options: sandbox.options())
        again.start()
        warm.apply(again.drainUpdates())
        again.stop()
        XCTAssertTrue(titlesByPath(warm) == expected, "warm start differs")
    }

    func testTheWatchedFolderRenamedOrDeletedKeepsLoadedArticlesReadable() throws {
        for removal in ["mv", "rm"] {
            let sandbox = LibrarySandbox()
            let path = sandbox.write("kept.txt", LibrarySandbox.article(title: "Kept", body: "Still here after all."))
            sandbox.write("other.txt", LibrarySandbox.article(title: "Other"))
            let library = Library(folder: sandbox.articles, options: sandbox.options())
            library.start()
            var model = LibraryModel()
            XCTAssertTrue(model.wait(for: library) { $0.articles.count == 2 })
            let command = removal == "mv" ? "mv '\(sandbox.articles)' '\(sandbox.root)/renamed'" : "rm -rf '\(sandbox.articles)'"
            LibrarySandbox.shell(command)
            let said = removal == "mv" ? "moved or renamed" : "deleted"
            XCTAssertTrue(model.wait(for: library) { $0.notices.contains { $0.contains(said) } }, "\(model.notices)")
            model.settle(library)
            XCTAssertEqual(model.articles.count, 2, removal)
            let entry = try XCTUnwrap(library.entry(path: path), removal)
            XCTAssertTrue(entry.article.text.contains("Still here after all."))
            library.stop()
        }
    }

    func testPollingFindsChangesWithoutInotify() {
        let sandbox = LibrarySandbox()
        sandbox.write("a.txt", LibrarySandbox.article(title: "A"))
        let library = Library(folder: sandbox.articles, options: sandbox.options(pollingInterval: 0.1))
        library.start()
        defer { library.stop() }
        var model = LibraryModel()
        XCTAssertTrue(model.wait(for: library) { $0.articles.count == 1 })
        sandbox.write("b.txt", LibrarySandbox.article(title: "B"))
        sandbox.write("a.txt", LibrarySandbox.article(title: "A edited"))
        XCTAssertTrue(model.wait(for: library) { $0.titles == ["A edited", "B"] })
        unlink(sandbox.articles + "/a.txt")
        XCTAssertTrue(model.wait(for: library) { $0.titles == ["B"] })
    }

    func testATreeThirtyFoldersDeepIsIndexedAndWatched() {
        let sandbox = LibrarySandbox()
        var relative = ""
        for depth in 1...30 {
            relative += "level\(depth)/"
            sandbox.write(relative + "at\(depth).txt", LibrarySandbox.article(title: "Depth \(depth)"))
        }
        let library = Library(folder: sandbox.articles, options: sandbox.options())
        library.start()
        defer { library.stop() }
        var model = LibraryModel()
        XCTAssertTrue(model.wait(for: library) { $0.articles.count == 30 })
        sandbox.write(relative + "deepest.txt", LibrarySandbox.article(title: "Deepest"))
        XCTAssertTrue(model.wait(for: library) { $0.titles.contains("Deepest") })
    }

    func testTwentyThousandFilesInOneFolder() {
        let sandbox = LibrarySandbox()
        for n in 0..<20_000 { sandbox.write("n\(n).txt", "Title: Note \(n)\n\nShort note number \(n).\n") }
        let report = Library(folder: sandbox.articles, options: sandbox.options()).index(progress: nil)
        XCTAssertEqual(report.articles, 20_000)
        let library = Library(folder: sandbox.articles, options: sandbox.options())
        library.start()
        defer { library.stop() }
        var model = LibraryModel()
        model.apply(library.drainUpdates())
        XCTAssertEqual(model.articles.count, 20_000, "warm start from the cache")
        sandbox.write("n20000.txt", "Title: Note 20000\n\nOne more.\n")
        XCTAssertTrue(model.wait(for: library) { $0.articles.count == 20_001 })
        XCTAssertEqual(library.search("20000", limit: 5), [sandbox.articles + "/n20000.txt"])
    }

    /// Each article file's path and title line, as the folder holds them now.
    private func expectedTitles(_ sandbox: LibrarySandbox) -> [String: String]? {
        var result: [String: String] = [:]
        for file in FolderScanner.scan(sandbox.articles).files {
            guard let article = try? ArticleReader().read(path: file.path) else { return nil }
            result[file.path] = article.title
        }
        return result
    }

    private func titlesByPath(_ model: LibraryModel) -> [String: String] {
        model.articles.mapValues(\.title)
    }
}
