#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// Reads and analyses files on every core and stores the results in the cache on a writer
/// thread, while the workers go on.
final class Indexer: @unchecked Sendable {
    /// A file to look at, with what the cache knew of it.
    struct Job: Sendable {
        var file: FolderScanner.File
        var previous: AnalysisCache.Record?
    }

    /// What a job found; paths are full ones.
    enum Outcome: Sendable {
        /// A new or changed article, with its words when there is no cache to index them.
        case analysed(path: String, AnalysisCache.Record, words: WordSet?)
        /// The content is what the cache had, under a new size or time.
        case unchanged(path: String, size: Int, modified: Int64, changed: Int64)
        case failed(ReadFailure, size: Int, modified: Int64, changed: Int64)
    }

    struct Timings: Sendable {
        /// Wall time of reading and analysing on the workers.
        var analysis = 0.0
        /// Time the writer spent storing, mostly overlapping the analysis.
        var storage = 0.0
        var reanalysed = 0
    }

    /// Changes stored per transaction: large enough that commits cost little.
    static let batchSize = 1024

    let base: String
    let reader: ArticleReader
    /// Nil: the standard one, whose models load the first time an article is analysed, so a
    /// warm start that finds nothing changed never loads them.
    let analyzer: Analyzer?
    let workers: Int
    private let lock = NSCondition()
    private(set) var cache: AnalysisCache?
    private var notices: [String] = []

    /// `base` is the folder's path with a trailing slash; cache paths are relative to it.
    init(base: String, cache: AnalysisCache?, reader: ArticleReader, analyzer: Analyzer?,
         workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.base = base
        self.cache = cache
        self.reader = reader
        self.analyzer = analyzer
        self.workers = max(1, workers)
    }

    func relative(_ path: String) -> String {
        path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    /// Problems met since the last call (the cache failing while written), once each.
    func takeNotices() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        defer { notices = [] }
        return notices
    }

    /// What the workers and the writer share during a run, guarded by `lock`.
    private final class Run: @unchecked Sendable {
        /// Done and not yet stored.
        var outcomes: [Outcome] = []
        /// Stored and not yet delivered.
        var stored: [Outcome] = []
        var delivered = 0
        var queue: [AnalysisCache.Change] = []
        var next = 0
        var finished = false
        var writerDone = false
        var timings = Timings()
    }

    /// Runs `jobs`, handing their outcomes to `deliver` (one call at a time, from a worker or the
    /// caller) in batches once they are stored, so whoever is told of an article finds it in the
    /// cache; `progress` gets the count done. The workers go on while a batch is stored.
    /// Batches hold at least `batch` outcomes and half of those delivered before: a UI that is
    /// sent its whole list for each is sent it a few times, not once per `batch`.
    func run(_ jobs: [Job], batch batchLimit: Int = .max, progress: (@Sendable (Int) -> Void)? = nil,
             deliver: @escaping @Sendable ([Outcome]) -> Void) -> Timings {
        let run = Run()
        let lock = self.lock
        let delivering = NSLock()
        // Weakly held: the last owner may let go of the cache as soon as `run` returns, and it must
        // close then, not whenever this thread happens to end.
        let writer = Thread { [weak self] in
            while true {
                lock.lock()
                while run.queue.count < Self.batchSize && !run.finished { lock.wait() }
                let batch = run.queue
                run.queue = []
                let last = run.finished
                // Every outcome taken here has its change in `batch` or an earlier one.
                var ready: [Outcome] = []
                if last || run.outcomes.count >= Swift.max(batchLimit, run.delivered / 2) {
                    swap(&ready, &run.outcomes)
                    run.delivered += ready.count
                }
                lock.unlock()
                let spent = batch.isEmpty ? 0 : self?.store(batch) ?? 0
                lock.lock()
                run.stored += ready
                run.timings.storage += spent
                if last { run.writerDone = true }
                lock.broadcast()
                lock.unlock()
                if last { break }
            }
        }
        writer.start()
        let start = Self.now()
        DispatchQueue.concurrentPerform(iterations: min(workers, max(1, jobs.count))) { _ in
            while true {
                lock.lock()
                let index = run.next
                run.next += 1
                lock.unlock()
                guard index < jobs.count else { return }
                let (outcome, change) = process(jobs[index])
                lock.lock()
                run.outcomes.append(outcome)
                if let change { run.queue.append(change) }
                if case .analysed = outcome { run.timings.reanalysed += 1 }
                if run.queue.count >= Self.batchSize { lock.broadcast() }
                var ready: [Outcome] = []
                swap(&ready, &run.stored)
                lock.unlock()
                if !ready.isEmpty {
                    delivering.lock()
                    deliver(ready)
                    delivering.unlock()
                }
                if index % 64 == 63 { progress?(index + 1) }
            }
        }
        lock.lock()
        run.timings.analysis = Self.now() - start
        run.finished = true
        lock.broadcast()
        while !run.writerDone { lock.wait() }
        let rest = run.stored
        run.stored = []
        lock.unlock()
        delivering.lock()
        deliver(rest)
        delivering.unlock()
        progress?(jobs.count)
        return run.timings
    }

