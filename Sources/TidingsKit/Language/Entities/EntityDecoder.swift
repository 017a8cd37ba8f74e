/// Viterbi decoding of the best well-formed BILOU label sequence of a sentence. Keeps its score
/// tables between sentences.
struct EntityDecoder {
    static let labels = EntityLabels.count
    /// The labels each label may follow, flat: those of label j are
    /// `predecessors[predecessorStart[j]..<predecessorStart[j + 1]]`.
    static let predecessors: [Int] = (0..<labels).flatMap { label in
        (0..<labels).filter { EntityLabels.allowed(UInt8($0), UInt8(label)) }
    }
    static let predecessorStart: [Int] = (0...labels).map { label in
        (0..<label).reduce(0) { sum, j in sum + (0..<labels).filter { EntityLabels.allowed(UInt8($0), UInt8(j)) }.count }
    }
    static let mayStart: [Bool] = (0..<labels).map { EntityLabels.allowed(nil, UInt8($0)) }
    static let mayEnd: [Bool] = (0..<labels).map { EntityLabels.mayEnd(UInt8($0)) }

    private var score: [Float] = []
    private var back: [UInt8] = []

    /// - Parameters:
    ///   - emissions: `count` rows of `labels` scores.
    ///   - transitions: `labels + 1` rows (previous label; the last row is the sentence start)
    ///     of `labels` scores.
    mutating func decode(_ emissions: UnsafeBufferPointer<Float>, count: Int, transitions: UnsafeBufferPointer<Float>,
                         into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        guard count > 0 else { return }
        let L = Self.labels
        if score.count < count * L {
            score = [Float](repeating: 0, count: count * L)
            back = [UInt8](repeating: 0, count: count * L)
        }
        score.withUnsafeMutableBufferPointer { score in
            back.withUnsafeMutableBufferPointer { back in
                Self.predecessors.withUnsafeBufferPointer { predecessors in
                    Self.predecessorStart.withUnsafeBufferPointer { start in
                        for j in 0..<L {
                            score[j] = Self.mayStart[j] ? transitions[L * L + j] + emissions[j] : -.infinity
                        }
                        for i in 1..<count {
                            let row = i * L, previousRow = row - L
                            for j in 0..<L {
                                var best = -Float.infinity
                                var arg = 0
                                for p in predecessors[start[j]..<start[j + 1]] {
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
