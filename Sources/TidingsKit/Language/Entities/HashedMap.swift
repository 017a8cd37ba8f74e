/// A map from 64-bit hashes to small values, also used as a set of hashes, with open addressing:
/// the keys are already well mixed, so a lookup is one or two probes with no hashing of its own.
/// A slot holds a key's low 56 bits and its value in the top 8, so a lookup reads one word.
struct HashedMap: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    private static let keyBits: UInt64 = (1 << 56) - 1

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// A set of `keys` (each with the value 0).
    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        self.init(capacity: keys.underestimatedCount)
        for key in keys { insert(key) }
    }

    /// The key as stored: its low bits, never zero (zero marks an empty slot).
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 {
        let low = key & keyBits
        return low == 0 ? 1 : low
    }

    /// The slot holding `key` (as stored), or the empty slot where it would go.
    @inline(__always)
    private func slot(_ key: UInt64) -> (index: Int, found: Bool) {
        slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key >> 7) & mask
            while true {
                let slot = slots[i]
                if slot & Self.keyBits == key { return (i, true) }
                if slot == 0 { return (i, false) }
                i = (i + 1) & mask
            }
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { slot(Self.stored(key)).found }

    /// Adds `key` with the value 0, or leaves it as it is.
    mutating func insert(_ key: UInt64) {
        if !contains(key) { set(0, for: key) }
    }

    @inline(__always)
    func value(for key: UInt64) -> UInt8? {
        let (index, found) = slot(Self.stored(key))
        return found ? UInt8(truncatingIfNeeded: slots[index] >> 56) : nil
    }

    mutating func set(_ value: UInt8, for key: UInt64) {
        let key = Self.stored(key)
        var (index, found) = slot(key)
        if !found {
            if (count + 1) * 2 > slots.count {
                grow()
                index = slot(key).index
            }
            count += 1
        }
        slots[index] = key | UInt64(value) << 56
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for slot in old where slot != 0 { set(UInt8(truncatingIfNeeded: slot >> 56), for: slot & Self.keyBits) }
    }
}
