#if canImport(Glibc)
import Glibc
#endif
import TidingsKit

/// The library: cold index, warm starts, a saved file reaching the model, full-text queries,
/// memory after a warm start (measured in a child process, so nothing else here counts).
enum LibraryBench {
    static let childVariable = "TIDINGS_BENCH_WARM_START_CACHE"

    static func run(_ corpus: BenchCorpus, runs: Int, into table: inout BenchTable) {
        if let cacheRoot = getenv(childVariable).map({ String(cString: $0) }) {
            warmStartChild(folder: corpus.folder, cacheRoot: cacheRoot)
        }
        var template = Array("/tmp/tidings-bench-library-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { return }
        let work = String(cString: template)
        defer { _ = Shell.run("rm", ["-rf", work]) }
        // A copy, as files are changed below.
        let folder = work + "/articles"
        guard Shell.run("cp", ["-r", corpus.folder, folder]) == 0 else { return }
        let locations = LibraryLocations(cacheRoot: work + "/cache", stateRoot: work + "/state")
        let options = Library.Options(locations: locations)
        let megabytes = Double(corpus.bytes) / 1e6

        var cold: [IndexReport] = []
        var coldCPU: [Double] = []
        for _ in 0..<runs {
            _ = Shell.run("rm", ["-rf", locations.cacheRoot])
            let cpu = processorSeconds()
            cold.append(Library(folder: folder, options: options).index(progress: nil))
            coldCPU.append(processorSeconds() - cpu)
        }
        table.add(BenchRow(name: "cold index (\(cold[0].articles) articles)", unit: "s", samples: cold.map(\.total),
                           bar: "<= 3"))
        table.add(BenchRow(name: "cold index: analysis (workers, wall)", unit: "s", samples: cold.map(\.analysis), bar: ""))
        table.add(BenchRow(name: "cold index: storage (writer, alongside)", unit: "s", samples: cold.map(\.storage), bar: ""))
        table.add(BenchRow(name: "cold index throughput", unit: "MB/s", samples: cold.map { megabytes / $0.total },
                           bar: ">= 6"))
        // On a busy machine wall time says little: the cold index can take no less than its CPU
        // time shared among the cores.
        table.add(BenchRow(name: "cold index, CPU time of all cores", unit: "s", samples: coldCPU, bar: ""))

        var listReady: [Double] = []
        var listComplete: [Double] = []
        for _ in 0..<runs {
            let start = BenchClock.now()
            let library = Library(folder: folder, options: options)
            library.start()
            blackHole(library.drainUpdates())
            listReady.append(BenchClock.now() - start)
            // Then the entities and events a timeline is built from, a slice at a time.
            library.forEachCompleteSlice { blackHole($0) }
            listComplete.append(BenchClock.now() - start)
            library.stop()
            // The library's check of the folder goes on: not into the next run.
            waitUntilQuiet()
        }
        table.add(BenchRow(name: "warm start: list shown from the cache", unit: "ms", samples: listReady.map { $0 * 1000 },
                           bar: "<= 150"))
        table.add(BenchRow(name: "warm start: entities and events for the timeline", unit: "ms",
                           samples: listComplete.map { $0 * 1000 }, bar: ""))
        var warmCPU: [Double] = []
        let warm = (0..<runs).map { _ in
            let cpu = processorSeconds()
            defer { warmCPU.append(processorSeconds() - cpu) }
            return Library(folder: folder, options: options).index(progress: nil)
        }
        table.add(BenchRow(name: "warm start + full check, nothing changed", unit: "ms", samples: warm.map { $0.total * 1000 },
                           bar: "<= 150"))
        table.add(BenchRow(name: "warm start + full check, CPU time of all cores", unit: "ms",
                           samples: warmCPU.map { $0 * 1000 }, bar: ""))
        let files = FolderScanner.scan(folder).files
        let changed = (0..<runs).map { run -> IndexReport in
            for file in files.prefix(100) { append("\nUpdated in run \(run).\n", to: file.path) }
            return Library(folder: folder, options: options).index(progress: nil)
        }
        table.add(BenchRow(name: "warm start, 100 files changed", unit: "ms", samples: changed.map { $0.total * 1000 },
                           bar: "<= 400"))

        table.add(BenchRow(name: "saved file in the model (20 saves)", unit: "ms",
                           samples: saveLatencies(folder: folder, files: files, options: options).map { $0 * 1000 },
                           bar: "<= 300"))
        table.add(BenchRow(name: "full-text query, 1-2 words (p95 of each run)", unit: "ms",
                           samples: (0..<runs).map { _ in queryP95(folder: folder, options: options) * 1000 }, bar: "<= 10"))
        let rss = (0..<runs).compactMap { _ in childResidentMB(folder: folder, cacheRoot: locations.cacheRoot) }
        table.add(BenchRow(name: "RSS after a warm start, list held (own process)", unit: "MB", samples: rss.map(\.now),
                           bar: "<= 150"))
        table.add(BenchRow(name: "RSS peak during a warm start (own process)", unit: "MB", samples: rss.map(\.peak), bar: ""))
    }

    private static func append(_ text: String, to path: String) {
        guard let file = fopen(path, "a") else { return }
        fputs(text, file)
        fclose(file)
    }

    /// Seconds from an editor's atomic save (write a temporary file, rename it over) to the
    /// changed article arriving through the wake-up descriptor.
    private static func saveLatencies(folder: String, files: [FolderScanner.File], options: Library.Options) -> [Double] {
        let library = Library(folder: folder, options: options)
        library.start()
        defer { library.stop() }
        drain(library, until: BenchClock.now() + 3) { _ in false }
        var latencies: [Double] = []
        for (n, file) in files.dropFirst(200).prefix(20).enumerated() {
            let temporary = folder + "/.save-\(n).tmp"
            let start = BenchClock.now()
            guard let handle = fopen(temporary, "w") else { continue }
            fputs("Title: Saved \(n)\nDate: 2024-01-02\n\nSaved text number \(n).\n", handle)
            fclose(handle)
            rename(temporary, file.path)
            let arrived = drain(library, until: start + 5) { update in
                if case .changed(let summary) = update { return summary.path == file.path }
                return false
            }
            if arrived { latencies.append(BenchClock.now() - start) }
            usleep(50_000)
        }
        return latencies
    }

    /// Waits on the wake-up descriptor until an update satisfies `match` or the deadline passes.
    @discardableResult
    private static func drain(_ library: Library, until deadline: Double, match: (LibraryUpdate) -> Bool) -> Bool {
        while BenchClock.now() < deadline {
            var fd = pollfd(fd: library.wakeFileDescriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&fd, 1, Int32(max(1, (deadline - BenchClock.now()) * 1000)))
            if library.drainUpdates().contains(where: match) { return true }
        }
        return false
    }

    static let queries = ["oil", "said", "coffee", "bank", "japan", "dollar", "wheat", "tokyo", "profit", "merger",
                          "oil prices", "interest rates", "trade deficit", "central bank", "crude oil", "stock exchange",
                          "west germany", "federal reserve", "sugar quota", "opec output"]

    private static func queryP95(folder: String, options: Library.Options) -> Double {
        let library = Library(folder: folder, options: options)
        var times: [Double] = []
        for _ in 0..<5 {
            for query in queries {
                times.append(BenchClock.time { blackHole(library.search(query, limit: 200)) })
            }
        }
        times.sort()
        return times[min(times.count - 1, times.count * 95 / 100)]
    }

    /// Runs this benchmark again in a child process that only makes a warm start and reports
    /// its resident memory then and at its peak.
    private static func childResidentMB(folder: String, cacheRoot: String) -> (now: Double, peak: Double)? {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        let arguments = ["tidings-bench", "--corpus", folder, "--runs", "1", "--only", "library"]
        let argv = arguments.map { strdup($0) } + [nil]
        var environment = LibraryLocations.processEnvironment()
        environment[childVariable] = cacheRoot
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, "/proc/self/exe", &actions, nil, argv, envp) == 0 else { return nil }
        close(ends[1])
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(ends[0], &buffer, buffer.count)
            if n <= 0 { break }
            output += buffer[0..<n]
        }
        close(ends[0])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let fields = String(decoding: output, as: UTF8.self).split(separator: "\n")
            .first { $0.hasPrefix("warm-start-rss ") }?.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard let fields, fields.count == 2 else { return nil }
        return (fields[0], fields[1])
    }

    private static func processorSeconds() -> Double { LinkBench.cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) }

    /// The most this process has had resident (VmHWM), in MB.
    private static func peakResidentMB() -> Double {
        guard let file = fopen("/proc/self/status", "r") else { return .nan }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, 256, file) != nil {
            let text = String(cString: line)
            guard text.hasPrefix("VmHWM:") else { continue }
            return text.split(separator: " ").dropFirst().first.flatMap { Double($0) }.map { $0 * 1024 / 1e6 } ?? .nan
        }
        return .nan
    }

    /// Waits (at most `limit` seconds) until this process stops using the processor.
    private static func waitUntilQuiet(limit: Double = 60) {
        let deadline = BenchClock.now() + limit
        var last = processorSeconds()
        while BenchClock.now() < deadline {
            usleep(50_000)
            let now = processorSeconds()
            if now - last < 0.002 { return }
            last = now
        }
    }

    private static func warmStartChild(folder: String, cacheRoot: String) -> Never {
        let locations = LibraryLocations(cacheRoot: cacheRoot, stateRoot: cacheRoot + "-state")
        let library = Library(folder: folder, options: Library.Options(locations: locations))
        // As the reader does: start, and hold the latest list until the library is done.
        library.start()
        var list: [ArticleSummary] = []
        let deadline = BenchClock.now() + 120
        var cpu = processorSeconds()
        while BenchClock.now() < deadline {
            usleep(100_000)
            for case .loaded(let all) in library.drainUpdates() { list = all }
            let now = processorSeconds()
            if now - cpu < 0.002 && !list.isEmpty { break }
            cpu = now
        }
        print("warm-start-rss \(BenchClock.residentMB()) \(peakResidentMB())")
        blackHole((library, list))
        exit(0)
    }
}
