import XCTest
import TidingsKit
@testable import TidingsUI

/// A saved web page in the reading pane: its extracted text, with its entities and dates
/// highlighted like any article's (the demo's page, read by the real reader).
final class SavedPageScreenTests: XCTestCase {
    static let page = SourceTree.root + "/Sources/tidings/Resources/demo/2024-03-27-second-crack.html"

    func testAPageReadsLikeAnyArticle() throws {
        let article = try ArticleReader().read(path: Self.page)
        let fixture = FixtureArticle(path: Self.page, text: "", entities: [
            ("Oran Basin Authority", .organization, "oran-basin-authority"), ("Kessel Dam", .location, "kessel-dam"),
            ("Varnholt", .location, "varnholt"), ("Teodor Lind", .person, "lind"), ("Lind", .person, "lind"),
            ("Ministry of Waterways", .organization, "ministry"), ("Oskar Brandt", .person, "brandt"),
            ("Brandt", .person, "brandt"), ("Agnes Holmqvist", .person, "holmqvist"),
        ], times: [("on Wednesday", "2024-03-27", .day), ("in October", "2023-10", .month),
                   ("next week", "2024-W14", .week), ("on Friday", "2024-03-29", .day)])
        let entries = Fixture.all.map(\.entry) + [fixture.analyzed(article)]
        var state = AppState(store: MemoryArticleStore(entries: entries), folderLabel: "~/news", width: 120, height: 30)
        state.linkModel = Fixture.linkModel
        state.apply(.loaded(entries.map { ArticleSummary(article: $0.article, analysis: $0.analysis) }))
        state.press("Enter")
        Golden.check("reading-page-120x30", state)
    }
}
