/// A 64-bit FNV-1a hash of a file's bytes: tells a touched or re-saved file whose content did
/// not change from an edited one, so only edits are analysed again.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
