/// Viterbi decoding of the best well-formed BILOU label sequence of a sentence.
enum EntityDecoder {
    static let labels = EntityLabels.count
    /// The labels each label may follow.
    static let predecessors: [[Int]] = (0..<labels).map { label in
        (0..<labels).filter { EntityLabels.allowed(UInt8($0), UInt8(label)) }
    }
    static let mayStart: [Bool] = (0..<labels).map { EntityLabels.allowed(nil, UInt8($0)) }
    static let mayEnd: [Bool] = (0..<labels).map { EntityLabels.mayEnd(UInt8($0)) }

    /// - Parameters:
    ///   - emissions: `count` rows of `labels` scores.
    ///   - transitions: `labels + 1` rows (previous label; the last row is the sentence start)
    ///     of `labels` scores.
    static func decode(_ emissions: UnsafeBufferPointer<Float>, count: Int, transitions: UnsafeBufferPointer<Float>,
                       into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        guard count > 0 else { return }
        let L = labels
        var score = [Float](repeating: -.infinity, count: count * L)
        var back = [UInt8](repeating: 0, count: count * L)
        for j in 0..<L where mayStart[j] {
            score[j] = transitions[L * L + j] + emissions[j]
        }
        for i in 1..<count {
            let row = i * L, previousRow = row - L
            for j in 0..<L {
                var best = -Float.infinity
                var arg = 0
                for p in predecessors[j] {
                    let s = score[previousRow + p] + transitions[p * L + j]
                    if s > best { best = s; arg = p }
                }
                score[row + j] = best + emissions[row + j]
                back[row + j] = UInt8(arg)
            }
        }
        var best = -Float.infinity
        var last = 0
        let lastRow = (count - 1) * L
        for j in 0..<L where mayEnd[j] && score[lastRow + j] > best {
            best = score[lastRow + j]
            last = j
        }
        out = [UInt8](repeating: 0, count: count)
        out[count - 1] = UInt8(last)
        var i = count - 1
        while i > 0 {
            out[i - 1] = back[i * L + Int(out[i])]
            i -= 1
        }
    }
}
