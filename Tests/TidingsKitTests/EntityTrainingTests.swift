import XCTest
@testable import TidingsKit

/// Training is deterministic: the same documents give the same model, byte for byte.
final class EntityTrainingTests: XCTestCase {
    /// A one-paragraph document whose `names` are annotated wherever they occur.
    private func document(_ text: String, _ names: [(String, EntityType)]) -> EntityTrainingDocument {
        let scalars = Array(text.unicodeScalars)
        let ranges = [0..<scalars.count]
        let tokens = Tokenizer.tokenize(scalars, ranges: ranges)
        let analyzed = AnalyzedText(scalars: scalars, tokens: tokens,
                                    sentences: SentenceSplitter.split(scalars, tokens: tokens, ranges: ranges))
        var spans: [(range: Range<Int>, type: EntityType)] = []
        for (name, type) in names {
            let needle = Array(name.unicodeScalars)
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
                spans.append((start..<start + needle.count, type))
            }
        }
        return EntityTrainingDocument(text: analyzed, spans: spans)
    }

    private var documents: [EntityTrainingDocument] {
        [
            document("Maria Lopez met officials of Acme Corp in Madrid on Monday. Lopez said the talks went well.",
                     [("Maria Lopez", .person), ("Lopez", .person), ("Acme Corp", .organization), ("Madrid", .location)]),
            document("The Greens won seats in Berlin. Peter Hahn of the Greens called it a turning point for Germans.",
                     [("Greens", .organization), ("Berlin", .location), ("Peter Hahn", .person), ("Germans", .group)]),
            document("Floods hit Lagos and Abuja. The Red Cross sent help, said Ngozi Okafor.",
                     [("Lagos", .location), ("Abuja", .location), ("Red Cross", .organization), ("Ngozi Okafor", .person)]),
        ]
    }

    func testTrainingTwiceGivesTheSameModel() throws {
        let resources = try XCTUnwrap(ResourceFolder.url)
        let trainer = try EntityTrainer(resources: resources, bits: 14, epochs: 4)
        let first = trainer.train(documents).encoded()
        let second = try EntityTrainer(resources: resources, bits: 14, epochs: 4).train(documents).encoded()
        XCTAssertEqual(first.count, second.count)
        XCTAssertTrue(first == second, "two trainings on the same documents differ")
    }

    func testTrainedModelFindsWhatItWasTaughtOn() throws {
        let resources = try XCTUnwrap(ResourceFolder.url)
        let trainer = try EntityTrainer(resources: resources, bits: 14, epochs: 6)
        let documents = documents
        let model = trainer.train(documents)
        let scores = trainer.score(model, on: documents)
        let found = scores.values.reduce(0) { $0 + $1.tp }
        let gold = scores.values.reduce(0) { $0 + $1.gold }
        XCTAssertGreaterThan(gold, 10)
        XCTAssertGreaterThan(Double(found), 0.8 * Double(gold), "\(scores)")
    }
}
