/// 64-bit hashing of scalars and feature values: cheap, stable across runs and platforms (unlike
/// Swift's seeded `Hasher`), so trained weights keep meaning the same features.
enum FeatureHash {
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// One FNV-1a step over a scalar value.
    @inline(__always)
    static func add(_ h: UInt64, _ value: UInt32) -> UInt64 {
        (h ^ UInt64(value)) &* 0x0000_0100_0000_01B3
    }

    /// SplitMix64 finalizer: spreads every input bit over the whole word.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a &* 0x9E37_79B9_7F4A_7C15 ^ b)
    }

    /// The hash of a string's scalars, as `add` builds it token by token.
    static func of<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h = seed
        for s in scalars { h = add(h, s.value) }
        return h
    }
}