    /// Reads and, when its content changed, analyses one file.
    private func process(_ job: Job) -> (Outcome, AnalysisCache.Change?) {
        let path = relative(job.file.path)
        // The change time as listed: a change after the listing makes it newer, so the file is
        // looked at again next time.
        let changed = job.file.changedNanoseconds
        let result: ArticleReader.Result
        do {
            result = try reader.readWithStamp(rawPath: job.file.rawPath)
        } catch {
            let change = AnalysisCache.Change.failed(path: path, size: job.file.size,
                                                     modified: job.file.modifiedNanoseconds, changed: changed,
                                                     reason: error.reason)
            return (.failed(error, size: job.file.size, modified: job.file.modifiedNanoseconds, changed: changed), change)
        }
        let stamp = result.stamp
        let hash = ContentHash.of(result.bytes)
        if let previous = job.previous, previous.hash == hash, let summary = previous.summary,
           summary.dateSource != .modificationTime {
            return (.unchanged(path: job.file.path, size: stamp.size, modified: stamp.modifiedNanoseconds, changed: changed),
                    .restamped(path: path, size: stamp.size, modified: stamp.modifiedNanoseconds, changed: changed))
        }
        let article = result.article
        let analysis = analyze(article)
        let summary = ArticleSummary(article: article, analysis: analysis)
        // Without a cache, nothing is encoded.
        let change = cache == nil ? nil : AnalysisCache.Change.analysed(
            path: path, size: stamp.size, modified: stamp.modifiedNanoseconds, changed: changed, hash: hash,
            summary: AnalysisCodec.encode(summary: summary),
            taggings: AnalysisCodec.encode(entities: analysis.entities, times: analysis.times),
            title: article.title, text: String(scalars: article.scalars))
        let record = AnalysisCache.Record(size: stamp.size, modifiedNanoseconds: stamp.modifiedNanoseconds,
                                          changedNanoseconds: changed, hash: hash, summary: summary, failure: nil)
        let words = cache == nil ? WordSet(article.title, String(scalars: article.scalars)) : nil
        return (.analysed(path: job.file.path, record, words: words), change)
    }

    /// The analysis of an article read from its file.
    func analyze(_ article: Article) -> Analysis {
        (analyzer ?? Analyzer()).analyze(article)
    }

    /// Stores changes outside the analysis: removals.
    func store(removals paths: [String]) {
        guard !paths.isEmpty else { return }
        _ = store(paths.map { .removed(path: relative($0)) })
    }

    /// Writes a batch; a cache that fails is given up for this session, with a notice.
    private func store(_ batch: [AnalysisCache.Change]) -> Double {
        lock.lock()
        let cache = self.cache
        lock.unlock()
        guard let cache else { return 0 }
        let start = Self.now()
        do {
            try cache.apply(batch)
        } catch {
            var notice = "cache: not updated"
            switch AnalysisCache.problem(error) {
            case .locked: notice += " (locked by another process)"
            case .otherVersion: break
            case .unusable(let reason):
                notice += " (\(reason))"
                if reason == "damaged" || reason == "not a database" {
                    AnalysisCache.remove(cache.file)
                    notice += "; it will be rebuilt"
                }
            }
            lock.lock()
            self.cache = nil
            notices.append(notice + "; working without it")
            lock.unlock()
        }
        return Self.now() - start
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

extension Indexer {
    /// Swaps the cache (a damaged one rebuilt, or none).
    func replaceCache(with cache: AnalysisCache?) {
        lock.lock()
        self.cache = cache
        lock.unlock()
    }
}
