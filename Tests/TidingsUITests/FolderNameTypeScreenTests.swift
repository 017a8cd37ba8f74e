import XCTest
import TidingsKit
@testable import TidingsUI

/// The reader shows a name with the type the folder agrees on: in the demo, the town of Varnholt
/// is a place in every article, the saved pages that name it bare ("the people of Varnholt")
/// included.
final class FolderNameTypeScreenTests: XCTestCase {
    func testTheDemoTownIsAPlaceInEveryArticle() throws {
        let folder = SourceTree.root + "/Sources/tidings/Resources/demo"
        let analyzer = Analyzer()
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { name in
            let article = try ArticleReader().read(path: folder + "/" + name)
            return CorpusEntry(article: article, analysis: analyzer.analyze(article))
        }
        var state = AppState(store: MemoryArticleStore(entries: entries), folderLabel: "demo", width: 120, height: 30)
        state.apply(.loaded(entries.map { ArticleSummary(article: $0.article, analysis: $0.analysis) }))
        var mentions = 0
        for entry in entries {
            for mark in state.document(of: entry).marks {
                guard case .entity(let mention) = mark.kind, entry.article.text(mention.range) == "Varnholt" else { continue }
                mentions += 1
                XCTAssertEqual(mention.type, .location, "\(entry.article.path) at \(mention.start)")
            }
        }
        XCTAssertGreaterThan(mentions, 10)
    }
}
