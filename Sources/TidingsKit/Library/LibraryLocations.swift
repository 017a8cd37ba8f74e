#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a folder's cache and state live: one file each, named after the folder, under
/// `$XDG_CACHE_HOME/tidings/` and `$XDG_STATE_HOME/tidings/`.
public struct LibraryLocations: Sendable {
    public var cacheRoot: String
    public var stateRoot: String

    public init(cacheRoot: String, stateRoot: String) {
        self.cacheRoot = cacheRoot
        self.stateRoot = stateRoot
    }

    /// The XDG defaults: `~/.cache/tidings` and `~/.local/state/tidings`.
    public static func standard(environment: [String: String] = LibraryLocations.processEnvironment()) -> LibraryLocations {
        LibraryLocations(cacheRoot: xdgBase("XDG_CACHE_HOME", default: ".cache", environment: environment) + "/tidings",
                         stateRoot: xdgBase("XDG_STATE_HOME", default: ".local/state", environment: environment) + "/tidings")
    }

    /// The folder an XDG variable names, or `relative` under the home folder when it is unset,
    /// empty or relative: the XDG spec says relative values are invalid and must be ignored.
    public static func xdgBase(_ variable: String, default relative: String,
                               environment: [String: String] = LibraryLocations.processEnvironment()) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return home(environment: environment) + "/" + relative
    }

    /// `$HOME` when it is an absolute path, else the user's home folder in the password database.
    public static func home(environment: [String: String] = LibraryLocations.processEnvironment()) -> String {
        if let value = environment["HOME"], value.hasPrefix("/") { return value }
        if let entry = getpwuid(getuid()), let folder = entry.pointee.pw_dir, folder.pointee == UInt8(ascii: "/") {
            return String(cString: folder)
        }
        return "/"
    }

    public static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var cursor = environ
        while let entry = cursor.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            cursor += 1
        }
        return result
    }

    public func cacheFile(for folder: String) -> String { cacheRoot + "/" + Self.fileName(for: folder) }
    public func stateFile(for folder: String) -> String { stateRoot + "/" + Self.fileName(for: folder) }

    /// The folder's last name and a hash of its absolute path, so two folders never share a file
    /// and the name stays readable: `articles-3f9c0a1b22d4e5f6.sqlite`.
    static func fileName(for folder: String) -> String {
        let absolute = canonical(folder)
        let last = absolute.split(separator: "/").last.map(String.init) ?? "root"
        let readable = String(last.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && ((CharacterClass.isLetter(scalar) || CharacterClass.isDigit(scalar)) || scalar == "-" || scalar == "_")
                ? Character(scalar) : "_"
        }.prefix(40))
        let hash = ContentHash.of(Array(absolute.utf8))
        let hex = String(hash, radix: 16)
        return readable + "-" + String(repeating: "0", count: 16 - hex.count) + hex + ".sqlite"
    }

    /// The folder's absolute path with links resolved, or as given when it does not exist.
    static func canonical(_ folder: String) -> String {
        guard let resolved = realpath(folder, nil) else { return folder }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Makes `path` and its parents (private to the user unless `mode` says otherwise); true when
    /// it exists as a folder afterwards.
    public static func makeFolders(_ path: String, mode: mode_t = 0o700) -> Bool {
        var prefix = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += "/" + part
            if mkdir(prefix, mode) != 0, errno != EEXIST { return false }
        }
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
