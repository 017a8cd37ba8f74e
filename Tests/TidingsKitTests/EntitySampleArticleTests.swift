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

    /// A title alone ("Deputy Head", "the Prime Minister") names no person; with a name it does.
    func testTitlesAloneNameNoOne() {
        let found = mentions(AnalyzedText(article: article))
        XCTAssertFalse(found.contains { $0.type == .person && $0.name == "Deputy Head" }, "\(found)")
        let scalars = Array("The Prime Minister met Deputy Mayor Lena Vos in Oslo on Friday.".unicodeScalars)
        let text = AnalyzedText(scalars: scalars, ranges: [0..<scalars.count])
        let people = EntityRecognizer.shared.recognize(text).filter { $0.type == .person }
            .map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        XCTAssertFalse(people.contains("Prime Minister"), "\(people)")
        XCTAssertTrue(people.contains { $0.hasSuffix("Lena Vos") }, "\(people)")
    }

    /// Marks before a name are not part of it: Markdown headings, list bullets, dashes.
    func testNamesBeginWithAWord() {
        let scalars = Array("# Kyiv Floods\n\n* Moscow Talks\n\n— Berlin Accord\n\n#Oslo and @Reuters".unicodeScalars)
        let text = AnalyzedText(scalars: scalars, ranges: [0..<scalars.count])
        let names = EntityRecognizer.shared.recognize(text).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        XCTAssertFalse(names.isEmpty)
        for name in names {
            XCTAssertTrue(name.unicodeScalars.first.map { CharacterClass.isLetter($0) || CharacterClass.isDigit($0) } ?? false, "\(names)")
        }
    }

    /// The "Read also" headlines are boilerplate, left out of the sentences and events, but the
    /// analysis reads their names: Kyiv and Ukrainians are named only there.
    func testAnalysisReadsReadAlsoHeadlines() {
        let analysis = Analyzer().analyze(article)
        let found = analysis.entities.map { (name: article.text($0.start..<$0.end), type: $0.type, id: $0.id) }
        assertFound(found, "Kyiv", .location)
        assertFound(found, "Ukrainians", .group)
        let headlines = article.readAlsoHeadlineRanges
        XCTAssertEqual(headlines.count, 1, "the other \"Read also:\" lost its headline with its link")
        XCTAssertFalse(analysis.sentences.contains { sentence in headlines.contains { $0.overlaps(sentence.range) } })
        XCTAssertFalse(analysis.times.contains { time in headlines.contains { $0.overlaps(time.range) } })
    }
}
