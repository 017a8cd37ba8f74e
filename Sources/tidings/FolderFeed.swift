#if canImport(Glibc)
import Glibc
#endif
import TidingsKit
import TidingsUI

/// The articles of a folder for the reader: read and analysed on a background thread, then
/// rescanned a few times a second; changes are queued as `FeedUpdate`s and announced on a
/// wake-up pipe that the event loop polls. Nothing is ever written into the folder.
final class FolderFeed: @unchecked Sendable {
    let folder: String
    let store = MemoryArticleStore()
    private let lock = Lock()
    // Guarded by `lock`.
    private var pending: [FeedUpdate] = []
    private var stopped = false
    private var wakeRead: Int32 = -1
    private var wakeWrite: Int32 = -1
    private let interval: useconds_t

    init(folder: String, rescanMilliseconds: Int = 300) {
        self.folder = folder
        interval = useconds_t(rescanMilliseconds * 1000)
        var fds: [Int32] = [0, 0]
        if pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
            wakeRead = fds[0]
            wakeWrite = fds[1]
        }
    }

    /// Readable when updates are waiting.
    var wakeFileDescriptor: Int32 { wakeRead }

    func start() {
        var thread = pthread_t()
        let box = Unmanaged.passRetained(self)
        pthread_create(&thread, nil, { raw in
            let feed = Unmanaged<FolderFeed>.fromOpaque(raw!).takeRetainedValue()
            feed.run()
            return nil
        }, box.toOpaque())
        pthread_detach(thread)
    }

    func stop() { lock.locked { stopped = true } }

    func drainUpdates() -> [FeedUpdate] {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(wakeRead, &buffer, buffer.count) > 0 {}
        return lock.locked {
            defer { pending.removeAll() }
            return pending
        }
    }

    private func post(_ updates: [FeedUpdate]) {
        guard !updates.isEmpty else { return }
        lock.locked { pending += updates }
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    private struct Stamp: Equatable {
        var size: Int
        var modified: Int64
    }

    private func stamp(_ file: FolderScanner.File) -> Stamp? {
        var info = stat()
        guard stat(file.rawPath, &info) == 0 else { return nil }
        return Stamp(size: Int(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    private func load(_ file: FolderScanner.File, analyzer: Analyzer) -> ArticleSummary? {
        guard let article = try? ArticleReader().readWithStamp(rawPath: file.rawPath).article else { return nil }
        let entry = CorpusEntry(article: article, analysis: analyzer.analyze(article))
        store.put(entry)
        return ArticleSummary(article: entry.article, analysis: entry.analysis)
    }

    private func run() {
        let analyzer = Analyzer()
        var known: [String: Stamp] = [:]
        let listing = FolderScanner.scan(folder)
        var summaries: [ArticleSummary] = []
        for file in listing.files {
            if lock.locked({ stopped }) { return }
            guard let stamp = stamp(file), let summary = load(file, analyzer: analyzer) else { continue }
            known[file.path] = stamp
            summaries.append(summary)
        }
        var first: [FeedUpdate] = [.loaded(summaries)]
        if !listing.failures.isEmpty {
            first.append(.notice("\(listing.failures.count) file(s) could not be read: \(listing.failures[0])"))
        }
        post(first)
        while !lock.locked({ stopped }) {
            usleep(interval)
            var updates: [FeedUpdate] = []
            var seen = Set<String>()
            for file in FolderScanner.scan(folder).files {
                seen.insert(file.path)
                guard let stamp = stamp(file), known[file.path] != stamp else { continue }
                let isNew = known[file.path] == nil
                known[file.path] = stamp
                guard let summary = load(file, analyzer: analyzer) else { continue }
                updates.append(isNew ? .added(summary) : .changed(summary))
            }
            for path in known.keys where !seen.contains(path) {
                known[path] = nil
                store.remove(path: path)
                updates.append(.removed(path: path))
            }
            post(updates)
        }
    }
}
