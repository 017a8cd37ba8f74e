import Foundation

/// The learned weighing of link evidence: a logistic model over `LinkFeatures`, and the
/// probability from which a pair is a link. Trained by `tidings-train links` and shipped as
/// `link-model.txt` in the resources.
public struct LinkModel: Sendable, Equatable {
    public var bias: Double
    /// One weight per feature, in the order of `LinkFeatures.names`.
    public var weights: [Double]
    /// Pairs below this probability are not links.
    public var threshold: Double
    /// Pairs at or above this probability report the same happening.
    public var sameHappening: Double

    public static let file = "link-model.txt"

    public init(bias: Double, weights: [Double], threshold: Double, sameHappening: Double) {
        self.bias = bias
        self.weights = weights
        self.threshold = threshold
        self.sameHappening = sameHappening
    }

    public func logit(_ features: LinkFeatures) -> Double {
        var sum = bias
        for (weight, value) in zip(weights, features.values) { sum += weight * value }
        return sum
    }

    public func probability(_ features: LinkFeatures) -> Double { 1 / (1 + exp(-logit(features))) }

    /// The model as its file holds it: `name value` per line, `#` comments.
    public var text: String {
        var lines = ["# Link model: a logistic model over the evidence two events share (see LinkFeatures).",
                     "# Written by `tidings-train links`; weights, then the probabilities that make a link",
                     "# and the same happening."]
        lines.append("bias " + LinkModel.format(bias))
        for (name, weight) in zip(LinkFeatures.names, weights) { lines.append(name + " " + LinkModel.format(weight)) }
        lines.append("threshold " + LinkModel.format(threshold))
        lines.append("same-happening " + LinkModel.format(sameHappening))
        return lines.joined(separator: "\n") + "\n"
    }

    static func format(_ value: Double) -> String { String(format: "%.6f", value) }

    /// nil when a weight is missing or unreadable.
    public init?(text: String) {
        var values: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: " ")
            guard fields.count == 2, let value = Double(fields[1]) else { return nil }
            values[String(fields[0])] = value
        }
        guard let bias = values["bias"], let threshold = values["threshold"],
              let same = values["same-happening"] else { return nil }
        var weights: [Double] = []
        for name in LinkFeatures.names {
            guard let weight = values[name] else { return nil }
            weights.append(weight)
        }
        self.init(bias: bias, weights: weights, threshold: threshold, sameHappening: same)
    }

    /// The shipped model; without its file (a broken install), links by shared rare words alone,
    /// and says so once on standard error.
    public static let shipped: LinkModel = {
        if let url = ResourceFolder.url?.appendingPathComponent(file),
           let text = try? String(contentsOf: url, encoding: .utf8), let model = LinkModel(text: text) {
            return model
        }
        FileHandle.standardError.write(Data("tidings: \(file) not found or unreadable: links rest on shared words alone\n".utf8))
        var weights = [Double](repeating: 0, count: LinkFeatures.names.count)
        weights[LinkFeatures.names.firstIndex(of: "sentence-words")!] = 1
        return LinkModel(bias: -1, weights: weights, threshold: 0.5, sameHappening: 0.9)
    }()
}
