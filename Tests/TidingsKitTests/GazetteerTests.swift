import XCTest
@testable import TidingsKit

/// The word lists and word classes as the tagger's tokens carry them.
final class GazetteerTests: XCTestCase {
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tidings-gazetteer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        let names = Gazetteer.files.map(\.name) + ["locations", "institutions", "word-classes"]
        for name in names {
            try (files[name] ?? "").write(to: url.appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
        }
        return url
    }

    private func tokens(_ text: String, _ gazetteer: Gazetteer) -> [EntityToken] {
        var tokens = EntityTokens.tokens(of: text)[...]
        gazetteer.mark(&tokens)
        return Array(tokens)
    }

    /// Classes are looked up by the lowercase word, whatever its case; each fine class carries
    /// the coarse class it belongs to; malformed lines are skipped.
    func testWordsGetTheirFineAndCoarseClass() throws {
        let gazetteer = try Gazetteer(folder: folder([
            "words": "said\n",
            "word-classes": "oslo\t3\t1\nhelsinki\t3\t1\nsaid\t9\t2\nbroken line\nnoclass\t0\t1\nwide\t300\t1\n",
        ]))
        let marked = tokens("Helsinki and OSLO said wide noclass", gazetteer)
        XCTAssertEqual(marked.map(\.wordClass), [3, 0, 3, 9, 0, 0])
        XCTAssertEqual(marked.map(\.wordGroup), [1, 0, 1, 2, 0, 0])
        XCTAssertEqual(marked[3].lists, Gazetteer.Lists.commonWord)
    }

    func testAFolderWithoutWordClassesIsRefused() throws {
        let url = try folder([:])
        try FileManager.default.removeItem(at: url.appendingPathComponent("word-classes.txt"))
        XCTAssertThrowsError(try Gazetteer(folder: url))
    }
}
