import Foundation

/// Foundation's substring search and whitespace trimming, done on the bytes when the text is plain
/// ASCII (a wire's nearly always is), where both find the same: on Linux, Foundation's cost per
/// call is most of what working out an article's roles takes.
enum ASCIISearch {
    /// Every byte ASCII, and no carriage return (which makes one character with a line feed).
    static func isPlain<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// `text.range(of: needle)`.
    static func range(of needle: String, in text: Substring) -> Range<String.Index>? {
        guard !needle.isEmpty, isPlain(needle), isPlain(text) else { return text.range(of: needle) }
        let pattern = Array(needle.utf8)
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard bytes.count >= pattern.count else { return nil }
            for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
                var offset = 1
                while offset < pattern.count, bytes[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return start }
            }
            return nil
        }
        guard let found else { return text.range(of: needle) }
        guard let start = found else { return nil }
        let lower = text.utf8.index(text.startIndex, offsetBy: start)
        return lower..<text.utf8.index(lower, offsetBy: pattern.count)
    }

    /// `text.contains(needle)`.
    static func contains(_ text: String, _ needle: String) -> Bool {
        guard !needle.isEmpty, isPlain(needle), isPlain(text) else { return text.contains(needle) }
        return range(of: needle, in: text[...]) != nil
    }

    /// `text.trimmingCharacters(in: .whitespaces)`.
    static func trimmingWhitespace(_ text: Substring) -> String {
        guard isPlain(text) else { return text.trimmingCharacters(in: .whitespaces) }
        let blank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = text.utf8.firstIndex(where: { !blank($0) }) else { return "" }
        let last = text.utf8.lastIndex(where: { !blank($0) })!
        return String(text[first...last])
    }
}
