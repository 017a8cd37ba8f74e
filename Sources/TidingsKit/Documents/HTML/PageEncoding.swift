#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A saved page's bytes as UTF-8 for the parser: in the charset the page declares (a byte-order
/// mark, `<meta charset>` or the HTTP-equiv `Content-Type`), else UTF-8, else Windows-1252.
enum PageEncoding {
    struct Converted {
        var utf8: [UInt8]
        var warnings: [ReadWarning]
    }

    /// nil for a binary file (NUL bytes outside UTF-16).
    static func utf8(_ bytes: [UInt8]) -> Converted? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return TextDecoder.decode(bytes).map { Converted(utf8: encode($0.scalars), warnings: $0.warnings) }
        }
        if bytes.contains(0) { return nil }
        var body = bytes[...]
        var warnings: [ReadWarning] = []
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = body.dropFirst(3)
            return fallback(body, warnings)
        }
        let declared = declaredCharset(body).map(canonical)
        let isUTF8 = isValidUTF8(body)
        guard let declared, declared != "utf-8" else { return fallback(body, warnings, valid: isUTF8) }
        if isUTF8, body.contains(where: { $0 >= 0x80 }) {
            // Multi-byte UTF-8 sequences almost never occur by chance in a single-byte charset:
            // the page's declaration is wrong.
            warnings.append(ReadWarning(.invalidUTF8, "declares the charset \(declared) but is UTF-8: read as UTF-8"))
            return Converted(utf8: Array(body), warnings: warnings)
        }
        if declared == "windows-1252" { return fallback(body, warnings, valid: isUTF8) }
        if let converted = iconvert(body, from: declared) { return Converted(utf8: converted, warnings: warnings) }
        warnings.append(ReadWarning(.invalidUTF8, "not in the charset it declares (\(declared))"))
        return fallback(body, warnings, valid: isUTF8)
    }

    /// UTF-8 when valid, else what the text reader makes of it (Windows-1252 when that reads
    /// cleanly, else UTF-8 with replacement characters).
    private static func fallback(_ body: ArraySlice<UInt8>, _ warnings: [ReadWarning], valid: Bool? = nil) -> Converted? {
        if valid ?? isValidUTF8(body) { return Converted(utf8: Array(body), warnings: warnings) }
        guard let decoded = TextDecoder.decode(body) else { return nil }
        return Converted(utf8: encode(decoded.scalars), warnings: warnings + decoded.warnings)
    }

    /// The HTML standard's prescan reduced to its result: the value after the first `charset=`
    /// among the first kilobytes, which is where `<meta charset>` and the HTTP-equiv
    /// `Content-Type` put it.
    static func declaredCharset(_ bytes: ArraySlice<UInt8>) -> String? {
        let head = Array(bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        let key = Array("charset".utf8)
        var i = head.startIndex
        while i + key.count < head.count {
            guard head[i] == key[0], head[i..<i + key.count].elementsEqual(key) else { i += 1; continue }
            var j = i + key.count
            while j < head.count, head[j] == 0x20 { j += 1 }
            guard j < head.count, head[j] == UInt8(ascii: "=") else { i = j; continue }
            j += 1
            while j < head.count, head[j] == 0x20 || head[j] == UInt8(ascii: "\"") || head[j] == UInt8(ascii: "'") { j += 1 }
            let name = head[j...].prefix { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F
                    || byte == 0x2E || byte == 0x3A
            }
            return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
        }
        return nil
    }

    /// The names browsers treat as one charset (the HTML standard's labels, in part).
    static func canonical(_ name: String) -> String {
        switch name {
        case "utf8", "utf-8", "unicode-1-1-utf-8": return "utf-8"
        case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252", "iso8859-1",
             "iso_8859-1": return "windows-1252"
        case "gb2312", "gbk", "x-gbk", "gb_2312-80": return "gb18030"
        case "ks_c_5601-1987", "euc-kr", "korean": return "cp949"
        case "shift_jis", "sjis", "x-sjis", "ms_kanji": return "cp932"
        default: return name
        }
    }

    private static func iconvert(_ bytes: ArraySlice<UInt8>, from charset: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", charset)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 || inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        output.removeSubrange(produced...)
        return output
    }

    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withContiguousStorageIfAvailable { String(validating: $0, as: UTF8.self) != nil }
            ?? (String(validating: bytes, as: UTF8.self) != nil)
    }

    static func encode(_ scalars: [Unicode.Scalar]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return bytes
    }
}
