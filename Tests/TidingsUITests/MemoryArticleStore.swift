#if canImport(Glibc)
import Glibc
#endif
import TidingsKit
import TidingsUI

/// Articles held in memory for tests, with case-insensitive search over titles and text.
final class MemoryArticleStore: ArticleStore, @unchecked Sendable {
    // Guarded by `lock`: a loader thread adds entries while the reader looks them up.
    private var entries: [String: CorpusEntry] = [:]
    private var order: [String] = []
    private let lock = Lock()

    init(entries: [CorpusEntry] = []) {
        for entry in entries { put(entry) }
    }

    func put(_ entry: CorpusEntry) {
        lock.locked {
            if entries.updateValue(entry, forKey: entry.article.path) == nil { order.append(entry.article.path) }
        }
    }

    func remove(path: String) {
        lock.locked {
            if entries.removeValue(forKey: path) != nil { order.removeAll { $0 == path } }
        }
    }

    func entry(path: String) -> CorpusEntry? { lock.locked { entries[path] } }

    /// How many pieces of text were asked for.
    private(set) var textReads = 0

    func text(path: String, start: Int, end: Int) -> String? {
        lock.locked { textReads += 1 }
        guard let entry = entry(path: path), start >= 0, start <= end, end <= entry.article.scalars.count else { return nil }
        return entry.article.text(start..<end)
    }

    /// Paths marked read.
    var readPaths: Set<String> = []

    func isRead(_ path: String) -> Bool { lock.locked { readPaths.contains(path) } }
    func readArticles() -> Set<String> { lock.locked { readPaths } }

    func search(_ query: String, limit: Int) -> [String] {
        let needle = Array(query.lowercased().unicodeScalars)
        guard !needle.isEmpty else { return [] }
        let snapshot = lock.locked { order.compactMap { entries[$0] } }
        var titleHits: [String] = []
        var bodyHits: [String] = []
        for entry in snapshot where titleHits.count < limit {
            if !TextSearch.ranges(of: needle, in: Array(entry.article.title.unicodeScalars), limit: 1).isEmpty {
                titleHits.append(entry.article.path)
            } else if !TextSearch.ranges(of: needle, in: entry.article.scalars, limit: 1).isEmpty {
                bodyHits.append(entry.article.path)
            }
        }
        return Array((titleHits + bodyHits).prefix(limit))
    }
}

/// A mutex for the few places threads share state.
final class Lock: @unchecked Sendable {
    private var mutex = pthread_mutex_t()

    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }

    func locked<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}
