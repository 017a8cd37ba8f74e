#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// A watched folder of articles: the list row of each kept in memory (with a cache; without
/// one, the complete summary), complete summaries read from the cache a slice at a time for
/// whoever builds a timeline, full texts and analyses loaded on demand, a cache that makes warm
/// starts fast, full-text search, and the user's read marks and place.
///
/// Threads: `start()` loads what the cache knows and starts a background thread that looks at
/// the folder, analyses what changed on every core and watches for changes. Results wait in a
/// queue; `wakeFileDescriptor` turns readable then, and the UI thread takes them with
/// `drainUpdates()`. Everything else is called from the UI thread.
public final class Library: @unchecked Sendable {
    public struct Options: Sendable {
        /// Off: everything is analysed at each start and nothing is written to the cache.
        public var useCache: Bool
        public var locations: LibraryLocations
        /// Monotonic seconds, for debouncing changes.
        public var clock: @Sendable () -> Double
        /// Look for changes by listing the folder this often, instead of inotify.
        public var pollingInterval: Double?
        public var workers: Int
        public var reader: ArticleReader
        /// Nil: the standard analyzer, its models loaded only once an article needs analysing.
        public var analyzer: Analyzer?

        public init(useCache: Bool = true, locations: LibraryLocations = .standard(),
                    clock: @escaping @Sendable () -> Double = Library.monotonicSeconds, pollingInterval: Double? = nil,
                    workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                    reader: ArticleReader = ArticleReader(), analyzer: Analyzer? = nil) {
            self.useCache = useCache
            self.locations = locations
            self.clock = clock
            self.pollingInterval = pollingInterval
            self.workers = workers
            self.reader = reader
            self.analyzer = analyzer
        }
    }

    /// Seconds of the monotonic clock.
    public static func monotonicSeconds() -> Double { Indexer.now() }

    public let folder: String
    private let options: Options
    private let indexer: Indexer
    private let state: ReadState
    private let wake = WakeSignal()
    private let stopSignal = WakeSignal()
    private let lock = NSLock()
    /// What is known of every file, by full path; guarded by `lock`.
    private var known: [String: AnalysisCache.Record] = [:]
    private var updates: [LibraryUpdate] = []
    /// The files that gave no article, by path; guarded by `lock`.
    private var skipped: [String: ReadFailure] = [:]
    /// Without a cache, the words of every article analysed, by full path, for search; guarded by `lock`.
    private var words: [String: WordSet] = [:]
    private var started = false
    private var stopped = false
    /// The cache was found damaged: the background thread analyses everything again.
    private var refreshWanted = false

    /// Updates of more articles than this at once are sent as one `.loaded` list.
    static let batchLimit = 64

    public init(folder: String, options: Options = Options()) {
        // A file-size limit must fail the cache's writes, not kill the process.
        signal(SIGXFSZ, SIG_IGN)
        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        self.folder = trimmed
        self.options = options
        var notices: [String] = []
        var cache: AnalysisCache?
        if options.useCache {
            switch AnalysisCache.open(file: options.locations.cacheFile(for: trimmed)) {
            case .opened(let opened, let notice):
                cache = opened
                notice.map { notices.append($0) }
            case .bypassed(let notice):
                notices.append(notice)
            }
        }
        indexer = Indexer(base: trimmed == "/" ? "/" : trimmed + "/", cache: cache, reader: options.reader,
                          analyzer: options.analyzer, workers: options.workers)
        state = ReadState(file: options.locations.stateFile(for: trimmed))
        state.takeNotice().map { notices.append($0) }
        updates = notices.map(LibraryUpdate.notice)
    }

    deinit {
        stop()
    }

    // MARK: The UI thread's side

    /// Readable (for poll()) when `drainUpdates()` has something.
    public var wakeFileDescriptor: Int32 { wake.readEnd }

