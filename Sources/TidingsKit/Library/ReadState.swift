#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GRDB

/// What the user made of a folder: read marks, the last article open and the place in it. Not
/// disposable, so every change is its own committed transaction (a kill -9 loses nothing
/// acknowledged); when the file cannot be used the state lives in memory, with a notice.
final class ReadState: @unchecked Sendable {
    private let queue: DatabaseQueue?
    private var read: Set<String> = []
    private(set) var lastArticle: String?
    private(set) var position = 0
    private var notice: String?

    init(file: String) {
        let folder = String(file[..<(file.lastIndex(of: "/") ?? file.startIndex)])
        var queue: DatabaseQueue?
        // The file to read the marks from when it cannot be written: they still show.
        var readOnly: DatabaseQueue?
        if !LibraryLocations.makeFolders(folder) {
            notice = "state: cannot create \(folder); read marks will not be kept"
        } else {
            do {
                queue = try Self.open(file)
            } catch {
                // Never delete what the user made: put a damaged file aside and start anew.
                let aside = file + ".damaged"
                if case .unusable(let reason) = AnalysisCache.problem(error), reason == "damaged" || reason == "not a database",
                   rename(file, aside) == 0 {
                    notice = "state: \(file) was \(reason); kept as \(aside), starting anew"
                    queue = try? Self.open(file)
                } else if let opened = try? Self.openReadOnly(file) {
                    readOnly = opened
                    notice = "state: \(file) cannot be written; read marks are shown, changes to them will not be kept"
                } else {
                    notice = "state: \(file) cannot be used (\(error)); read marks will not be kept"
                }
            }
        }
        self.queue = queue
        guard let source = queue ?? readOnly else { return }
        do {
            try source.read { db in
                read = Set(try String.fetchAll(db, sql: "SELECT path FROM read"))
                lastArticle = try String.fetchOne(db, sql: "SELECT value FROM place WHERE key = 'article'")
                position = try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM place WHERE key = 'position'") ?? 0
            }
        } catch {
            notice = "state: \(file) cannot be read (\(error))"
        }
    }

    private static func open(_ file: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(2)
        configuration.journalMode = .wal
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        let queue = try DatabaseQueue(path: file, configuration: configuration)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS read(path TEXT PRIMARY KEY) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS place(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
                """)
        }
        return queue
    }

    private static func openReadOnly(_ file: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: file, configuration: configuration)
        // Opening is lazy: read now, so a file that cannot be read fails here.
        _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM read") }
        return queue
    }

    /// The latest problem with the state file, once.
    func takeNotice() -> String? {
        defer { notice = nil }
        return notice
    }

    func isRead(_ path: String) -> Bool { read.contains(path) }

    var readArticles: Set<String> { read }

    var readCount: Int { read.count }

    /// Marks articles read or unread in one transaction (marking a whole folder read is one write).
    func setRead(_ paths: [String], _ isRead: Bool) {
        let changed = paths.filter { isRead != read.contains($0) }
        guard !changed.isEmpty else { return }
        if isRead { read.formUnion(changed) } else { read.subtract(changed) }
        let sql = isRead ? "INSERT OR IGNORE INTO read(path) VALUES (?)" : "DELETE FROM read WHERE path = ?"
        do {
            try queue?.write { db in
                let statement = try db.makeStatement(sql: sql)
                for path in changed { try statement.execute(arguments: [path]) }
            }
        } catch {
            notice = "state: not saved (\(error))"
        }
    }

    func setPlace(article: String?, position: Int) {
        lastArticle = article
        self.position = position
        do {
            try queue?.write { db in
                if let article {
                    try db.execute(sql: "INSERT OR REPLACE INTO place(key, value) VALUES ('article', ?), ('position', ?)",
                                   arguments: [article, String(position)])
                } else {
                    try db.execute(sql: "DELETE FROM place")
                }
            }
        } catch {
            notice = "state: not saved (\(error))"
        }
    }
}
