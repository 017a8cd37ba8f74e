import Foundation

/// Fits the link model: L2-regularised logistic regression by Newton steps (the same pairs in the
/// same order give the same weights, bit for bit), and the probabilities that make a link and the
/// same happening, chosen on predictions cross-validated by event.
public enum LinkTrainer {
    /// A judged pair: its features, whether it is a good link (the same happening or a related
    /// story), whether it is the same happening, the event it was judged for, and its weight in
    /// the fit.
    public struct Example: Sendable {
        public var features: LinkFeatures
        public var good: Bool
        public var same: Bool
        public var group: String
        public var weight: Double

        public init(features: LinkFeatures, good: Bool, same: Bool, group: String, weight: Double = 1) {
            self.features = features
            self.good = good
            self.same = same
            self.group = group
            self.weight = weight
        }
    }

    public static let ridge = 1.0
    public static let newtonSteps = 30
    public static let folds = 5
    /// Share of good links wanted among the pairs above the link threshold, and of the same
    /// happening above the happening threshold.
    public static let linkPrecision = 0.92
    public static let happeningPrecision = 0.75

    /// Bias and weights fitted to `examples` (labels: `good`).
    public static func fit(_ examples: [Example]) -> (bias: Double, weights: [Double]) {
        let count = LinkFeatures.names.count + 1
        var beta = [Double](repeating: 0, count: count)
        let rows = examples.map { [1] + $0.features.values }
        for _ in 0..<newtonSteps {
            var gradient = [Double](repeating: 0, count: count)
            var hessian = [[Double]](repeating: [Double](repeating: 0, count: count), count: count)
            for (row, example) in zip(rows, examples) {
                var z = 0.0
                for i in 0..<count { z += beta[i] * row[i] }
                let p = 1 / (1 + exp(-z))
                let residual = (example.good ? 1 : 0) - p
                let curvature = max(p * (1 - p), 1e-9) * example.weight
                for i in 0..<count {
                    gradient[i] += example.weight * residual * row[i]
                    for j in 0..<count { hessian[i][j] += curvature * row[i] * row[j] }
                }
            }
            // The bias is not shrunk.
            for i in 1..<count {
                gradient[i] -= ridge * beta[i]
                hessian[i][i] += ridge
            }
            let step = solve(hessian, gradient)
            for i in 0..<count { beta[i] += step[i] }
        }
        return (beta[0], Array(beta.dropFirst()))
    }

    /// The model fitted to every example, with thresholds chosen on predictions made by models
    /// that did not see the example's event (folds by event, in order of first appearance).
    public static func train(_ examples: [Example]) -> (model: LinkModel, predictions: [Double]) {
        let predictions = crossValidated(examples)
        let (bias, weights) = fit(examples)
        let link = threshold(predictions, examples.map(\.good), precision: linkPrecision)
        let same = threshold(predictions, examples.map(\.same), precision: happeningPrecision)
        return (LinkModel(bias: bias, weights: weights, threshold: link, sameHappening: max(same, link)), predictions)
    }

    public static func crossValidated(_ examples: [Example]) -> [Double] {
        var groups: [String: Int] = [:]
        for example in examples where groups[example.group] == nil { groups[example.group] = groups.count }
        let fold = examples.map { groups[$0.group]! % folds }
        var predictions = [Double](repeating: 0, count: examples.count)
        for k in 0..<folds {
            let training = examples.indices.filter { fold[$0] != k }.map { examples[$0] }
            let (bias, weights) = fit(training)
            let model = LinkModel(bias: bias, weights: weights, threshold: 0, sameHappening: 1)
            for i in examples.indices where fold[i] == k { predictions[i] = model.probability(examples[i].features) }
        }
        return predictions
    }

    /// The lowest probability above which at least `precision` of the pairs are positive (ties
    /// taken together); 1 when no such probability exists.
    public static func threshold(_ predictions: [Double], _ labels: [Bool], precision: Double) -> Double {
        var best = 1.0
        forEachStep(predictions, labels) { score, positives, seen in
            if Double(positives) >= precision * Double(seen) { best = score }
        }
        return best
    }

    /// Average precision of pairs ranked by score (steps at distinct scores).
    public static func averagePrecision(_ scores: [Double], _ labels: [Bool]) -> Double {
        let total = labels.filter { $0 }.count
        guard total > 0 else { return 0 }
        var sum = 0.0, previousRecall = 0.0
        forEachStep(scores, labels) { _, positives, seen in
            let recall = Double(positives) / Double(total)
            sum += (recall - previousRecall) * Double(positives) / Double(seen)
            previousRecall = recall
        }
        return sum
    }

    /// Walks the pairs from the highest score down, one distinct score at a time: the score, and
    /// the positives and pairs seen down to it.
    static func forEachStep(_ scores: [Double], _ labels: [Bool], _ body: (Double, Int, Int) -> Void) {
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        var positives = 0, index = 0
        while index < order.count {
            var next = index
            while next < order.count, scores[order[next]] == scores[order[index]] {
                if labels[order[next]] { positives += 1 }
                next += 1
            }
            body(scores[order[index]], positives, next)
            index = next
        }
    }

    /// Gaussian elimination with partial pivoting.
    static func solve(_ matrix: [[Double]], _ vector: [Double]) -> [Double] {
        var a = matrix, b = vector
        let n = b.count
        for column in 0..<n {
            let pivot = (column..<n).max { abs(a[$0][column]) < abs(a[$1][column]) }!
            a.swapAt(column, pivot)
            b.swapAt(column, pivot)
            guard abs(a[column][column]) > 1e-12 else { continue }
            for row in column + 1..<n {
                let factor = a[row][column] / a[column][column]
                for k in column..<n { a[row][k] -= factor * a[column][k] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in row + 1..<n { sum -= a[row][k] * x[k] }
            x[row] = abs(a[row][row]) > 1e-12 ? sum / a[row][row] : 0
        }
        return x
    }
}