    /// Loads the list rows the cache holds (a `.loaded` update), then on a background thread
    /// looks at the folder and watches it.
    public func start() {
        guard !started else { return }
        started = true
        _ = loadCache()
        post([.loaded(sortedSummaries())])
        let thread = Thread { [weak self] in
            // Watching first: what changes while the folder is listed is seen afterwards.
            let watcher = self?.makeWatcher()
            self?.refreshAll(progress: nil)
            self?.post([.scanned])
            while let library = self, library.watch(watcher) {}
        }
        thread.name = "tidings-library"
        thread.start()
    }

    /// Stops the background thread (also done when the library goes away).
    public func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
        stopSignal.raise()
    }

    public func drainUpdates() -> [LibraryUpdate] {
        lock.lock()
        defer { lock.unlock() }
        wake.clear()
        defer { updates = [] }
        return updates
    }

    /// The notices waiting among the updates, which are dropped: for commands that show no list.
    public func drainNotices() -> [String] {
        drainUpdates().compactMap {
            if case .notice(let text) = $0 { return text }
            return nil
        }
    }

    /// The article at `path` with its analysis: read from its file, the analysis taken from the
    /// cache when the file still holds what was analysed. When the file is gone, the cached text.
    public func entry(path: String) -> CorpusEntry? {
        let relative = indexer.relative(path)
        let stored = try? indexer.cache?.stored(path: relative)
        if let result = try? options.reader.readWithStamp(rawPath: Array(path.utf8CString)) {
            if let stored, stored.hash == ContentHash.of(result.bytes),
               let analysis = analysis(of: result.article, taggings: stored.taggings) {
                return CorpusEntry(article: result.article, analysis: analysis)
            }
            return CorpusEntry(article: result.article, analysis: indexer.analyze(result.article))
        }
        lock.lock()
        let summary = known[path]?.summary
        lock.unlock()
        guard let stored, let summary else { return nil }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let article = ArticleParser.parse(path: path, scalars: Array(stored.text.unicodeScalars), fileName: name,
                                          modified: summary.date)
        return analysis(of: article, taggings: stored.taggings).map { CorpusEntry(article: article, analysis: $0) }
    }

    /// Whether summaries and texts are kept in a cache (not when it is off or bypassed).
    public var hasCache: Bool { indexer.cache != nil }

    /// The text of the article at `path` from scalar offset `start` to `end` (an event's
    /// sentence), as the cache holds it, control characters made visible; nil without a cache
    /// or an entry for the path.
    public func text(path: String, start: Int, end: Int) -> String? {
        guard let cache = indexer.cache, let text = try? cache.text(path: indexer.relative(path), start: start, end: end)
        else { return nil }
        return Visible.text(text)
    }

    /// Paths of the articles whose title or text hold every word of `query`, best first.
    public func search(_ query: String, limit: Int = 500) -> [String] {
        let needles = SearchWords.of(query)
        guard !needles.isEmpty else { return [] }
        if let cache = indexer.cache {
            let expression = needles.map { "\"\($0)\"" }.joined(separator: " ")
            if let relative = try? cache.search(expression, limit: limit) {
                return newestFirst(relative.map { indexer.base + $0 })
            }
        }
        // Without a cache: the words kept in memory (an article analysed while a cache was
        // still there has only its title's).
        lock.lock()
        let known = words
        lock.unlock()
        return sortedSummaries().filter { summary in
            let words = known[summary.path] ?? WordSet(summary.title)
            return needles.allSatisfy(words.contains)
        }.prefix(limit).map(\.path)
    }

    /// Paths in the order of the list: newest article first.
    private func newestFirst(_ paths: [String]) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        let dated = paths.map { (path: $0, date: known[$0]?.summary?.date ?? CalendarDate(dayNumber: 0)) }
        return dated.sorted { ($0.date, $0.path) > ($1.date, $1.path) }.map(\.path)
    }

    // MARK: Read state

    public func isRead(_ path: String) -> Bool { state.isRead(indexer.relative(path)) }

    /// The paths of the articles marked read.
    public func readArticles() -> Set<String> { Set(state.readArticles.lazy.map { self.indexer.base + $0 }) }

    public func setRead(_ paths: [String], _ read: Bool) {
        state.setRead(paths.map(indexer.relative), read)
        if let notice = state.takeNotice() { post([.notice(notice)]) }
    }

    /// The article open when the reader last left, and the place in it (a line offset).
    public var lastArticle: String? { state.lastArticle.map { indexer.base + $0 } }
    public var lastPosition: Int { state.position }

    public func setPlace(article: String?, position: Int) {
        state.setPlace(article: article.map(indexer.relative), position: position)
        if let notice = state.takeNotice() { post([.notice(notice)]) }
    }

    // MARK: Indexing

    /// Loads the cache, looks at the whole folder and stores what changed, without watching:
    /// `tidings index`. `progress` gets (done, total) from worker threads.
    public func index(progress: (@Sendable (Int, Int) -> Void)?) -> IndexReport {
        let start = Indexer.now()
        var report = IndexReport()
        // Listing the folder and reading the cache wait on different things: overlap them.
        let listing = Listed()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { [folder] in
            listing.value = FolderScanner.scan(folder)
            listing.seconds = Indexer.now() - start
        }
        report.cached = loadCache()
        report.loading = Indexer.now() - start
        group.wait()
        let refresh = refreshAll(progress: progress, listing: listing.value)
        report.listing = listing.seconds
        report.analysis = refresh.timings.analysis
        report.storage = refresh.timings.storage
        report.reanalysed = refresh.timings.reanalysed
        report.removed = refresh.removed
        lock.lock()
        report.articles = known.values.filter { $0.summary != nil }.count
        report.failures = refresh.failures
        lock.unlock()
        report.cached = max(0, report.articles - report.reanalysed)
        report.notices = drainNotices()
        report.total = Indexer.now() - start
        return report
    }

    // MARK: Background work

    private func post(_ batch: [LibraryUpdate]) {
        guard !batch.isEmpty else { return }
        lock.lock()
        updates.append(contentsOf: batch)
        lock.unlock()
        wake.raise()
    }

    /// Tells the UI of changed articles: one by one, or all of them again when many changed.
    /// Without `start()` nobody takes them (`tidings index`), and the list is not made.
    private func postChanges(_ batch: [LibraryUpdate]) {
        guard started else { return }
        post(batch.count > Self.batchLimit ? [.loaded(sortedSummaries())] : batch)
    }

    private func postNotices() {
        post(indexer.takeNotices().map(LibraryUpdate.notice))
    }

    /// Every article's summary as the library keeps it (a list row, with a cache), newest first.
    private func sortedSummaries() -> [ArticleSummary] {
        lock.lock()
        let records = known
        lock.unlock()
        let summaries = records.values.compactMap(\.summary)
        // Keys are sorted, not the summaries: moving large values costs more than comparing.
        var keys = summaries.indices.map { (date: summaries[$0].date, path: summaries[$0].path, index: $0) }
        keys.sort { $0.date != $1.date ? $0.date > $1.date : $0.path > $1.path }
        return keys.map { summaries[$0.index] }
    }

    /// Hands `body` the complete summary (entities and events) of every article the library
    /// lists, a slice at a time, read from the cache (without one, from memory): a timeline is
    /// built without the whole corpus's entities and events in memory at once. A cache that
    /// fails here is damaged: it is rebuilt, every article analysed again, and the list sent anew.
    public func forEachCompleteSlice(_ body: ([ArticleSummary]) -> Void) {
        guard let cache = indexer.cache else {
            let all = sortedSummaries()
            for start in stride(from: 0, to: all.count, by: Timeline.preparedSlice) {
                body(Array(all[start..<min(all.count, start + Timeline.preparedSlice)]))
            }
            return
        }
        do {
            let highest = try cache.highestID()
            var low: Int64 = 0
            while true {
                let high = low + Int64(Timeline.preparedSlice)
                let records = try cache.records(base: indexer.base, complete: true, ids: low..<high, last: high >= highest)
                lock.lock()
                let slice = records.compactMap { path, record -> ArticleSummary? in
                    guard let row = known[path]?.summary, var summary = record.summary else { return nil }
                    // The row's strings, held once.
                    summary.path = row.path
                    summary.title = row.title
                    return summary
                }
                lock.unlock()
                body(slice)
                if high >= highest { break }
                low = high
            }
        } catch {
            replaceDamagedCache(error)
            lock.lock()
            refreshWanted = true
            lock.unlock()
        }
    }

    /// Reads every record of the cache into `known`, summaries as list rows; returns how many
    /// articles it held. A cache that fails here is damaged: it is removed and rebuilt.
    private func loadCache() -> Int {
        guard let cache = indexer.cache else { return 0 }
        do {
            let records = try cache.records(base: indexer.base, complete: false)
            lock.lock()
            known.reserveCapacity(records.count)
            for (path, record) in records { known[path] = record }
            lock.unlock()
            return records.count { $0.record.summary != nil }
        } catch {
            replaceDamagedCache(error)
            return 0
        }
    }

    /// Removes a cache that failed to be read and starts a new one (or goes on without).
    private func replaceDamagedCache(_ error: Error) {
        guard let cache = indexer.cache else { return }
        AnalysisCache.remove(cache.file)
        var notice = "cache: \(cache.file) cannot be read (\(error)); "
        if case .opened(let fresh, _) = AnalysisCache.open(file: cache.file) {
            indexer.replaceCache(with: fresh)
            notice += "rebuilding it"
        } else {
            indexer.replaceCache(with: nil)
            notice += "working without a cache"
        }
        post([.notice(notice)])
    }

    private struct Refresh {
        var listing = 0.0
        var timings = Indexer.Timings()
        var removed = 0
        var failures: [ReadFailure] = []
    }

    /// Failures gathered from the workers' batches.
    private final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var all: [ReadFailure] = []

        func add(_ failures: [ReadFailure]) {
            lock.lock()
            all += failures
            lock.unlock()
        }
    }

    private final class Listed: @unchecked Sendable {
        var value: FolderScanner.Listing?
        var seconds = 0.0
    }

    /// Lists the whole folder (unless given its listing) and brings `known` and the cache up to
    /// date with it.
    @discardableResult
    private func refreshAll(progress: (@Sendable (Int, Int) -> Void)?, listing given: FolderScanner.Listing? = nil) -> Refresh {
        let start = Indexer.now()
        let listing = given ?? FolderScanner.scan(folder)
        var refresh = Refresh(listing: Indexer.now() - start)
        if let failure = listing.failures.first(where: { $0.path == folder }) {
            post([.notice("\(folder): \(failure.reason)")])
            return refresh
        }
        refresh.failures = listing.failures
        let (jobs, gone) = plan(listing.files, under: nil)
        refresh.removed = gone.count
        forget(gone)
        // The list fills as batches are analysed, unless someone counts the progress.
        let failures = Failures()
        let batch = progress == nil ? 2048 : Int.max
        let total = jobs.count
        var counted: (@Sendable (Int) -> Void)?
        if let progress { counted = { progress($0, total) } }
        refresh.timings = indexer.run(jobs, batch: batch, progress: counted) { [self] outcomes in
            failures.add(absorb(outcomes))
        }
        refresh.failures += failures.all
        lock.lock()
        refresh.failures += known.compactMap { path, record in
            record.failure.map { ReadFailure(kind: .unreadable, path: path, reason: $0) }
        }.filter { cached in !refresh.failures.contains { $0.path == cached.path } }
        lock.unlock()
        updateSkipped { $0 = Dictionary(refresh.failures.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a }) }
        postNotices()
        return refresh
    }

    /// Changes the skipped files and tells the UI when they differ.
    private func updateSkipped(_ change: (inout [String: ReadFailure]) -> Void) {
        lock.lock()
        let before = Set(skipped.values.map(\.description))
        change(&skipped)
        let now = skipped.values.sorted { $0.path < $1.path }
        lock.unlock()
        guard started, Set(now.map(\.description)) != before else { return }
        post([.skipped(now)])
    }

    /// Jobs for the listed files that are new or changed, and the known paths under `folder`
    /// (all when nil) that are no longer listed.
    private func plan(_ files: [FolderScanner.File], under folder: String?) -> (jobs: [Indexer.Job], gone: [String]) {
        lock.lock()
        defer { lock.unlock() }
        var jobs: [Indexer.Job] = []
        var found = 0
        for file in files {
            let previous = known[file.path]
            if previous != nil { found += 1 }
            if let previous, previous.size == file.size, previous.modifiedNanoseconds == file.modifiedNanoseconds,
               previous.changedNanoseconds == file.changedNanoseconds {
                continue
            }
            jobs.append(Indexer.Job(file: file, previous: previous))
        }
        // The whole folder listed and every known path in it: nothing is gone.
        if folder == nil && found == known.count { return (jobs, []) }
        let listed = Set(files.lazy.map(\.path))
        let prefix = folder.map { $0 + "/" }
        let gone = known.keys.filter { path in
            !listed.contains(path) && (prefix.map { path.hasPrefix($0) } ?? true)
        }
        return (jobs, gone)
    }

    /// Drops paths from `known` and the cache, telling the UI about articles among them.
    private func forget(_ paths: [String]) {
        guard !paths.isEmpty else { return }
        indexer.store(removals: paths)
        lock.lock()
        var removed: [LibraryUpdate] = []
        for path in paths { words[path] = nil }
        for path in paths where known.removeValue(forKey: path)?.summary != nil {
            removed.append(.removed(path: path))
        }
        lock.unlock()
        postChanges(removed)
    }

    /// Takes the workers' outcomes into `known` and tells the UI; returns the failures.
    private func absorb(_ outcomes: [Indexer.Outcome]) -> [ReadFailure] {
        var batch: [LibraryUpdate] = []
        var failures: [ReadFailure] = []
        lock.lock()
        for outcome in outcomes {
            switch outcome {
            case .analysed(let path, var record, let articleWords):
                let summary = record.summary!
                words[path] = articleWords
                batch.append(known[path]?.summary == nil ? .added(summary) : .changed(summary))
                // The cache holds the rest (the indexer delivers what it has stored).
                if indexer.cache != nil { record.summary = summary.listRow }
                known[path] = record
            case .unchanged(let path, let size, let modified, let changed):
                known[path]?.size = size
                known[path]?.modifiedNanoseconds = modified
                known[path]?.changedNanoseconds = changed
            case .failed(let failure, let size, let modified, let changed):
                failures.append(failure)
                words[failure.path] = nil
                if known[failure.path]?.summary != nil { batch.append(.removed(path: failure.path)) }
                known[failure.path] = AnalysisCache.Record(size: size, modifiedNanoseconds: modified, changedNanoseconds: changed,
                                                           hash: 0, summary: nil, failure: failure.reason)
            }
        }
        lock.unlock()
        postChanges(batch)
        return failures
    }

    private func makeWatcher() -> FolderWatching {
        let now = options.clock()
        #if canImport(Glibc)
        if options.pollingInterval == nil {
            if let watcher = InotifyWatcher(root: folder, now: now) { return watcher }
            post([.notice("\(folder): inotify is unavailable (\(String(cString: strerror(errno)))); "
                          + "changes are looked for every second")])
        }
        #endif
        return PollingWatcher(root: folder, interval: options.pollingInterval ?? 1, now: now)
    }

    private var rootProblemReported = false

    /// Waits for changes (at most half a second) and takes them in; false once stopped.
    private func watch(_ watcher: FolderWatching?) -> Bool {
        guard let watcher else { return false }
        let now = options.clock()
        let deadline = rootProblemReported ? nil : watcher.nextDeadline(now: now)
        let timeout = deadline.map { max(0, min(500, Int32(($0 - now) * 1000) + 1)) } ?? 500
        var fds = [pollfd(fd: stopSignal.readEnd, events: Int16(POLLIN), revents: 0)]
        if watcher.fileDescriptor >= 0, !rootProblemReported {
            fds.append(pollfd(fd: watcher.fileDescriptor, events: Int16(POLLIN), revents: 0))
        }
        _ = poll(&fds, nfds_t(fds.count), timeout)
        lock.lock()
        let isStopped = stopped
        let rebuild = refreshWanted
        refreshWanted = false
        if rebuild {
            known.removeAll()
            words.removeAll()
        }
        lock.unlock()
        guard !isStopped else { return false }
        if rebuild {
            refreshAll(progress: nil)
            return true
        }
        guard !rootProblemReported else { return true }
        watcher.collect(now: options.clock())
        if let problem = watcher.rootProblem {
            rootProblemReported = true
            post([.notice("\(folder) \(problem): the articles already loaded stay readable; no more changes will show")])
            return true
        }
        let changes = watcher.settledChanges(now: options.clock())
        if !changes.isEmpty { take(changes) }
        if let notice = watcher.takeNotice() { post([.notice(notice)]) }
        return true
    }

    /// Brings the changed paths (files or folders) up to date.
    private func take(_ paths: [String]) {
        var jobs: [Indexer.Job] = []
        var gone: [String] = []
        for changed in paths {
            // A name that is not UTF-8 cannot be opened by its decoded path: list its folder,
            // which yields the bytes the file system uses.
            let path = changed.contains("\u{FFFD}") ? String(changed[..<(changed.lastIndex(of: "/") ?? changed.endIndex)]) : changed
            if path == folder {
                refreshAll(progress: nil)
                return
            }
            var info = stat()
            if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                let listing = FolderScanner.scan(path)
                // A folder that cannot be read loses its articles from the list, as at a start.
                post(listing.failures.filter { $0.path == path }.map { .notice($0.description) })
                let (more, missing) = plan(listing.files, under: path)
                jobs += more
                gone += missing
            } else if stat(path, &info) == 0 {
                let name = path.split(separator: "/").last.map(String.init) ?? path
                guard FolderScanner.isArticleName(name), (info.st_mode & S_IFMT) == S_IFREG else { continue }
                let file = FolderScanner.File(rawPath: Array(path.utf8CString), path: path, size: Int(info.st_size),
                                              modifiedNanoseconds: FolderScanner.modifiedNanoseconds(info),
                                              changedNanoseconds: FolderScanner.changedNanoseconds(info))
                jobs += plan([file], under: path).jobs
            } else {
                lock.lock()
                gone += known.keys.filter { $0 == path || $0.hasPrefix(path + "/") }
                lock.unlock()
            }
        }
        forget(gone)
        // A new folder and a file in it both changed: the file is listed twice, and read once.
        var queued = Set<String>()
        jobs = jobs.filter { queued.insert($0.file.path).inserted }
        let failures = Failures()
        if !jobs.isEmpty { _ = indexer.run(jobs) { [self] outcomes in failures.add(absorb(outcomes)) } }
        // A file read again is skipped for its new reason or not at all; a file gone is not skipped.
        updateSkipped { skipped in
            for path in jobs.map(\.file.path) + gone { skipped[path] = nil }
            for failure in failures.all { skipped[failure.path] = failure }
        }
        postNotices()
    }

    /// The analysis of an article whose taggers' output comes from the cache.
    private func analysis(of article: Article, taggings: [UInt8]) -> Analysis? {
        guard let (entities, times) = try? AnalysisCodec.decodeTaggings(taggings) else { return nil }
        let text = AnalyzedText(article: article)
        let events = ArticleEvent.events(in: text, times: times, entities: entities, published: article.date,
                                         precision: article.datePrecision)
        return Analysis(tokens: text.tokens, sentences: text.sentences, entities: entities, times: times, events: events)
    }
}
