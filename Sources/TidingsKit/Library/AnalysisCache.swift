#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation
import GRDB

/// A folder's disposable cache: for each file its identity (path relative to the folder, size,
/// modification time, content hash), its analysis in the binary forms of `AnalysisCodec`, and an
/// FTS5 index of titles and texts. The text kept in the index also keeps loaded articles
/// readable when their files go away.
final class AnalysisCache: @unchecked Sendable {
    /// What the cache knows of one file.
    struct Record: Sendable {
        var size: Int
        var modifiedNanoseconds: Int64
        /// The change time when the file was last listed (see `FolderScanner.File`).
        var changedNanoseconds: Int64
        var hash: UInt64
        /// Nil for a file that gave no article.
        var summary: ArticleSummary? {
            get { box?.summary }
            set { box = newValue.map(SummaryBox.init) }
        }
        var failure: String?
        /// Records are copied and moved by the hundred thousand, and a summary holds a dozen
        /// references: boxed, a copy retains one.
        private var box: SummaryBox?

        init(size: Int, modifiedNanoseconds: Int64, changedNanoseconds: Int64, hash: UInt64, summary: ArticleSummary?,
             failure: String?) {
            self.size = size
            self.modifiedNanoseconds = modifiedNanoseconds
            self.changedNanoseconds = changedNanoseconds
            self.hash = hash
            self.failure = failure
            self.summary = summary
        }
    }

    private final class SummaryBox: Sendable {
        let summary: ArticleSummary

        init(_ summary: ArticleSummary) { self.summary = summary }
    }

    /// One change to store.
    enum Change: Sendable {
        case analysed(path: String, size: Int, modified: Int64, changed: Int64, hash: UInt64, summary: [UInt8],
                      taggings: [UInt8], title: String, text: String)
        /// Same content under a new size or time (a touch, a save without edits).
        case restamped(path: String, size: Int, modified: Int64, changed: Int64)
        case failed(path: String, size: Int, modified: Int64, changed: Int64, reason: String)
        case removed(path: String)

        var path: String {
            switch self {
            case .analysed(let path, _, _, _, _, _, _, _, _), .restamped(let path, _, _, _), .failed(let path, _, _, _, _),
                 .removed(let path):
                path
            }
        }
    }

    enum Opening {
        case opened(AnalysisCache, notice: String?)
        case bypassed(notice: String)
    }

    let file: String
    private let pool: DatabasePool
    /// Raise when the tables change; the analysis has its own version.
    static let schemaVersion = 2
    static let version = "tidings-cache \(schemaVersion).\(AnalysisCodec.formatVersion)"

    private init(file: String, pool: DatabasePool) {
        self.file = file
        self.pool = pool
    }

    /// Opens the cache at `file`, making it when missing; a cache that is damaged or from another
    /// version is rebuilt; one that is read-only, locked or cannot be made is bypassed.
    static func open(file: String) -> Opening {
        let folder = String(file[..<(file.lastIndex(of: "/") ?? file.startIndex)])
        guard LibraryLocations.makeFolders(folder) else {
            return .bypassed(notice: "cache: cannot create \(folder); working without a cache")
        }
        if isMarkedReadOnly(file) || isMarkedReadOnly(folder) {
            return .bypassed(notice: "cache: \(file) is read-only; working without a cache")
        }
        switch attempt(file) {
        case .success(let cache): return .opened(cache, notice: nil)
        case .failure(.locked):
            return .bypassed(notice: "cache: \(file) is locked by another process; working without a cache")
        case .failure(.otherVersion):
            // The version row decides; dropping tables in place keeps a second reader working.
            if case .success(let cache) = attempt(file, rebuild: true) {
                return .opened(cache, notice: "cache: made by another version of Tidings; rebuilding it")
            }
        case .failure(.unusable(let reason)):
            if reason == "damaged" || reason == "not a database" {
                remove(file)
                if case .success(let cache) = attempt(file) {
                    return .opened(cache, notice: "cache: \(file) was \(reason); rebuilding it")
                }
            }
            return .bypassed(notice: "cache: \(file): \(reason); working without a cache")
        }
        return .bypassed(notice: "cache: \(file) cannot be rebuilt; working without a cache")
    }

    enum Problem: Error, Equatable {
        case locked, otherVersion, unusable(String)
    }

