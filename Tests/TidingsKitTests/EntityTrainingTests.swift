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

    func testAnotherSeedTrainsAnotherModel() throws {
        let resources = try XCTUnwrap(ResourceFolder.url)
        let first = try EntityTrainer(resources: resources, bits: 14, epochs: 4).train(documents).encoded()
        let other = try EntityTrainer(resources: resources, bits: 14, epochs: 4, seed: 7).train(documents).encoded()
        XCTAssertFalse(first == other, "the seed changes nothing")
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

    /// Hiding words in training: only capitalized words, a seeded share of them that changes with
    /// the epoch, and only their spelling (shape, flags and word-list marks stay).
    func testHiddenWordsKeepShapeAndWordLists() throws {
        let resources = try XCTUnwrap(ResourceFolder.url)
        let trainer = try EntityTrainer(resources: resources, bits: 14, epochs: 1, wordDropout: 0.5)
        let text = documents.map(\.text)[0]
        let (tokens, _) = EntityTokens.tokens(of: text, gazetteer: trainer.gazetteer)
        let hidden = trainer.hidingWords(tokens, document: 0, epoch: 1)
        XCTAssertEqual(hidden.count, tokens.count)
        var hiddenIndices: [Int] = []
        for (i, (token, seen)) in zip(tokens, hidden).enumerated() {
            XCTAssertEqual(seen.shape, token.shape)
            XCTAssertEqual(seen.spelling, token.spelling)
            XCTAssertEqual(seen.lists, token.lists)
            XCTAssertEqual(seen.place, token.place)
            XCTAssertEqual(seen.wordClass, token.wordClass)
            if seen.lower == EntityToken.unknownWord {
                XCTAssertTrue(token.isCapitalized)
                XCTAssertEqual(seen.suffix3, EntityToken.unknownWord)
                hiddenIndices.append(i)
            } else {
                XCTAssertEqual(seen.lower, token.lower)
                XCTAssertEqual(seen.suffix3, token.suffix3)
            }
        }
        let capitalized = tokens.filter(\.isCapitalized).count
        XCTAssertGreaterThan(hiddenIndices.count, 0)
        XCTAssertLessThan(hiddenIndices.count, capitalized)
        XCTAssertEqual(trainer.hidingWords(tokens, document: 0, epoch: 1).map(\.lower), hidden.map(\.lower))
        let otherEpochs = (2...6).map { trainer.hidingWords(tokens, document: 0, epoch: $0).map(\.lower) }
        XCTAssertTrue(otherEpochs.contains { $0 != hidden.map(\.lower) })
        let none = try EntityTrainer(resources: resources, bits: 14, epochs: 1, wordDropout: 0)
        XCTAssertEqual(none.hidingWords(tokens, document: 0, epoch: 1).map(\.lower), tokens.map(\.lower))
    }

    /// A hidden word is no word the document saw before: it gets no earlier label, and leaves none.
    func testHiddenWordsHaveNoDocumentMemory() throws {
        let resources = try XCTUnwrap(ResourceFolder.url)
        let trainer = try EntityTrainer(resources: resources, bits: 14, epochs: 1, wordDropout: 0.5)
        let (tokens, _) = EntityTokens.tokens(of: documents.map(\.text)[0], gazetteer: trainer.gazetteer)
        let first = try XCTUnwrap(tokens.first)
        XCTAssertTrue(first.isCapitalized)
        var hidden = first
        hidden.hideSpelling()
        var memory = DocumentMemory(tokens)
        let person = EntityLabels.label(type: 0, part: .unit)
        memory.remember([first, hidden][...], labels: [person, person][...])
        XCTAssertEqual(memory.earlierLabels(first), 2)
        XCTAssertEqual(memory.earlierLabels(hidden), 0)
    }

    /// A word labelled two ways keeps both labels, so a later mention is not told the last one alone.
    func testDocumentMemoryKeepsEveryEarlierLabel() throws {
        let resources = try XCTUnwrap(ResourceFolder.url)
        let trainer = try EntityTrainer(resources: resources, bits: 14, epochs: 1, wordDropout: 0)
        let (tokens, _) = EntityTokens.tokens(of: documents.map(\.text)[0], gazetteer: trainer.gazetteer)
        let first = try XCTUnwrap(tokens.first)
        var memory = DocumentMemory(tokens)
        XCTAssertEqual(memory.earlierLabels(first), 0)
        memory.remember([first][...], labels: [EntityLabels.label(type: 2, part: .unit)][...])
        memory.remember([first][...], labels: [EntityLabels.outside][...])
        memory.remember([first][...], labels: [EntityLabels.label(type: 2, part: .begin)][...])
        XCTAssertEqual(memory.earlierLabels(first), 1 | 2 << 2)
        memory.remember([first][...], labels: [EntityLabels.label(type: 0, part: .unit)][...])
        XCTAssertEqual(memory.earlierLabels(first), 1 | 2 << 2 | 2 << 0)
    }
}
