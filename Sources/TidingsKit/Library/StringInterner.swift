#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps one copy of the strings that recur across many decoded summaries (entity ids and names,
/// sources, warnings), so a warm start allocates and holds each of them once. Strings of up to 15
/// bytes live inside the `String` value itself and are left alone.
struct StringInterner {
    private var table: [Int: String] = [:]

    mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        guard utf8.count > 15 else { return String(decoding: utf8, as: UTF8.self) }
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(utf8))
        let key = hasher.finalize()
        if var known = table[key], known.utf8.count == utf8.count,
           known.withUTF8({ memcmp($0.baseAddress!, utf8.baseAddress!, utf8.count) }) == 0 {
            return known
        }
        // A new string, or one whose hash another holds: the first keeps the slot.
        let string = String(decoding: utf8, as: UTF8.self)
        if table[key] == nil { table[key] = string }
        return string
    }
}
