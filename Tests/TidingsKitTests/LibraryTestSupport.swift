import Glibc
import XCTest
@testable import TidingsKit

/// A temporary folder of articles with its own cache and state roots, removed afterwards.
final class LibrarySandbox {
    let root: String
    let articles: String
    let locations: LibraryLocations

    init() {
        var template = Array("/tmp/tidings-library-test-XXXXXX".utf8CString)
        root = String(cString: mkdtemp(&template)!)
        articles = root + "/articles"
        locations = LibraryLocations(cacheRoot: root + "/cache", stateRoot: root + "/state")
        mkdir(articles, 0o755)
    }

    deinit {
        _ = LibrarySandbox.shell("chmod -R u+w '\(root)' 2>/dev/null; rm -rf '\(root)'")
    }

    func options(useCache: Bool = true, pollingInterval: Double? = nil) -> Library.Options {
        Library.Options(useCache: useCache, locations: locations, pollingInterval: pollingInterval)
    }

    var cacheFile: String { locations.cacheFile(for: articles) }
    var stateFile: String { locations.stateFile(for: articles) }

    static func article(title: String, day: Int = 1, body: String = "The council met on Monday.") -> String {
        "Title: \(title)\nDate: 2024-03-\(day < 10 ? "0" : "")\(day)\n\n\(body)\n"
    }

    /// Writes `text` to `relative` under the articles folder, making folders on the way.
    @discardableResult
    func write(_ relative: String, _ text: String) -> String {
        write(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) -> String {
        let path = articles + "/" + relative
        let folder = String(path[..<path.lastIndex(of: "/")!])
        if access(folder, F_OK) != 0 { _ = Self.shell("mkdir -p '\(folder)'") }
        let file = fopen(path, "w")!
        fwrite(bytes, 1, bytes.count, file)
        fclose(file)
        return path
    }

    @discardableResult
    static func shell(_ command: String) -> Int32 {
        var pid = pid_t()
        let arguments: [String] = ["/bin/sh", "-c", command]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return status
    }

    /// Every byte of every file under the articles folder, to show it was never written to.
    func articlesFingerprint() -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for file in FolderScanner.scan(articles).files {
            result[file.path] = (try? ArticleReader().readWithStamp(rawPath: file.rawPath).bytes) ?? []
        }
        return result
    }
}

extension Library {
    /// Every complete summary, by path, as a timeline builder reads them.
    func completeSummaries() -> [String: ArticleSummary] {
        var all: [String: ArticleSummary] = [:]
        forEachCompleteSlice { slice in for summary in slice { all[summary.path] = summary } }
        return all
    }
}

/// What a UI would show, kept up to date from a library's updates.
struct LibraryModel {
    var articles: [String: ArticleSummary] = [:]
    var notices: [String] = []
    var loadedCount = 0
    var scanned = false
    /// Paths of the files skipped, as last told.
    var skipped: [String] = []

    mutating func apply(_ updates: [LibraryUpdate]) {
        for update in updates {
            switch update {
            case .loaded(let all):
                loadedCount += 1
                articles = Dictionary(all.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
            case .added(let summary), .changed(let summary): articles[summary.path] = summary
            case .removed(let path): articles[path] = nil
            case .notice(let text): notices.append(text)
            case .scanned: scanned = true
            case .skipped(let files): skipped = files.map(\.path)
            }
        }
    }

    var titles: Set<String> { Set(articles.values.map(\.title)) }

    /// Waits on the library's wake-up descriptor, as the UI loop does, until `condition` holds.
    @discardableResult
    mutating func wait(for library: Library, seconds: Double = 15, until condition: (LibraryModel) -> Bool) -> Bool {
        let deadline = Library.monotonicSeconds() + seconds
        while true {
            apply(library.drainUpdates())
            if condition(self) { return true }
            guard Library.monotonicSeconds() < deadline else { return false }
            var fd = pollfd(fd: library.wakeFileDescriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&fd, 1, 100)
        }
    }

    /// Waits until nothing new has arrived for `quiet` seconds.
    mutating func settle(_ library: Library, quiet: Double = 0.6) {
        var last = Library.monotonicSeconds()
        while Library.monotonicSeconds() - last < quiet {
            var fd = pollfd(fd: library.wakeFileDescriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&fd, 1, 50)
            let updates = library.drainUpdates()
            if !updates.isEmpty { last = Library.monotonicSeconds() }
            apply(updates)
        }
    }
}