    static func problem(_ error: any Error) -> Problem {
        guard let error = error as? DatabaseError else { return .unusable("\(error)") }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked
        case .SQLITE_CORRUPT: return .unusable("damaged")
        case .SQLITE_NOTADB: return .unusable("not a database")
        case .SQLITE_FULL: return .unusable("the disk is full")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: return .unusable("cannot be written")
        default: return .unusable(error.message ?? "error \(error.resultCode.rawValue)")
        }
    }

    private static func attempt(_ file: String, rebuild: Bool = false) -> Result<AnalysisCache, Problem> {
        var configuration = Configuration()
        configuration.busyMode = .timeout(2)
        configuration.label = "tidings-cache"
        configuration.prepareDatabase { db in
            // A disposable cache: a crashed process loses nothing it needs, so no fsync.
            try db.execute(sql: "PRAGMA synchronous = OFF")
        }
        do {
            let pool = try DatabasePool(path: file, configuration: configuration)
            let stored = try pool.read { db in
                try db.tableExists("meta")
                    ? try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'version'") : nil
            }
            if stored != version {
                if stored != nil && !rebuild { return .failure(.otherVersion) }
                try pool.write { db in
                    for table in ["search", "files", "meta"] { try db.execute(sql: "DROP TABLE IF EXISTS \(table)") }
                    // The index knows which files hold a word, not where (detail = none): search
                    // matches words, never phrases, and the index costs a fraction to build.
                    try db.execute(sql: """
                        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                        CREATE TABLE files(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,
                            mtime INTEGER NOT NULL, ctime INTEGER NOT NULL, hash INTEGER NOT NULL, summary BLOB, taggings BLOB, failure TEXT);
                        CREATE VIRTUAL TABLE search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2',
                            detail = none, columnsize = 0);
                        """)
                    try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('version', ?)", arguments: [version])
                }
            }
            return .success(AnalysisCache(file: file, pool: pool))
        } catch {
            return .failure(problem(error))
        }
    }

    /// A file or folder whose mode grants nobody write access: honoured even for root, who could
    /// write it anyway.
    private static func isMarkedReadOnly(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & 0o222 == 0
    }

    static func remove(_ file: String) {
        for suffix in ["", "-wal", "-shm"] { unlink(file + suffix) }
    }

    /// Every file the cache knows, under its full path (`base`, the folder with a trailing
    /// slash, before the stored relative path), with list rows for summaries unless `complete`.
    /// Parts of the table are read and decoded on every core, each on its own connection.
    func records(base: String, complete: Bool) throws -> [(path: String, record: Record)] {
        let highest = try highestID()
        // Ids are dense; a damaged maximum only costs the parallel reading.
        let plausible = highest > 0 && highest < 1 << 32
        let parts = plausible ? Int(max(1, min(Int64(ProcessInfo.processInfo.activeProcessorCount), highest / 1024))) : 1
        let results = Parts(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let ids = plausible ? highest * Int64(part) / Int64(parts)..<highest * Int64(part + 1) / Int64(parts)
                : Int64.min..<Int64.min
            results.store(Result { try records(base: base, complete: complete, ids: ids, last: part == parts - 1) },
                          part: part)
        }
        var all: [(path: String, record: Record)] = []
        all.reserveCapacity(plausible ? Int(highest) : 0)
        for part in results.values { all += try part!.get() }
        return all
    }

    /// The highest id a file has had: ids are dense, from 1.
    func highestID() throws -> Int64 {
        try pool.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM files") } ?? 0
    }

    /// The records with an id above `ids.lowerBound` and up to `ids.upperBound`, or beyond it when `last`.
    func records(base: String, complete: Bool, ids: Range<Int64>, last: Bool) throws -> [(path: String, record: Record)] {
        try pool.read { db in
            var records: [(path: String, record: Record)] = []
            records.reserveCapacity(min(ids.count, 1 << 20))
            let rows = try Row.fetchCursor(db, sql: """
                SELECT path, size, mtime, ctime, hash, summary, failure FROM files WHERE id > ? AND (id <= ? OR ?)
                """, arguments: [ids.lowerBound, ids.upperBound, last])
            var strings = StringInterner()
            while let row = try rows.next() {
                let path = base + (row[0] as String)
                var record = Record(size: row[1], modifiedNanoseconds: row[2], changedNanoseconds: row[3],
                                    hash: UInt64(bitPattern: row[4]), summary: nil, failure: row[6])
                var hasSummary = false
                var summary: ArticleSummary?
                try row.withUnsafeData(atIndex: 5) { blob in
                    guard let blob else { return }
                    hasSummary = true
                    summary = Self.decode(blob, path: path, complete: complete, sharing: &strings)
                }
                if hasSummary {
                    // A damaged row is left out: the file is analysed again.
                    guard let summary else { continue }
                    record.summary = summary
                }
                records.append((path, record))
            }
            return records
        }
    }

    /// A summary from its stored bytes. A list row comes first in them: it is decoded from a
    /// copy of the first few hundred bytes, unless a long title or many headlines need them all.
    private static func decode(_ blob: Data, path: String, complete: Bool, sharing strings: inout StringInterner)
        -> ArticleSummary? {
        if !complete, blob.count > listRowBytes,
           let row = try? AnalysisCodec.decodeSummary([UInt8](blob.prefix(listRowBytes)), path: path, listRow: true,
                                                      sharing: &strings) {
            return row
        }
        return try? AnalysisCodec.decodeSummary([UInt8](blob), path: path, listRow: !complete, sharing: &strings)
    }

    static let listRowBytes = 512

    /// Results of parts of a job done on several threads.
    private final class Parts: @unchecked Sendable {
        private(set) var values: [Result<[(path: String, record: Record)], any Error>?]
        private let lock = NSLock()

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func store(_ value: Result<[(path: String, record: Record)], any Error>, part: Int) {
            lock.lock()
            values[part] = value
            lock.unlock()
        }
    }

    /// Stores a batch of changes in one transaction. FTS5 writes out its pending terms whenever
    /// a statement on another table opens a savepoint in the transaction, which costs more than
    /// the indexing itself when the two alternate: so every removal from the index comes first,
    /// then the rows, then every addition to the index.
    func apply(_ batch: [Change]) throws {
        let changes = Self.lastOfEachPath(batch)
        try pool.write { db in
            let idOf = try db.cachedStatement(sql: "SELECT id FROM files WHERE path = ?")
            let unindex = try db.cachedStatement(sql: "DELETE FROM search WHERE rowid = ?")
            var previous: [Int64?] = []
            previous.reserveCapacity(changes.count)
            for change in changes {
                switch change {
                case .analysed, .failed, .removed:
                    let id = try Int64.fetchOne(idOf, arguments: [change.path])
                    if let id { try unindex.execute(arguments: [id]) }
                    previous.append(id)
                case .restamped:
                    previous.append(nil)
                }
            }

            let upsert = try db.cachedStatement(sql: """
                INSERT INTO files(path, size, mtime, ctime, hash, summary, taggings, failure) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, ctime = excluded.ctime,
                    hash = excluded.hash,
                    summary = excluded.summary, taggings = excluded.taggings, failure = excluded.failure
                RETURNING id
                """)
            let restamp = try db.cachedStatement(sql: "UPDATE files SET size = ?, mtime = ?, ctime = ? WHERE path = ?")
            let delete = try db.cachedStatement(sql: "DELETE FROM files WHERE id = ?")
            var indexed: [(id: Int64, title: String, text: String)] = []
            for (change, previous) in zip(changes, previous) {
                switch change {
                case let .analysed(path, size, modified, changed, hash, summary, taggings, title, text):
                    guard let id = try Int64.fetchOne(upsert, arguments: [
                        path, size, modified, changed, Int64(bitPattern: hash), Data(summary), Data(taggings), nil,
                    ]) else { continue }
                    indexed.append((id, title, text))
                case let .restamped(path, size, modified, changed):
                    try restamp.execute(arguments: [size, modified, changed, path])
                case let .failed(path, size, modified, changed, reason):
                    _ = try Int64.fetchOne(upsert, arguments: [path, size, modified, changed, 0, nil, nil, reason])
                case .removed:
                    if let previous { try delete.execute(arguments: [previous]) }
                }
            }

            let index = try db.cachedStatement(sql: "INSERT INTO search(rowid, title, body) VALUES (?, ?, ?)")
            for (id, title, text) in indexed { try index.execute(arguments: [id, title, text]) }
        }
    }

    /// A batch with one change a path, the latest: a path indexed twice in one transaction
    /// would take its row id twice in the search index, which refuses that.
    static func lastOfEachPath(_ changes: [Change]) -> [Change] {
        var latest: [String: Int] = [:]
        for (index, change) in changes.enumerated() { latest[change.path] = index }
        guard latest.count < changes.count else { return changes }
        return changes.indices.filter { latest[changes[$0].path] == $0 }.map { changes[$0] }
    }

    /// The stored text and tagger output of one file, with the hash of the content they are of.
    func stored(path: String) throws -> (hash: UInt64, taggings: [UInt8], text: String)? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT files.hash, files.taggings, search.body FROM files JOIN search ON search.rowid = files.id
                WHERE files.path = ?
                """, arguments: [path]), let taggings = try row.withUnsafeData(atIndex: 1, { $0.map { [UInt8]($0) } }) else { return nil }
            return (UInt64(bitPattern: row[0]), taggings, row[2])
        }
    }

    /// The stored text of one file from scalar offset `start` to `end` (SQLite counts a text's
    /// characters as Unicode scalars, as the analysis does).
    func text(path: String, start: Int, end: Int) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: """
                SELECT substr(search.body, ?, ?) FROM files JOIN search ON search.rowid = files.id WHERE files.path = ?
                """, arguments: [start + 1, max(0, end - start), path])
        }
    }

    /// Relative paths of the files whose title or text match `expression` (FTS5 syntax), the
    /// latest stored first. Not ranked: ranking every match of a common word costs too much for
    /// search as you type, and the list orders the matches anyway.
    func search(_ expression: String, limit: Int) throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT files.path FROM search JOIN files ON files.id = search.rowid
                WHERE search MATCH ? ORDER BY search.rowid DESC LIMIT ?
                """, arguments: [expression, limit])
        }
    }
}
