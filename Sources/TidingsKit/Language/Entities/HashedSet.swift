/// A set of 64-bit hashes with open addressing: the keys are already well mixed, so a lookup is
/// one or two probes with no hashing of its own.
struct HashedSet: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        self.init(capacity: keys.underestimatedCount)
        for key in keys { insert(key) }
    }

    /// Zero marks an empty slot, so the key 0 is stored as 1.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    mutating func insert(_ key: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
        let key = Self.stored(key)
        var i = Int(truncatingIfNeeded: key >> 7) & mask
        while slots[i] != 0 {
            if slots[i] == key { return }
            i = (i + 1) & mask
        }
        slots[i] = key
        count += 1
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        let key = Self.stored(key)
        return slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key >> 7) & mask
            while true {
                let slot = slots[i]
                if slot == key { return true }
                if slot == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for key in old where key != 0 { insert(key) }
    }
}
