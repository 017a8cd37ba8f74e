#if canImport(Glibc)
import Glibc
#endif
import TidingsKit

/// Where the reader looks for things: XDG folders, and files installed or built beside the
/// executable.
enum ReaderPaths {
    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    static var home: String { LibraryLocations.home() }

    static func xdg(_ variable: String, default relative: String) -> String {
        LibraryLocations.xdgBase(variable, default: relative)
    }

    static var configFile: String { xdg("XDG_CONFIG_HOME", default: ".config") + "/tidings/config.toml" }
    static var userThemes: String { xdg("XDG_CONFIG_HOME", default: ".config") + "/tidings/themes" }
    static var defaultArticles: String { xdg("XDG_DATA_HOME", default: ".local/share") + "/tidings/articles" }
    /// Where `tidings demo` copies its articles: disposable, like the cache.
    static var demoCopy: String { xdg("XDG_CACHE_HOME", default: ".cache") + "/tidings/demo" }

    /// `~/news` for `/home/me/news`.
    static func label(_ path: String) -> String {
        let home = self.home
        if home != "/", path == home || path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }

    static func expandingTilde(_ path: String) -> String {
        path == "~" || path.hasPrefix("~/") ? home + path.dropFirst() : path
    }

    /// The folder of the running executable.
    static var executableFolder: String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return "." }
        let path = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
    }

    /// The first of the executable's folder and its parents that holds `relative`.
    static func besideExecutable(_ relative: String, levels: Int = 5) -> String? {
        var folder = executableFolder
        for _ in 0...levels {
            if access(folder + "/" + relative, F_OK) == 0 { return folder + "/" + relative }
            guard let slash = folder.lastIndex(of: "/"), !folder.isEmpty else { break }
            folder = String(folder[..<slash])
        }
        return nil
    }

    /// Theme folders in search order: the user's, then the installed or source tree's.
    static var themeFolders: [(path: String, origin: String)] {
        var folders = [(userThemes, "user")]
        if let installed = besideExecutable("share/tidings/themes") { folders.append((installed, "installed")) }
        if let tree = besideExecutable("themes") { folders.append((tree, "source tree")) }
        return folders
    }

    /// The bundled demo articles: SwiftPM's resource folder beside the executable, or the
    /// installed copy.
    static var demoFolder: String? {
        besideExecutable("Tidings_tidings.resources/demo", levels: 0) ?? besideExecutable("share/tidings/demo")
    }

    /// Makes a folder of articles and its parents, open to others as folders usually are.
    static func makeFolders(_ path: String) -> Bool { LibraryLocations.makeFolders(path, mode: 0o755) }
}
