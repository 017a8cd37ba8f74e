/// Case-insensitive matching over scalars, for search in an article.
public enum TextSearch {
    /// Lower-cases ASCII and the simple one-scalar mappings, keeping offsets aligned.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 {
            return scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 32)! : scalar
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    /// The ranges where `needle` (already folded) occurs in `text`.
    public static func ranges(of needle: [Unicode.Scalar], in text: [Unicode.Scalar], limit: Int = .max) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        let folded = needle.map(fold)
        var found: [Range<Int>] = []
        var i = 0
        while i + folded.count <= text.count, found.count < limit {
            if fold(text[i]) == folded[0] {
                var j = 1
                while j < folded.count, fold(text[i + j]) == folded[j] { j += 1 }
                if j == folded.count {
                    found.append(i..<i + j)
                    i += j
                    continue
                }
            }
            i += 1
        }
        return found
    }
}
