/// Fast scalar classification: ASCII by table, the rest through Unicode properties.
public enum CharacterClass {
    /// The scalar of well-formed UTF-8 (a Swift string's) that starts at `index`, and its length
    /// in bytes; past the end, a space of length 1, so that a word running to the end ends.
    @inline(__always)
    static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        guard index < utf8.count else { return (" ", 1) }
        let byte = utf8[index]
        if byte < 0x80 { return (Unicode.Scalar(byte), 1) }
        let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        var value = UInt32(byte) & (0x7F >> length)
        for next in index + 1..<index + length { value = value << 6 | UInt32(utf8[next] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    @inlinable
    public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }

    @inlinable
    public static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x30 && s.value <= 0x39
    }

    @inlinable
    public static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return isDigit(s) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
        if v == 0xFFFD { return false }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    @inlinable
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return s.properties.isWhitespace
    }

    @inlinable
    public static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inlinable
    public static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    @inlinable
    public static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}"
    }

    @inlinable
    public static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    /// ASCII lowercase of a scalar; other scalars unchanged.
    @inlinable
    public static func lowerASCII(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v | 0x20)! : s
    }
}
