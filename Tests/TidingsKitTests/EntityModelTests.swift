import XCTest
@testable import TidingsKit

/// The tagger's packed weights and its decoder against plain reference computations.
final class EntityModelTests: XCTestCase {
    static let L = EntityLabels.count

    /// A dense weight table of `2^bits` rows where about one row in `sparsity` has weights.
    private func randomWeights(bits: Int, sparsity: UInt64, random: inout SplitMix) -> [Float] {
        var weights = [Float](repeating: 0, count: (1 << bits) * Self.L)
        for row in 0..<(1 << bits) where random.next() % sparsity == 0 {
            for l in 0..<Self.L where random.next() % 3 != 0 {
                weights[row * Self.L + l] = Float(Int(random.next() % 2001) - 1000) / 100
            }
        }
        return weights
    }

    func testPackedRowsScoreAsTheDenseTable() throws {
        var random = SplitMix(seed: 7)
        let bits = 10
        let dense = randomWeights(bits: bits, sparsity: 4, random: &random)
        let model = EntityModel(bits: bits, weights: dense, transitions: [Float](repeating: 0, count: (Self.L + 1) * Self.L))
        let quantized = dense.map { Int32(($0 / model.scale).rounded()) }
        let tokens = 9
        let features = (0..<tokens * EntityFeatures.perToken).map { _ in UInt32(random.next() % (1 << UInt64(bits))) }
        var emissions: [Float] = []
        model.emissions(features, count: tokens, into: &emissions)
        for t in 0..<tokens {
            for l in 0..<Self.L {
                var sum: Int32 = 0
                for k in 0..<EntityFeatures.perToken {
                    sum += quantized[Int(features[t * EntityFeatures.perToken + k]) * Self.L + l]
                }
                XCTAssertEqual(emissions[t * Self.L + l], Float(sum) * model.scale, "token \(t) label \(l)")
            }
        }
        XCTAssertGreaterThan(model.table.presentRows, 0)
        XCTAssertLessThan(model.table.presentRows, 1 << bits)
    }

    func testFileFormRoundTrip() throws {
        var random = SplitMix(seed: 11)
        let bits = 9
        let transitions = (0..<(Self.L + 1) * Self.L).map { Float($0 % 7) - 3 }
        let model = EntityModel(bits: bits, weights: randomWeights(bits: bits, sparsity: 3, random: &random), transitions: transitions)
        let bytes = model.encoded()
        let loaded = try EntityModel.decode(bytes)
        XCTAssertEqual(loaded.encoded(), bytes)
        XCTAssertEqual(loaded.storedWeights, model.storedWeights)
        XCTAssertEqual(loaded.transitions, transitions)
        XCTAssertThrowsError(try EntityModel.decode(Array(bytes.dropLast())))
    }

    /// Plain Viterbi over every pair of labels that may follow each other.
    private func referenceDecode(_ emissions: [Float], count: Int, transitions: [Float]) -> [UInt8] {
        let L = Self.L
        var score = [Float](repeating: -.infinity, count: count * L)
        var back = [Int](repeating: 0, count: count * L)
        for j in 0..<L where EntityLabels.allowed(nil, UInt8(j)) { score[j] = transitions[L * L + j] + emissions[j] }
        for i in 1..<max(1, count) {
            for j in 0..<L {
                for p in 0..<L where EntityLabels.allowed(UInt8(p), UInt8(j)) {
                    let s = score[(i - 1) * L + p] + transitions[p * L + j] + emissions[i * L + j]
                    if s > score[i * L + j] { score[i * L + j] = s; back[i * L + j] = p }
                }
            }
        }
        var last = (0..<L).filter { EntityLabels.mayEnd(UInt8($0)) }.max { score[(count - 1) * L + $0] < score[(count - 1) * L + $1] }!
        var labels = [UInt8](repeating: 0, count: count)
        for i in stride(from: count - 1, through: 0, by: -1) {
            labels[i] = UInt8(last)
            last = back[i * L + last]
        }
        return labels
    }

    func testDecoderFindsTheBestWellFormedSequence() {
        var random = SplitMix(seed: 3)
        func value() -> Float { Float(Int(random.next() % 20001) - 10000) / 1000 }
        var decoder = EntityDecoder()
        var labels: [UInt8] = []
        for count in [1, 2, 5, 17, 40] {
            let transitions = (0..<(Self.L + 1) * Self.L).map { _ in value() }
            let emissions = (0..<count * Self.L).map { _ in value() }
            emissions.withUnsafeBufferPointer {
                decoder.decode($0, count: count, transitions: EntityDecoder.Transitions(transitions), into: &labels)
            }
            XCTAssertEqual(labels, referenceDecode(emissions, count: count, transitions: transitions), "\(count) tokens")
            XCTAssertTrue(EntityLabels.allowed(nil, labels[0]) && EntityLabels.mayEnd(labels[count - 1]))
            XCTAssertTrue(zip(labels, labels.dropFirst()).allSatisfy { EntityLabels.allowed($0, $1) }, "\(labels)")
        }
    }
}
