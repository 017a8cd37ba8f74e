/// The distinct strings of one kind (entity ids, content words or tokens) an article gives, in
/// order of first use, each with its hash: worked out where articles are prepared on every core,
/// so that the timeline, which numbers strings on one thread, looks each up once per article
/// instead of once per event that says it.
struct ArticleLexicon: Sendable {
    private(set) var strings: [HashedString] = []
    /// Open-addressed positions in `strings` by hash (-1: free), kept at most half full.
    private var slots: [Int32] = []

    /// The position of `string`, added when new.
    mutating func index(_ string: String) -> Int32 {
        let key = HashedString(string)
        if 2 * (strings.count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var slot = key.hash & mask
        while slots[slot] >= 0 {
            let known = strings[Int(slots[slot])]
            if known.hash == key.hash, known.string == key.string { return slots[slot] }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(strings.count)
        strings.append(key)
        return slots[slot]
    }

    mutating func indexes(_ strings: [String]) -> [Int32] { strings.map { index($0) } }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: max(32, 2 * slots.count))
        let mask = slots.count - 1
        for (position, known) in strings.enumerated() {
            var slot = known.hash & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(position)
        }
    }
}
