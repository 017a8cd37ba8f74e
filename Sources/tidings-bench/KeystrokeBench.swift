#if canImport(Glibc)
import Glibc
#endif

/// The reader's responsiveness: the real `tidings` binary (beside this one) on a pseudo-terminal
/// at 120x40 with the corpus loaded; keys replayed one at a time, each timed until its screen is
/// painted (the reader marks the end of each painted frame when TIDINGS_FRAME_MARK is set).
enum KeystrokeBench {
    static let frameMark = Array("\u{1B}]7777;frame\u{07}".utf8)
    /// Moves in the list, opening, scrolling, the timeline: what a reader does most.
    /// The reader's home during a run: its cache and state.
    nonisolated(unsafe) static var home = "/tmp"
    static let cycle: [[UInt8]] = ["j", "j", "\r", "j", "j", "k", "]", "\t", "j", "1"].map { Array($0.utf8) }

    static func run(_ corpus: BenchCorpus, runs: Int, into table: inout BenchTable) {
        let binary = BenchPaths.besideSelf("tidings")
        guard access(binary, X_OK) == 0 else {
            print("keystroke: \(binary) is missing (swift build -c release --product tidings)")
            return
        }
        // The reader's cache and state go to a folder of the benchmark's, removed at the end.
        var template = Array("/tmp/tidings-bench-home-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else {
            print("keystroke: cannot make a temporary folder")
            return
        }
        home = String(cString: template)
        defer { _ = Shell.run("rm", ["-rf", home]) }
        do {
            // The first start indexes the folder into the reader's cache; keys are timed on warm
            // starts, as a reader is used day to day (the cold index has figures of its own).
            try start(binary: binary, folder: corpus.folder, articles: corpus.files.count, width: 120).close()
            var latencies: [Double] = []
            for _ in 0..<max(1, runs / 3) {
                latencies += try replay(binary: binary, folder: corpus.folder, articles: corpus.files.count, keys: 1000)
            }
            latencies.sort()
            let p99 = latencies[min(latencies.count - 1, Int(Double(latencies.count) * 0.99))]
            let p50 = latencies[latencies.count / 2]
            table.add(BenchRow(name: "keystroke to painted screen, p99, 120x40", unit: "ms", samples: [p99 * 1000],
                               bar: "<= 5 ms"))
            table.add(BenchRow(name: "keystroke to painted screen, median", unit: "ms", samples: [p50 * 1000], bar: ""))
            // The cache is warm now: the reader as a user starts it, with the timeline and its links.
            var ready = (listed: Double.nan, linked: Double.nan)
            let reader = try start(binary: binary, folder: corpus.folder, articles: corpus.files.count, width: 120) {
                ready = ($0, $1)
            }
            let resident = BenchClock.residentMB(process: String(reader.pid))
            reader.close()
            table.add(BenchRow(name: "warm start of the reader, every article listed", unit: "ms",
                               samples: [ready.listed * 1000], bar: ""))
            table.add(BenchRow(name: "warm start of the reader, timeline linked", unit: "ms",
                               samples: [ready.linked * 1000], bar: ""))
            table.add(BenchRow(name: "RSS of the reader after a warm start", unit: "MB", samples: [resident], bar: ""))
            let longest = corpus.files.max { size($0.rawPath) < size($1.rawPath) }!
            // Three panes share each row, and a terminal scrolls whole rows, so the side panes are
            // repainted; the reading pane alone (`+`) scrolls with the terminal's scroll region.
            for (label, keys, bar) in [("120x40, three panes", "2", ""), ("120x40, reading pane maximized", "2+", "<= 300")] {
                let bytes = try scrollBytes(binary: binary, article: longest.rawPath, keys: keys)
                table.add(BenchRow(name: "bytes for a one-line scroll, \(label)", unit: "bytes", samples: bytes, bar: bar))
            }
        } catch {
            print("keystroke: \(error)")
        }
    }

    static func size(_ path: [CChar]) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// The reader on `folder`, once it lists every article and has linked their events.
    static func start(binary: String, folder: String, articles: Int, width: Int) throws -> PseudoTerminal {
        try start(binary: binary, folder: folder, articles: articles, width: width) { _, _ in }
    }

    /// The same, telling `reached` the seconds from the start until every article was listed, and
    /// until the timeline was linked. A full redraw (Ctrl-L) shows the count in the title line
    /// and "Linking events…" in the timeline while it is built; until then frames come from the
    /// library and the worker, and would be counted against the keys.
    static func start(binary: String, folder: String, articles: Int, width: Int,
                      reached: (_ listed: Double, _ linked: Double) -> Void) throws -> PseudoTerminal {
        let began = BenchClock.now()
        let terminal = try PseudoTerminal(
            program: binary, arguments: [folder],
            environment: ["TERM=xterm-256color", "LANG=C.UTF-8", "TIDINGS_FRAME_MARK=1", "HOME=" + home,
                          "XDG_CONFIG_HOME=/nonexistent", "PATH=/usr/bin:/bin"],
            width: width, height: 40)
        let loaded = "· \(articles) article"
        var listed: Double?
        let deadline = began + 600
        while BenchClock.now() < deadline {
            terminal.send(Array("\u{0C}".utf8))
            guard let bytes = terminal.read(until: frameMark, timeout: 60) else { break }
            let frame = String(decoding: bytes, as: UTF8.self)
            if listed == nil, frame.contains(loaded) { listed = BenchClock.now() - began }
            if let listed, !frame.contains("Linking events") {
                reached(listed, BenchClock.now() - began)
                return terminal
            }
            usleep(20_000)
        }
        terminal.close()
        throw BenchError("the reader did not load \(folder)")
    }

    /// Seconds from each key to its painted frame.
    static func replay(binary: String, folder: String, articles: Int, keys: Int) throws -> [Double] {
        let terminal = try start(binary: binary, folder: folder, articles: articles, width: 120)
        defer { terminal.close() }
        var latencies: [Double] = []
        for n in 0..<keys {
            let began = BenchClock.now()
            terminal.send(cycle[n % cycle.count])
            guard terminal.read(until: frameMark, timeout: 10) != nil else { throw BenchError("no frame after key \(n)") }
            latencies.append(BenchClock.now() - began)
        }
        return latencies
    }

    /// Bytes the reader sends for `j` in the reading pane on a long article, after `keys`.
    static func scrollBytes(binary: String, article: [CChar], keys: String) throws -> [Double] {
        var template = Array("/tmp/scroll-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { throw BenchError("cannot make a temporary folder") }
        let folder = String(cString: template)
        defer {
            unlink(folder + "/article.txt")
            rmdir(folder)
        }
        guard Shell.run("cp", [String(cString: article), folder + "/article.txt"]) == 0 else {
            throw BenchError("cannot copy the article")
        }
        let terminal = try start(binary: binary, folder: folder, articles: 1, width: 120)
        defer { terminal.close() }
        for key in keys {
            terminal.send(Array(String(key).utf8))
            _ = terminal.read(until: frameMark, timeout: 10)
        }
        var samples: [Double] = []
        for _ in 0..<10 {
            terminal.send(Array("j".utf8))
            guard let bytes = terminal.read(until: frameMark, timeout: 10) else { throw BenchError("no frame") }
            samples.append(Double(bytes.count))
        }
        return samples
    }
}

/// Files that ship beside the benchmark executable.
enum BenchPaths {
    static func besideSelf(_ name: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let path = n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "./x"
        return String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) + "/" + name
    }
}
