import Foundation

/// Which occurrence a date written without its year or week means ("Friday", "in July", "the
/// third quarter"): the one before the article's date, the one nearest it, the one after it, or
/// the one nearest the date last mentioned.
enum Occurrence: Int, CaseIterable {
    case before, nearest, after, nearReference
}

/// The learned choice of occurrence: a multiclass logistic model over hashed features of the
/// sentence (tense and modal cues, prepositions, the words around, the rules' own choice). Trained
/// by `tidings-train dates` on dates with gold values.
public final class DateResolverModel: Sendable {
    public static let file = "date-resolver.txt"
    public static let shared: DateResolverModel? = ResourceFolder.url.flatMap {
        try? load(contentsOf: $0.appendingPathComponent(file))
    }

    static let bits = 16
    static let header = "tidings date resolver 1 bits \(bits) features \(DateFeatures.version)"
    static var classes: Int { Occurrence.allCases.count }

    /// `classes` weights per feature bucket.
    let weights: [Float]

    init(weights: [Float]) {
        precondition(weights.count == (1 << Self.bits) * Self.classes)
        self.weights = weights
    }

    func scores(_ features: [UInt32]) -> [Float] {
        var scores = [Float](repeating: 0, count: Self.classes)
        for f in features {
            let base = Int(f) * Self.classes
            for c in 0..<Self.classes { scores[c] += weights[base + c] }
        }
        return scores
    }

    func choose(_ features: [UInt32]) -> Occurrence {
        let s = scores(features)
        var best = 0
        for c in 1..<s.count where s[c] > s[best] { best = c }
        return Occurrence(rawValue: best)!
    }

    /// One line per feature bucket with a weight: the bucket, then its weight for each class, with
    /// fixed decimals so that training writes the same bytes each time.
    public func encoded() -> String {
        var out = Self.header + "\n"
        for bucket in 0..<(1 << Self.bits) {
            let row = weights[bucket * Self.classes..<(bucket + 1) * Self.classes]
            guard row.contains(where: { $0 != 0 }) else { continue }
            out += String(bucket) + row.map { String(format: " %.5f", $0) }.joined() + "\n"
        }
        return out
    }

    public enum LoadError: Error, CustomStringConvertible {
        case malformed(String)
        public var description: String {
            switch self {
            case .malformed(let why): return "date resolver model: \(why)"
            }
        }
    }

    public static func load(contentsOf url: URL) throws -> DateResolverModel {
        try decode(String(contentsOf: url, encoding: .utf8))
    }

    public static func decode(_ text: String) throws -> DateResolverModel {
        var lines = text.split(separator: "\n")[...]
        guard lines.popFirst() == Substring(header) else {
            throw LoadError.malformed("other features or format; retrain with tidings-train dates")
        }
        var weights = [Float](repeating: 0, count: (1 << bits) * classes)
        for line in lines {
            let fields = line.split(separator: " ")
            guard fields.count == classes + 1, let bucket = Int(fields[0]), (0..<(1 << bits)).contains(bucket) else {
                throw LoadError.malformed("bad line \(line.prefix(40))")
            }
            for c in 0..<classes {
                guard let w = Float(fields[c + 1]) else { throw LoadError.malformed("bad weight in \(line.prefix(40))") }
                weights[bucket * classes + c] = w
            }
        }
        return DateResolverModel(weights: weights)
    }
}

/// The decisions taken while tagging for training: where each partial date sits and its features.
final class DecisionLog {
    var decisions: [(offset: Int, features: [UInt32])] = []
}

/// How the grammar places partial dates: by the model (by the rules when there is none), or, while
/// collecting training examples, all one way with their features logged.
struct PartialDateResolution {
    var model: DateResolverModel?
    var forced: Occurrence? = nil
    var log: DecisionLog? = nil
}
