import XCTest
@testable import TidingsKit

/// What the reader is told of files that give no article: which and why, kept current as the
/// folder changes, and when the first look at the folder is over.
final class LibrarySkippedTests: XCTestCase {
    func testSkippedFilesAreToldAndKeptCurrent() {
        let sandbox = LibrarySandbox()
        sandbox.write("good.txt", LibrarySandbox.article(title: "Good"))
        let empty = sandbox.write("empty.txt", "")
        let binary = sandbox.write("image.txt", bytes: [0x89, 0x50, 0x00, 0x01, 0x00])
        let library = Library(folder: sandbox.articles, options: sandbox.options())
        library.start()
        defer { library.stop() }
        var model = LibraryModel()
        XCTAssertTrue(model.wait(for: library) { $0.scanned })
        XCTAssertEqual(model.articles.count, 1)
        XCTAssertEqual(model.skipped, [empty, binary])

        sandbox.write("empty.txt", LibrarySandbox.article(title: "No longer empty"))
        let later = sandbox.write("later.txt", "")
        XCTAssertTrue(model.wait(for: library) { $0.skipped == [binary, later] }, "\(model.skipped)")
        XCTAssertEqual(model.articles.count, 2)
    }
}
