import XCTest
@testable import TidingsKit

/// The entities of the sample article: their types, and one id for the names of one entity.
final class EntitySampleArticleTests: XCTestCase {
    var article: Article!

    override func setUpWithError() throws {
        let path = "/" + SampleArticleTests.samplePath + "/../shared/samples/kremlin-passportization-2023-11-28.txt"
        article = try ArticleReader().read(path: path)
        XCTAssertTrue(EntityRecognizer.shared.isReady, EntityRecognizer.shared.problem ?? "")
    }

    /// The mentions of `text` as (name, type, id).
    private func mentions(_ text: AnalyzedText) -> [(name: String, type: EntityType, id: String)] {
        EntityRecognizer.shared.recognize(text).map { (article.text($0.start..<$0.end), $0.type, $0.id) }
    }

    private func assertFound(_ found: [(name: String, type: EntityType, id: String)], _ name: String, _ type: EntityType,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(found.contains { $0.name == name && $0.type == type }, "\(name) \(type) not in \(found)", file: file, line: line)
    }

    func testPeopleOrganizationsPlacesAndGroups() {
        let found = mentions(AnalyzedText(article: article))
        assertFound(found, "Sergey Kiriyenko", .person)
        assertFound(found, "Kiriyenko", .person)
        assertFound(found, "HUR", .organization)
        assertFound(found, "Kremlin", .organization)
        for place in ["Kakhovka", "Ukraine", "Russia"] { assertFound(found, place, .location) }
        XCTAssertTrue(found.contains { $0.name.hasSuffix("Main Intelligence Directorate") && $0.type == .organization }, "\(found)")
        XCTAssertTrue(found.contains { $0.name.hasSuffix("National Resistance Center") && $0.type == .organization }, "\(found)")
        assertFound(found, "Russians", .group)
    }

    func testAliasesShareOneId() {
        let found = mentions(AnalyzedText(article: article))
        let kiriyenko = Set(found.filter { $0.name.hasSuffix("Kiriyenko") }.map(\.id))
        XCTAssertEqual(kiriyenko.count, 1, "\(found)")
        let intelligence = Set(found.filter { $0.name == "HUR" || $0.name.hasSuffix("Main Intelligence Directorate") }.map(\.id))
        XCTAssertEqual(intelligence.count, 1, "\(found)")
        XCTAssertNotEqual(kiriyenko, intelligence)
    }

    /// The "Read also" headline is boilerplate, left out of the article's analysis; the recognizer
    /// still reads its names when given it.
    func testReadAlsoHeadline() throws {
        let line = try XCTUnwrap(article.boilerplate.first {
            if case .readAlso(let headline) = $0.kind { return !headline.isEmpty }
            return false
        })
        let ranges = [line.start..<line.end]
        let tokens = Tokenizer.tokenize(article.scalars, ranges: ranges)
        let text = AnalyzedText(scalars: article.scalars, tokens: tokens,
                                sentences: SentenceSplitter.split(article.scalars, tokens: tokens, ranges: ranges))
        let found = mentions(text)
        assertFound(found, "Kyiv", .location)
        assertFound(found, "Ukrainians", .group)
    }
}
