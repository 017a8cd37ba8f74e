import CLibXML2

/// Pages saved as `.html.gz`: inflated with zlib, never past a limit (a small file may unpack
/// into gigabytes).
enum Gzip {
    struct Inflated {
        var bytes: [UInt8]
        /// The unpacked page was longer than the limit: cut there.
        var truncated: Bool
    }

    /// The unpacked bytes of a gzip stream; nil when it is not one or is damaged before any
    /// output. A stream cut short keeps what was unpacked.
    static func inflate(_ packed: [UInt8], limit: Int) -> Inflated? {
        var stream = z_stream()
        guard tidings_inflate_init_gzip(&stream) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: min(limit, max(packed.count * 4, 65_536)) + 1)
        var produced = 0
        var status = Z_OK
        packed.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while status == Z_OK, produced <= limit {
                if produced == output.count {
                    output.append(contentsOf: repeatElement(0, count: min(output.count, limit + 1 - produced)))
                }
                output.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress! + produced
                    stream.avail_out = UInt32(out.count - produced)
                    status = CLibXML2.inflate(&stream, Z_NO_FLUSH)
                    produced = out.count - Int(stream.avail_out)
                }
                if status == Z_BUF_ERROR, stream.avail_in == 0 { break }
                if status == Z_BUF_ERROR { status = Z_OK }
            }
        }
        guard produced > 0 || status == Z_STREAM_END else { return nil }
        let truncated = produced > limit
        output.removeSubrange(min(produced, limit)...)
        return Inflated(bytes: output, truncated: truncated)
    }
}
