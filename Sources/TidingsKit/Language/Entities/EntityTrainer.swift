import Foundation

/// A document with its annotated entity spans (scalar ranges into `text.scalars`).
public struct EntityTrainingDocument: Sendable {
    public var text: AnalyzedText
    public var spans: [(range: Range<Int>, type: EntityType)]

    public init(text: AnalyzedText, spans: [(range: Range<Int>, type: EntityType)]) {
        self.text = text
        self.spans = spans
    }
}

/// Trains the tagger's weights: a structured averaged perceptron over documents in a fixed
/// (seeded) order, so the same data always gives the same model.
public struct EntityTrainer {
    /// The settings the shipped weights were trained with. 22 bits keep one feature row in about
    /// thirty taken, so a word never seen in training rarely lands on a trained row and borrows its
    /// weights (at 20 bits one row in ten was taken); hiding words (`wordDropout`) takes more
    /// epochs to settle (judged on the CoNLL development set).
    public static let defaultBits = 22
    public static let defaultEpochs = 30
    public static let defaultWordDropout = 0.1
    public static let defaultSeed: UInt64 = 2003

    public var bits: Int
    public var epochs: Int
    /// The share of capitalized words whose spelling is hidden in each epoch (a different seeded
    /// draw each time), so the tagger also learns names from their shape, context and the word
    /// lists: most names in new text were never seen in training.
    public var wordDropout: Double
    /// Seeds the order of the documents and the words hidden: another seed trains another model
    /// of the same settings, which tells how much of a difference between two settings is chance.
    public var seed: UInt64
    let gazetteer: Gazetteer

    public init(resources: URL, bits: Int = defaultBits, epochs: Int = defaultEpochs,
                wordDropout: Double = defaultWordDropout, seed: UInt64 = defaultSeed) throws {
        self.bits = bits
        self.epochs = epochs
        self.wordDropout = wordDropout
        self.seed = seed
        gazetteer = try Gazetteer(folder: resources.appendingPathComponent(EntityRecognizer.gazetteerFolder))
    }

    /// A document's tokens and their gold labels.
    struct Example {
        var tokens: [EntityToken]
        var sentences: [Range<Int>]
        var gold: [UInt8]
    }

    public struct Counts: Sendable {
        public var documents = 0, tokens = 0, spans = 0, groups = 0, skippedSpans = 0
    }

    /// Whether a MISC span names a people or group ("Russians", "Bosnian Serbs"): every word of it
    /// is a demonym. Such spans are trained as GROUP.
    func isGroup(_ tokens: ArraySlice<EntityToken>) -> Bool {
        let words = tokens.filter { $0.spelling.contains(.word) }
        return !words.isEmpty && words.allSatisfy { gazetteer.isDemonym($0.lower) }
    }

    func example(_ document: EntityTrainingDocument, counts: inout Counts) -> Example {
        let (tokens, sentences) = EntityTokens.tokens(of: document.text, gazetteer: gazetteer)
        var spans: [(first: Int, last: Int, type: Int)] = []
        for span in document.spans.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            guard let sentence = sentences.first(where: {
                      !$0.isEmpty && Int(tokens[$0.lowerBound].start) <= span.range.lowerBound
                          && span.range.lowerBound < Int(tokens[$0.upperBound - 1].end) }),
                  let first = sentence.first(where: { Int(tokens[$0].end) > span.range.lowerBound }),
                  let last = sentence.last(where: { Int(tokens[$0].start) < span.range.upperBound }),
                  first <= last, Int(tokens[last].end) >= span.range.upperBound else {
                counts.skippedSpans += 1
                continue
            }
            var type = EntityLabels.types.firstIndex(of: span.type)!
            if span.type == .misc, isGroup(tokens[first...last]) {
                type = EntityLabels.types.firstIndex(of: .group)!
                counts.groups += 1
            }
            spans.append((first, last, type))
            counts.spans += 1
        }
        counts.documents += 1
        counts.tokens += tokens.count
        return Example(tokens: tokens, sentences: sentences, gold: EntityLabels.labels(count: tokens.count, spans: spans))
    }

    /// Trains on `documents`; `progress` hears one line per epoch, and `evaluate` (when given)
    /// gets the averaged model after each epoch.
    public func train(_ documents: [EntityTrainingDocument], progress: (String) -> Void = { _ in },
                      evaluate: ((EntityModel, Int) -> Void)? = nil) -> EntityModel {
        var counts = Counts()
        let examples = documents.map { example($0, counts: &counts) }
        progress("\(counts.documents) documents, \(counts.tokens) tokens, \(counts.spans) spans "
                 + "(\(counts.groups) MISC as GROUP), \(counts.skippedSpans) spans not on token boundaries")
        let weights = PerceptronWeights(bits: bits)
        let tagger = EntityTagger(features: EntityFeatures(bits: bits))
        var order = Array(examples.indices)
        var random = SplitMix(seed: seed)
        for epoch in 1...max(1, epochs) {
            let started = Date()
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(random.next() % UInt64(i + 1)))
            }
            var errors = 0
            for index in order {
                let example = examples[index]
                let tokens = hidingWords(example.tokens, document: index, epoch: epoch)
                _ = tagger.tag(tokens, sentences: example.sentences, scorer: weights) { sentence, features, predicted in
                    let gold = example.gold[sentence]
                    errors += zip(gold, predicted).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) }
                    weights.update(features: features, gold: gold, predicted: predicted[...])
                }
            }
            progress(String(format: "epoch %d: %d token errors (%.2f%%), %.1f s", epoch, errors,
                            100 * Double(errors) / Double(max(1, counts.tokens)), Date().timeIntervalSince(started)))
            if let evaluate, epoch < epochs { evaluate(weights.averagedModel(), epoch) }
        }
        let model = weights.averagedModel()
        evaluate?(model, epochs)
        return model
    }

    /// `tokens` with the spelling of a seeded `wordDropout` share of capitalized words replaced by
    /// one unknown word; their shape, spelling flags and word-list marks stay.
    func hidingWords(_ tokens: [EntityToken], document: Int, epoch: Int) -> [EntityToken] {
        guard wordDropout > 0 else { return tokens }
        let draw = FeatureHash.combine(FeatureHash.combine(UInt64(document), UInt64(epoch)), seed)
        var tokens = tokens
        for i in tokens.indices where tokens[i].isCapitalized
            && Double(FeatureHash.combine(draw, UInt64(i)) >> 11) * 0x1p-53 < wordDropout {
            tokens[i].hideSpelling()
        }
        return tokens
    }

    /// Span counts of `model` against the gold spans of `documents`, per type index: (true
    /// positives, predicted, gold).
    public func score(_ model: EntityModel, on documents: [EntityTrainingDocument]) -> [EntityType: (tp: Int, predicted: Int, gold: Int)] {
        var result: [EntityType: (tp: Int, predicted: Int, gold: Int)] = [:]
        let recognizer = EntityRecognizer(model: model, gazetteer: gazetteer)
        for document in documents {
            var counts = Counts()
            let gold = Set(example(document, counts: &counts).goldSpans)
            let predicted = Set(recognizer.recognize(document.text).map { Span(start: $0.start, end: $0.end, type: $0.type) })
            for type in EntityLabels.types {
                var entry = result[type] ?? (0, 0, 0)
                let g = gold.filter { $0.type == type }, p = predicted.filter { $0.type == type }
                entry.tp += g.intersection(p).count
                entry.predicted += p.count
                entry.gold += g.count
                result[type] = entry
            }
        }
        return result
    }

    struct Span: Hashable { var start: Int, end: Int, type: EntityType }
}

