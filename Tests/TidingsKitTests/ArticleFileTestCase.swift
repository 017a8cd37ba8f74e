import XCTest
@testable import TidingsKit

/// Tests that read articles from real files written into a temporary folder.
class ArticleFileTestCase: XCTestCase {
    var folder: TemporaryFolder!
    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder = nil }

    func read(_ name: String, _ text: String) throws -> Article {
        try ArticleReader().read(path: folder.write(name, text))
    }
}
