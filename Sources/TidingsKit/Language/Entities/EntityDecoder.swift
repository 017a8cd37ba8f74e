/// Viterbi decoding of the best well-formed BILOU label sequence of a sentence. Keeps its score
/// tables between sentences.
struct EntityDecoder {
    static let labels = EntityLabels.count
    static let mayStart: [Bool] = (0..<labels).map { EntityLabels.allowed(nil, UInt8($0)) }
    static let mayEnd: [Bool] = (0..<labels).map { EntityLabels.mayEnd(UInt8($0)) }

    /// The labels each label may follow, in increasing order.
    static let predecessors: [[Int]] = (0..<labels).map { label in
        (0..<labels).filter { EntityLabels.allowed(UInt8($0), UInt8(label)) }
    }
    /// The labels that close a span or stand outside one.
    static let closing: [Int] = (0..<labels).filter { mayEnd[$0] }
    /// The labels that may follow exactly the closing ones (outside, and those that open a span):
    /// most of the work, done a SIMD lane each.
    static let afterClosing: [Int] = (0..<labels).filter { predecessors[$0] == closing }
    /// The other labels (inside and last of a span) follow few labels: done one by one.
    static let others: [(label: Int, predecessors: [Int])] = (0..<labels).compactMap { label in
        predecessors[label] == closing ? nil : (label, predecessors[label])
    }
    typealias Lanes = SIMD16<Float>

    /// Label transition scores: `labels + 1` rows (previous label; the last row is the sentence
    /// start) of `labels` scores, and the same in lanes for the labels that follow closing ones.
    struct Transitions {
        let scores: [Float]
        /// For each closing label, the scores of the `afterClosing` labels after it.
        let fromClosing: [Lanes]

        init(_ scores: [Float]) {
            precondition(EntityDecoder.afterClosing.count <= Lanes.scalarCount)
            self.scores = scores
            fromClosing = EntityDecoder.closing.map { c in
                var lanes = Lanes(repeating: -.infinity)
                for (k, j) in EntityDecoder.afterClosing.enumerated() { lanes[k] = scores[c * EntityDecoder.labels + j] }
                return lanes
            }
        }
    }

    private var score: [Float] = []
    private var back: [UInt8] = []

    /// - Parameter emissions: `count` rows of `labels` scores.
    mutating func decode(_ emissions: UnsafeBufferPointer<Float>, count: Int, transitions: Transitions,
                         into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        guard count > 0 else { return }
        let L = Self.labels
        if score.count < count * L {
            score = [Float](repeating: 0, count: count * L)
            back = [UInt8](repeating: 0, count: count * L)
        }
        let (closing, afterClosing) = (Self.closing, Self.afterClosing)
        let others = Self.others
        score.withUnsafeMutableBufferPointer { score in
            back.withUnsafeMutableBufferPointer { back in
                transitions.fromClosing.withUnsafeBufferPointer { fromClosing in
                    transitions.scores.withUnsafeBufferPointer { transitions in
                        for j in 0..<L {
                            score[j] = Self.mayStart[j] ? transitions[L * L + j] + emissions[j] : -.infinity
                        }
                        for i in 1..<count {
                            let row = i * L, previousRow = row - L
                            // Ties go to the lowest previous label, as the closing labels come in order.
                            var best = Lanes(repeating: -.infinity)
                            var arg = SIMD16<Int32>(repeating: 0)
                            for (k, c) in closing.enumerated() {
                                let s = Lanes(repeating: score[previousRow + c]) + fromClosing[k]
                                let better = s .> best
                                best.replace(with: s, where: better)
                                arg.replace(with: Int32(c), where: better)
                            }
                            withUnsafeBytes(of: best) { best in
                                withUnsafeBytes(of: arg) { arg in
                                    let (best, arg) = (best.assumingMemoryBound(to: Float.self), arg.assumingMemoryBound(to: Int32.self))
                                    for (k, j) in afterClosing.enumerated() {
                                        score[row + j] = best[k] + emissions[row + j]
                                        back[row + j] = UInt8(truncatingIfNeeded: arg[k])
                                    }
                                }
                            }
                            for (j, predecessors) in others {
                                var best = -Float.infinity
                                var arg = 0
                                for p in predecessors {
                                    let s = score[previousRow + p] + transitions[p * L + j]
                                    if s > best { best = s; arg = p }
                                }
                                score[row + j] = best + emissions[row + j]
                                back[row + j] = UInt8(arg)
                            }
                        }
                    }
                }
            }
        }
        var best = -Float.infinity
        var last = 0
        let lastRow = (count - 1) * L
        for j in 0..<L where Self.mayEnd[j] && score[lastRow + j] > best {
            best = score[lastRow + j]
            last = j
        }
        out.append(contentsOf: repeatElement(0, count: count))
        out[count - 1] = UInt8(last)
        var i = count - 1
        while i > 0 {
            out[i - 1] = back[i * L + Int(out[i])]
            i -= 1
        }
    }
}
