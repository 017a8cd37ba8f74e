/// A map from 64-bit hashes to small values, also used as a set of hashes, with open addressing:
/// the keys are already well mixed, so a lookup is one or two probes with no hashing of its own.
struct HashedMap: Sendable {
    private var keys: [UInt64]
    private var values: [UInt8]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// A set of `keys` (each with the value 0).
    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        self.init(capacity: keys.underestimatedCount)
        for key in keys { insert(key) }
    }

    /// Zero marks an empty slot, so the key 0 is stored as 1.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(_ key: UInt64) -> (index: Int, found: Bool) {
        keys.withUnsafeBufferPointer { keys in
            var i = Int(truncatingIfNeeded: key >> 7) & mask
            while true {
                let slot = keys[i]
                if slot == key { return (i, true) }
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
        return found ? values[index] : nil
    }

    mutating func set(_ value: UInt8, for key: UInt64) {
        var (index, found) = slot(Self.stored(key))
        if !found {
            if (count + 1) * 2 > keys.count {
                grow()
                index = slot(Self.stored(key)).index
            }
            keys[index] = Self.stored(key)
            count += 1
        }
        values[index] = value
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: keys.count)
        mask = keys.count - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != 0 { set(value, for: key) }
    }
}
