/// Turns a file's bytes into Unicode scalars: UTF-8 when valid, Windows-1252 when that reads
/// cleanly, else UTF-8 with replacement characters; UTF-16 when it opens with its byte-order mark.
/// A leading byte-order mark is dropped.
///
/// Windows-1252 reads cleanly when it defines every byte and the bytes do not look like UTF-8 with
/// a few bad ones: UTF-8 text with one stray byte keeps its "’" and "—" rather than turning every
/// one of them into "â€™".
public enum TextDecoder {
    public struct Decoded: Sendable {
        public var scalars: [Unicode.Scalar]
        public var warnings: [ReadWarning]
    }

    /// Bytes in 0x80...0x9F that Windows-1252 leaves undefined.
    private static let cp1252Undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Decodes `bytes`; nil when they hold NUL bytes (a binary file).
    public static func decode<C: Collection>(_ bytes: C) -> Decoded? where C.Element == UInt8 {
        if let text = utf16(bytes) { return text }
        if bytes.contains(0) { return nil }
        var warnings: [ReadWarning] = []
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = body.dropFirst(3)
            warnings.append(ReadWarning(.byteOrderMark, "a byte-order mark was removed"))
        }
        if let scalars = strictUTF8(body) {
            return Decoded(scalars: scalars, warnings: warnings)
        }
        if !body.contains(where: { cp1252Undefined.contains($0) }), !mostlyUTF8(body) {
            warnings.append(ReadWarning(.windows1252, "not UTF-8: decoded as Windows-1252"))
            let scalars = body.map { byte -> Unicode.Scalar in
                byte >= 0x80 && byte <= 0x9F
                    ? Unicode.Scalar(cp1252High[Int(byte) - 0x80])!
                    : Unicode.Scalar(byte)
            }
            return Decoded(scalars: scalars, warnings: warnings)
        }
        warnings.append(ReadWarning(.invalidUTF8, "invalid UTF-8: bad bytes shown as \u{FFFD}"))
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(body.count)
        _ = transcode(body.makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: false) {
            scalars.append(Unicode.Scalar($0)!)
        }
        return Decoded(scalars: scalars, warnings: warnings)
    }

    /// Whether valid multi-byte UTF-8 sequences outnumber the bytes that are not UTF-8. Text written
    /// in Windows-1252 almost never holds one: a lead byte (Ã, é) followed by the exact continuation
    /// bytes UTF-8 wants is rare in real words.
    static func mostlyUTF8<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var valid = 0, invalid = 0
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): if encoded.count > 1 { valid += 1 }
            case .error(let length): invalid += length
            case .emptyInput: return valid > invalid
            }
        }
    }

    /// Text saved as UTF-16 with its byte-order mark (Windows editors' "Unicode"): the NUL bytes
    /// of its ASCII letters are no sign of a binary file. nil for anything else, and for UTF-16
    /// that holds NUL characters.
    static func utf16<C: Collection>(_ bytes: C) -> Decoded? where C.Element == UInt8 {
        let littleEndian: Bool
        if bytes.starts(with: [0xFF, 0xFE]) { littleEndian = true }
        else if bytes.starts(with: [0xFE, 0xFF]) { littleEndian = false }
        else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var iterator = bytes.dropFirst(2).makeIterator()
        // An odd last byte (a file cut at the size limit) is half a unit: left out.
        while let first = iterator.next(), let second = iterator.next() {
            units.append(littleEndian ? UInt16(first) | UInt16(second) << 8 : UInt16(first) << 8 | UInt16(second))
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(units.count)
        let damaged = transcode(units.makeIterator(), from: UTF16.self, to: UTF32.self, stoppingOnError: false) {
            scalars.append(Unicode.Scalar($0)!)
        }
        if scalars.contains("\0") { return nil }
        var warnings = [ReadWarning(.utf16, "UTF-16: decoded, its byte-order mark removed")]
        if damaged { warnings.append(ReadWarning(.invalidUTF16, "invalid UTF-16: bad units shown as \u{FFFD}")) }
        return Decoded(scalars: scalars, warnings: warnings)
    }

    private static func strictUTF8<C: Collection>(_ bytes: C) -> [Unicode.Scalar]? where C.Element == UInt8 {
        if !bytes.contains(where: { $0 >= 0x80 }) { return bytes.map { Unicode.Scalar($0) } }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): scalars.append(UTF8.decode(encoded))
            case .emptyInput: return scalars
            case .error: return nil
            }
        }
    }
}
