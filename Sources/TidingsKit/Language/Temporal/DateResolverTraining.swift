import Foundation

/// A partial date of an annotated article: its features, and which occurrences give its gold value.
public struct DateResolverExample: Sendable {
    var features: [UInt32]
    var correct: [Bool]
}

/// Training the occurrence model on articles whose times carry gold TIMEX3 values.
public enum DateResolverTraining {
    public static let defaultEpochs = 20
    public static let defaultRate = 0.05

    /// A gold time expression: its scalar range in the article and its value.
    public struct GoldTime: Sendable {
        public var range: Range<Int>
        public var value: String
        public init(range: Range<Int>, value: String) {
            self.range = range
            self.value = value
        }
    }

    /// The partial dates of one article for which the occurrence matters: the article is tagged once
    /// per occurrence, all its partial dates placed that way, and each date whose gold value some
    /// occurrences give and others do not is an example.
    public static func examples(_ text: AnalyzedText, anchor: CalendarDate, gold: [GoldTime]) -> [DateResolverExample] {
        let tagger = TemporalTagger(resolver: nil)
        let log = DecisionLog()
        let runs = Occurrence.allCases.map { occurrence in
            tagger.tag(text, anchor: anchor, resolution: PartialDateResolution(
                model: nil, forced: occurrence, log: occurrence == .nearest ? log : nil))
        }
        var seen = Set<Int>()
        var examples: [DateResolverExample] = []
        for decision in log.decisions where seen.insert(decision.offset).inserted {
            guard let truth = gold.first(where: { $0.range.contains(decision.offset) }) else { continue }
            let correct = runs.map { times in
                times.first { $0.start <= decision.offset && decision.offset < $0.end }?.value == truth.value
            }
            guard correct.contains(true), correct.contains(false) else { continue }
            examples.append(DateResolverExample(features: decision.features, correct: correct))
        }
        return examples
    }

    /// Multiclass logistic regression by stochastic gradient, maximizing the probability of the
    /// occurrences that are right; the order of examples is shuffled by a fixed generator, so the
    /// same examples give the same weights.
    public static func train(_ examples: [DateResolverExample], epochs: Int = defaultEpochs,
                             rate: Double = defaultRate) -> DateResolverModel {
        let classes = DateResolverModel.classes
        var weights = [Double](repeating: 0, count: (1 << DateResolverModel.bits) * classes)
        var order = Array(examples.indices)
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var probabilities = [Double](repeating: 0, count: classes)
        for epoch in 0..<epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                order.swapAt(i, Int((state >> 33) % UInt64(i + 1)))
            }
            let step = rate / (1 + 0.1 * Double(epoch))
            for n in order {
                let example = examples[n]
                for c in 0..<classes {
                    probabilities[c] = example.features.reduce(0) { $0 + weights[Int($1) * classes + c] }
                }
                let top = probabilities.max()!
                for c in 0..<classes { probabilities[c] = exp(probabilities[c] - top) }
                let total = probabilities.reduce(0, +)
                let right = (0..<classes).reduce(0) { $0 + (example.correct[$1] ? probabilities[$1] : 0) }
                for c in 0..<classes {
                    let gradient = probabilities[c] / total - (example.correct[c] ? probabilities[c] / right : 0)
                    for f in example.features { weights[Int(f) * classes + c] -= step * gradient }
                }
            }
        }
        // Rounded as the model file writes them, so the shipped model is the one trained.
        return DateResolverModel(weights: weights.map { Float(($0 * 1e5).rounded() / 1e5) })
    }
}
