/// The label weights of the hashed feature rows that have any, packed. Most of the `2^bits` rows
/// belong to features never updated in training and are all zero; a bitmap of the rows present,
/// with a running count per 64 rows, finds a row's place, so absent rows cost neither memory nor
/// additions and the packed rows stay small enough for the cache. Each row fills one cache line.
struct EntityWeightTable: Sendable {
    /// Weights per packed row: `EntityLabels.count` padded to a 64-byte cache line.
    static let stride = 32
    static let lineBytes = 64

    /// 64 rows: which are present, and how many present rows come before them.
    struct Block {
        var present: UInt64 = 0
        var before: UInt32 = 0
    }

    /// Memory aligned to cache lines, never changed once filled.
    final class Lines: @unchecked Sendable {
        let base: UnsafeMutablePointer<Int16>
        let count: Int

        init(_ values: [Int16]) {
            count = values.count
            base = UnsafeMutableRawPointer.allocate(byteCount: max(1, count) * MemoryLayout<Int16>.stride,
                                                    alignment: EntityWeightTable.lineBytes)
                .bindMemory(to: Int16.self, capacity: max(1, count))
            base.initialize(from: values, count: count)
        }

        deinit { base.deallocate() }
    }

    let bits: Int
    let blocks: [Block]
    /// `stride` weights per present row, in row order, after one row of zeros that stands for
    /// every absent row (so summing a token's rows takes no branch that could be mispredicted);
    /// the padding stays zero.
    let rows: Lines

    /// A table of `2^bits` rows from its non-zero weights, given as (index into the dense
    /// row-major table of `EntityLabels.count` columns, weight) in increasing index order.
    init<S: Sequence>(bits: Int, nonZero weights: S) where S.Element == (index: Int, weight: Int16) {
        precondition(EntityLabels.count <= 24, "a row is summed as three SIMD8 loads (EntityModel.emissions)")
        self.bits = bits
        var blocks = [Block](repeating: Block(), count: max(1, (1 << bits) / 64))
        var rows = [Int16](repeating: 0, count: Self.stride)
        let L = EntityLabels.count
        var current = -1
        for (index, weight) in weights where weight != 0 {
            let row = index / L
            if row != current {
                current = row
                blocks[row >> 6].present |= 1 << UInt64(row & 63)
                rows.append(contentsOf: repeatElement(0, count: Self.stride))
            }
            rows[rows.count - Self.stride + index % L] = weight
        }
        var before: UInt32 = 0
        for i in blocks.indices {
            blocks[i].before = before
            before += UInt32(blocks[i].present.nonzeroBitCount)
        }
        self.blocks = blocks
        self.rows = Lines(rows)
    }

    var presentRows: Int { rows.count / Self.stride - 1 }

    /// Where the row of `bucket` starts in `rows`: the row of zeros when it is absent.
    @inline(__always)
    static func offset(of bucket: UInt32, in blocks: UnsafeBufferPointer<Block>) -> Int {
        let block = blocks[Int(bucket >> 6)]
        let shift = UInt64(bucket & 63)
        let present = Int((block.present >> shift) & 1)
        let before = Int(block.before) + (block.present & ((1 << shift) &- 1)).nonzeroBitCount
        return (before + 1) * present * stride
    }

    /// The non-zero weights as (dense index, weight), in index order.
    func forEachNonZero(_ body: (Int, Int16) -> Void) {
        let L = EntityLabels.count
        var packed = Self.stride
        for (b, block) in blocks.enumerated() {
            var present = block.present
            while present != 0 {
                let row = b * 64 + present.trailingZeroBitCount
                present &= present - 1
                for l in 0..<L where rows.base[packed + l] != 0 { body(row * L + l, rows.base[packed + l]) }
                packed += Self.stride
            }
        }
    }
}
