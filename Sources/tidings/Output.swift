#if canImport(Glibc)
import Glibc
#endif
import TidingsKit

/// Buffered writing to standard output and standard error without Foundation.
struct OutputStream {
    private var buffer: [UInt8] = []
    private let fd: Int32

    static func standardOutput() -> OutputStream { OutputStream(fd: 1) }

    init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        var offset = 0
        while offset < buffer.count {
            let n = buffer[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                break
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// One line on standard error: `tidings: message`. Messages carry file names, which may hold
/// terminal control characters and line breaks: those are made visible, so the line stays one.
func warn(_ message: String) {
    var stream = OutputStream(fd: 2)
    stream.write("tidings: " + Visible.text(message) + "\n")
    stream.flush()
}

/// The raw bytes of the command-line arguments by their decoded text: ArgumentParser hands over
/// Strings, which lose the bytes of names that are not valid UTF-8.
func rawArguments() -> [String: [CChar]] {
    var raw: [String: [CChar]] = [:]
    for index in 1..<Int(CommandLine.argc) {
        guard let pointer = CommandLine.unsafeArgv[index] else { continue }
        let length = strlen(pointer)
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: length)
        raw[String(decoding: bytes, as: UTF8.self)] = Array(UnsafeBufferPointer(start: pointer, count: length + 1))
    }
    return raw
}
