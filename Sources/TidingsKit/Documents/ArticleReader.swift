#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file gave no article.
public struct ReadFailure: Error, Sendable, CustomStringConvertible {
    public var kind: ReadWarning.Kind
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }

    public init(kind: ReadWarning.Kind, path: String, reason: String) {
        self.kind = kind
        self.path = path
        self.reason = reason
    }

    /// Why a path that cannot be opened for want of a file gives no article: `otherwise`, or
    /// that it is a symbolic link whose target does not exist.
    static func missing(_ rawPath: UnsafePointer<CChar>, path: String, otherwise: String) -> ReadFailure {
        var link = stat()
        let dangling = lstat(rawPath, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK
        return ReadFailure(kind: .vanished, path: path,
                           reason: dangling ? "a symbolic link to nothing (its target does not exist)" : otherwise)
    }
}

/// Reads article files from disk: never follows a file past the size limit, never blocks on a
/// FIFO, and turns every failure into a `ReadFailure` with a clear reason.
public struct ArticleReader: Sendable {
    public static let defaultLimit = 5 * 1024 * 1024
    public var byteLimit: Int

    public init(byteLimit: Int = ArticleReader.defaultLimit) {
        self.byteLimit = byteLimit
    }

    /// The file's identity as the cache keeps it.
    public struct FileStamp: Hashable, Sendable {
        public var size: Int
        public var modifiedNanoseconds: Int64
        public var device: UInt64
        public var inode: UInt64
    }

    public struct Result: Sendable {
        public var article: Article
        public var stamp: FileStamp
        public var bytes: [UInt8]
    }

    public func read(path: String) throws(ReadFailure) -> Article {
        try readWithStamp(rawPath: Array(path.utf8CString)).article
    }

    /// Reads `rawPath` (the bytes the file system uses, NUL-terminated), which need not be UTF-8.
    public func readWithStamp(rawPath: [CChar]) throws(ReadFailure) -> Result {
        let bytesOfName = rawPath.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }
        let path = String(decoding: bytesOfName, as: UTF8.self)
        var warnings: [ReadWarning] = []
        if String(validating: bytesOfName, as: UTF8.self) == nil {
            warnings.append(ReadWarning(.nonUTF8Name, "the file name is not valid UTF-8"))
        }
        func fail(_ kind: ReadWarning.Kind, _ reason: String) -> ReadFailure {
            ReadFailure(kind: kind, path: path, reason: reason)
        }
        let fd = rawPath.withUnsafeBufferPointer { open($0.baseAddress!, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else {
            let code = errno
            switch code {
            case ENOENT:
                throw rawPath.withUnsafeBufferPointer { ReadFailure.missing($0.baseAddress!, path: path, otherwise: "no such file") }
            case ELOOP: throw fail(.symlinkLoop, "a loop of symbolic links")
            case EACCES, EPERM: throw fail(.unreadable, "permission denied")
            default: throw fail(.unreadable, String(cString: strerror(code)))
            }
        }
        defer { close(fd) }
        var before = stat()
        guard fstat(fd, &before) == 0 else { throw fail(.unreadable, String(cString: strerror(errno))) }
        guard (before.st_mode & S_IFMT) == S_IFREG else {
            throw fail(.notAFile, (before.st_mode & S_IFMT) == S_IFDIR ? "a folder, not a file" : "not a regular file")
        }
        var bytes = [UInt8](repeating: 0, count: min(Int(before.st_size), byteLimit) + 1)
        var count = 0
        while count < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw fail(.unreadable, String(cString: strerror(errno)))
            }
            if n == 0 { break }
            count += n
            if count == bytes.count, count <= byteLimit { bytes.append(contentsOf: repeatElement(0, count: 65536)) }
        }
        if count > byteLimit {
            warnings.append(ReadWarning(.truncated, "larger than \(byteLimit / 1024 / 1024) MiB: read up to the limit"))
            count = byteLimit
            // Cut at a character boundary, not inside a UTF-8 sequence.
            while count > 0, bytes[count] & 0xC0 == 0x80 { count -= 1 }
        }
        bytes.removeSubrange(count...)
        var after = stat()
        if fstat(fd, &after) == 0, after.st_size != before.st_size || after.st_mtim.tv_nsec != before.st_mtim.tv_nsec
            || after.st_mtim.tv_sec != before.st_mtim.tv_sec {
            warnings.append(ReadWarning(.changedWhileReading, "changed while being read"))
        }
        guard !bytes.isEmpty else { throw fail(.empty, "empty file") }
        let stamp = FileStamp(
            size: Int(after.st_size),
            modifiedNanoseconds: Int64(after.st_mtim.tv_sec) * 1_000_000_000 + Int64(after.st_mtim.tv_nsec),
            device: UInt64(after.st_dev), inode: UInt64(after.st_ino))
        let modified = Self.localDay(after.st_mtim.tv_sec)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if SavedPage.isPageName(name) {
            let article = try SavedPage.article(bytes: bytes, path: path, fileName: name, modified: modified,
                                                byteLimit: byteLimit, warnings: warnings)
            return Result(article: article, stamp: stamp, bytes: bytes)
        }
        guard let decoded = TextDecoder.decode(bytes) else {
            throw fail(.binary, "binary file (NUL bytes): skipped")
        }
        warnings.append(contentsOf: decoded.warnings)
        if let hidden = ControlCharacters.warning(decoded.scalars) { warnings.append(hidden) }
        let article = ArticleParser.parse(path: path, scalars: decoded.scalars, fileName: name,
                                          modified: modified, warnings: warnings)
        return Result(article: article, stamp: stamp, bytes: bytes)
    }

    /// The day a file was modified as its user's calendar shows it: in the local time zone, not UTC.
    static func localDay(_ seconds: time_t) -> CalendarDate {
        var time = seconds
        var parts = tm()
        guard localtime_r(&time, &parts) != nil else {
            return CalendarDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        }
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}

/// Control characters that must never reach a terminal, and their visible stand-ins.
public enum ControlCharacters {
    /// C0 controls other than tab, newline and carriage return; DEL; C1 controls.
    @inlinable
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (v >= 0x7F && v <= 0x9F)
    }

    /// The warning an article whose text holds such characters carries.
    static func warning(_ scalars: [Unicode.Scalar]) -> ReadWarning? {
        scalars.contains(where: isHidden)
            ? ReadWarning(.controlCharacters, "terminal control characters: shown as placeholders") : nil
    }

    /// The Control Pictures block shows C0 controls as visible symbols; others get a replacement.
    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
        if v == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"
    }
}