extension EntityTrainer.Example {
    var goldSpans: [EntityTrainer.Span] {
        sentences.flatMap { sentence in
            EntityLabels.spans(gold[sentence]).map {
                EntityTrainer.Span(start: Int(tokens[$0.first].start), end: Int(tokens[$0.last].end),
                                   type: EntityLabels.types[$0.type])
            }
        }
    }
}

/// The perceptron's weights with the sums that make their average (the averaged perceptron of
/// Collins 2002, with the lazy-update form of Daumé).
final class PerceptronWeights: EntityScorer {
    let bits: Int
    private var weights: [Float]
    private var weightSums: [Double]
    private var transitions: [Float]
    private var transitionSums: [Double]
    private var step: Double = 1

    init(bits: Int) {
        self.bits = bits
        let L = EntityLabels.count
        weights = [Float](repeating: 0, count: (1 << bits) * L)
        weightSums = [Double](repeating: 0, count: weights.count)
        transitions = [Float](repeating: 0, count: (L + 1) * L)
        transitionSums = [Double](repeating: 0, count: transitions.count)
    }

    var decoderTransitions: EntityDecoder.Transitions { EntityDecoder.Transitions(transitions) }

    func emissions(_ features: [UInt32], count: Int, into out: inout [Float]) {
        let L = EntityLabels.count, K = EntityFeatures.perToken
        out = [Float](repeating: 0, count: count * L)
        for t in 0..<count {
            for k in 0..<K {
                let row = Int(features[t * K + k]) * L
                for l in 0..<L { out[t * L + l] += weights[row + l] }
            }
        }
    }

    /// One perceptron step on a sentence: towards the gold labels, away from the predicted ones.
    func update(features: [UInt32], gold: ArraySlice<UInt8>, predicted: ArraySlice<UInt8>) {
        defer { step += 1 }
        guard gold != predicted else { return }
        let L = EntityLabels.count, K = EntityFeatures.perToken
        func add(_ index: Int, _ delta: Float) {
            weights[index] += delta
            weightSums[index] += step * Double(delta)
        }
        func addTransition(_ previous: UInt8?, _ label: UInt8, _ delta: Float) {
            let index = Int(previous ?? UInt8(L)) * L + Int(label)
            transitions[index] += delta
            transitionSums[index] += step * Double(delta)
        }
        var previousGold: UInt8? = nil, previousPredicted: UInt8? = nil
        for (t, (g, p)) in zip(gold, predicted).enumerated() {
            if g != p {
                for k in 0..<K {
                    let row = Int(features[t * K + k]) * L
                    add(row + Int(g), 1)
                    add(row + Int(p), -1)
                }
            }
            if g != p || previousGold != previousPredicted {
                addTransition(previousGold, g, 1)
                addTransition(previousPredicted, p, -1)
            }
            previousGold = g
            previousPredicted = p
        }
    }

    func averagedModel() -> EntityModel {
        let average = zip(weights, weightSums).map { Float(Double($0) - $1 / step) }
        let transitionAverage = zip(transitions, transitionSums).map { Float(Double($0) - $1 / step) }
        return EntityModel(bits: bits, weights: average, transitions: transitionAverage)
    }
}

/// A small seeded generator, so the training order is the same on every run and platform.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return FeatureHash.mix(state &- 0x9E37_79B9_7F4A_7C15)
    }
}
