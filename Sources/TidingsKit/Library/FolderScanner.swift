#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the article files under a folder, recursively: survives unreadable folders, symbolic
/// link loops and names that are not UTF-8, and reports each problem instead of stopping.
public enum FolderScanner {
    public struct File: Hashable, Sendable {
        /// The path as the file system has it (NUL-terminated bytes, not always UTF-8).
        public var rawPath: [CChar]
        /// The path for display and as a key: the bytes decoded as UTF-8 with replacement.
        public var path: String
        /// Size and modification time when listed: with the path, the file's identity.
        public var size: Int = 0
        public var modifiedNanoseconds: Int64 = 0
        /// The inode's change time, which nobody can set: a file replaced by another of the same
        /// size and modification time still differs in it.
        public var changedNanoseconds: Int64 = 0
    }

    public struct Listing: Sendable {
        public var files: [File]
        public var failures: [ReadFailure]
    }

    public static let extensions: Set<String> = ["txt", "md", "text", "markdown"]

    /// Whether a file name is an article's: `.txt`, `.md`, `.text`, no extension or a saved web
    /// page (`.html`, `.htm`, `.xhtml`, `.html.gz`), not hidden,
    /// not an editor's temporary file.
    public static func isArticleName(_ name: String) -> Bool {
        guard !name.hasPrefix("."), !name.hasSuffix("~"), !name.hasPrefix("#") else { return false }
        if SavedPage.isPageName(name) { return true }
        guard let dot = name.lastIndex(of: ".") else { return true }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    public static func scan(_ root: String) -> Listing {
        scan(rawPath: Array(root.utf8CString))
    }

    /// Lists the folder at `rawPath` (the bytes the file system uses, NUL-terminated).
    public static func scan(rawPath root: [CChar]) -> Listing {
        var listing = Listing(files: [], failures: [])
        var visited = Set<[UInt64]>()
        walk(root, depth: 0, visited: &visited, into: &listing)
        listing.files.sort { $0.path < $1.path }
        return listing
    }

    static let maxDepth = 64

    private static func walk(_ folder: [CChar], depth: Int, visited: inout Set<[UInt64]>, into listing: inout Listing) {
        let display = decode(folder)
        var info = stat()
        guard stat(folder, &info) == 0 else {
            listing.failures.append(failure(errno, folder, display))
            return
        }
        // A folder reached twice (through a link) is a loop: list it once.
        guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { return }
        guard depth < maxDepth else {
            listing.failures.append(ReadFailure(kind: .symlinkLoop, path: display, reason: "folders nested too deep"))
            return
        }
        guard let dir = opendir(folder) else {
            listing.failures.append(failure(errno, folder, display))
            return
        }
        defer { closedir(dir) }
        var base = Array(folder.dropLast())
        if base.last != CChar(UInt8(ascii: "/")) { base.append(CChar(UInt8(ascii: "/"))) }
        let folderDescriptor = dirfd(dir)
        while let entry = readdir(dir) {
            let name: [CChar] = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.bindMemory(to: CChar.self)
                return Array(bytes.prefix(while: { $0 != 0 }) + [0])
            }
            if name == [46, 0] || name == [46, 46, 0] { continue }  // "." and ".."
            let nameString = decode(name)
            let child = base + name
            var childInfo = stat()
            // Relative to the open folder: the kernel does not walk the whole path again.
            if fstatat(folderDescriptor, name, &childInfo, 0) != 0 {
                let code = errno
                if FolderScanner.isArticleName(nameString) || code == ELOOP {
                    listing.failures.append(failure(code, child, decode(child)))
                }
                continue
            }
            switch childInfo.st_mode & S_IFMT {
            case S_IFDIR:
                if !nameString.hasPrefix(".") { walk(child, depth: depth + 1, visited: &visited, into: &listing) }
            case S_IFREG:
                if isArticleName(nameString) {
                    listing.files.append(File(rawPath: child, path: decode(child), size: Int(childInfo.st_size),
                                              modifiedNanoseconds: modifiedNanoseconds(childInfo),
                                              changedNanoseconds: changedNanoseconds(childInfo)))
                }
            default:
                continue
            }
        }
    }

    static func modifiedNanoseconds(_ info: stat) -> Int64 {
        Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    static func changedNanoseconds(_ info: stat) -> Int64 {
        Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }

    static func decode(_ raw: [CChar]) -> String {
        raw.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt8.self) { bytes in
                String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(bytes.firstIndex(of: 0) ?? bytes.count)]), as: UTF8.self)
            }
        }
    }

    static func failure(_ code: Int32, _ raw: [CChar], _ path: String) -> ReadFailure {
        switch code {
        case ELOOP: return ReadFailure(kind: .symlinkLoop, path: path, reason: "a loop of symbolic links")
        case EACCES, EPERM: return ReadFailure(kind: .unreadable, path: path, reason: "permission denied")
        case ENOENT:
            return raw.withUnsafeBufferPointer { ReadFailure.missing($0.baseAddress!, path: path, otherwise: "vanished while being listed") }
        default: return ReadFailure(kind: .unreadable, path: path, reason: String(cString: strerror(code)))
        }
    }
}
