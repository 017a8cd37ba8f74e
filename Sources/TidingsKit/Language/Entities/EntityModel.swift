import Foundation

/// The trained weights of the entity tagger: a hashed table of `2^bits` feature rows of label
/// weights (16-bit, times `scale`; only the rows with any are kept), and the label transition
/// scores.
public final class EntityModel: Sendable {
    public enum LoadError: Error, CustomStringConvertible {
        case unreadable(String)
        case malformed(String)

        public var description: String {
            switch self {
            case .unreadable(let reason): "entity model unreadable: \(reason)"
            case .malformed(let reason): "entity model malformed: \(reason)"
            }
        }
    }

    static let magic: [UInt8] = Array("TNER".utf8)
    static let formatVersion: UInt32 = 1

    let bits: Int
    let scale: Float
    let table: EntityWeightTable
    let transitions: [Float]
    let decoderTransitions: EntityDecoder.Transitions

    /// Quantizes trained weights (`2^bits` rows of `EntityLabels.count`).
    init(bits: Int, weights: [Float], transitions: [Float]) {
        self.bits = bits
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale: Float = largest > 0 ? largest / 32767 : 1
        self.scale = scale
        let quantized = weights.lazy.enumerated().map { (index: $0.offset, weight: Int16(($0.element / scale).rounded())) }
        table = EntityWeightTable(bits: bits, nonZero: quantized)
        self.transitions = transitions
        decoderTransitions = EntityDecoder.Transitions(transitions)
    }

    private init(bits: Int, scale: Float, table: EntityWeightTable, transitions: [Float]) {
        self.bits = bits
        self.scale = scale
        self.table = table
        self.transitions = transitions
        decoderTransitions = EntityDecoder.Transitions(transitions)
    }

    /// Non-zero weights stored, of the whole table.
    public var storedWeights: Int {
        var count = 0
        table.forEachNonZero { _, _ in count += 1 }
        return count
    }

    /// The label scores of each token, from its `EntityFeatures.perToken` feature buckets: the
    /// sum of their rows, eight labels at a time.
    func emissions(_ features: [UInt32], count: Int, into out: inout [Float]) {
        let L = EntityLabels.count, K = EntityFeatures.perToken
        if out.count < count * L { out = [Float](repeating: 0, count: count * L) }
        let scale = scale
        let rows = UnsafeRawPointer(table.rows.base)
        table.blocks.withUnsafeBufferPointer { blocks in
            features.withUnsafeBufferPointer { f in
                out.withUnsafeMutableBufferPointer { out in
                    for t in 0..<count {
                        var a = SIMD8<Int32>(), b = SIMD8<Int32>(), c = SIMD8<Int32>()
                        for k in t * K..<(t + 1) * K {
                            let row = rows + EntityWeightTable.offset(of: f[k], in: blocks) * MemoryLayout<Int16>.stride
                            a &+= SIMD8<Int32>(truncatingIfNeeded: row.load(as: SIMD8<Int16>.self))
                            b &+= SIMD8<Int32>(truncatingIfNeeded: row.load(fromByteOffset: 16, as: SIMD8<Int16>.self))
                            c &+= SIMD8<Int32>(truncatingIfNeeded: row.load(fromByteOffset: 32, as: SIMD8<Int16>.self))
                        }
                        let o = t * L
                        for l in 0..<8 {
                            out[o + l] = Float(a[l]) * scale
                            out[o + 8 + l] = Float(b[l]) * scale
                        }
                        for l in 0..<L - 16 { out[o + 16 + l] = Float(c[l]) * scale }
                    }
                }
            }
        }
    }

    // MARK: file form: magic, format and feature versions, bits, labels, scale, transitions, then
    // the non-zero weights as (gap from the previous index as a varint, 16-bit value).

    public func encoded() -> [UInt8] {
        var out = Self.magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        u32(Self.formatVersion)
        u32(EntityFeatures.version)
        u32(UInt32(bits))
        u32(UInt32(EntityLabels.count))
        u32(scale.bitPattern)
        for t in transitions { u32(t.bitPattern) }
        u32(UInt32(storedWeights))
        var previous = -1
        table.forEachNonZero { index, w in
            var gap = UInt32(index - previous)
            previous = index
            while gap >= 0x80 {
                out.append(UInt8(gap & 0x7F) | 0x80)
                gap >>= 7
            }
            out.append(UInt8(gap))
            withUnsafeBytes(of: w.littleEndian) { out.append(contentsOf: $0) }
        }
        return out
    }

    public static func load(contentsOf url: URL) throws -> EntityModel {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw LoadError.unreadable("\(url.path): \(error.localizedDescription)") }
        return try decode([UInt8](data))
    }

    public static func decode(_ bytes: [UInt8]) throws -> EntityModel {
        var at = 0
        func u32() throws -> UInt32 {
            guard at + 4 <= bytes.count else { throw LoadError.malformed("truncated") }
            defer { at += 4 }
            return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        }
        guard bytes.starts(with: magic) else { throw LoadError.malformed("not an entity model") }
        at = magic.count
        guard try u32() == formatVersion else { throw LoadError.malformed("unknown format version") }
        guard try u32() == EntityFeatures.version else {
            throw LoadError.malformed("trained on other features; retrain with tidings-train")
        }
        let bits = Int(try u32())
        let labels = Int(try u32())
        guard (8...26).contains(bits), labels == EntityLabels.count else { throw LoadError.malformed("bad dimensions") }
        let scale = Float(bitPattern: try u32())
        var transitions: [Float] = []
        for _ in 0..<(labels + 1) * labels { transitions.append(Float(bitPattern: try u32())) }
        let stored = Int(try u32())
        let size = (1 << bits) * labels
        var weights: [(index: Int, weight: Int16)] = []
        weights.reserveCapacity(stored)
        var index = -1
        for _ in 0..<stored {
            var gap = 0, shift = 0
            while true {
                guard at < bytes.count, shift < 35 else { throw LoadError.malformed("truncated weights") }
                let byte = bytes[at]
                at += 1
                gap |= Int(byte & 0x7F) << shift
                shift += 7
                if byte < 0x80 { break }
            }
            index += gap
            guard gap > 0, index < size, at + 2 <= bytes.count else { throw LoadError.malformed("bad weight index") }
            weights.append((index, Int16(bitPattern: UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8)))
            at += 2
        }
        guard at == bytes.count else { throw LoadError.malformed("trailing bytes") }
        return EntityModel(bits: bits, scale: scale, table: EntityWeightTable(bits: bits, nonZero: weights),
                           transitions: transitions)
    }
}
