import ArgumentParser
import Foundation
import TidingsKit
import TidingsUI

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or refresh the cache of a folder of articles, and print counts and timings.")

    @Argument(help: "The folder of articles.")
    var folder: String

    func run() throws {
        if let problem = FolderArgument.problem(folder) {
            warn(problem)
            throw ExitCode.failure
        }
        let library = Library(folder: folder)
        let progress = IndexProgress(onTerminal: isatty(1) == 1)
        let report = library.index(progress: { done, total in progress.show(done, of: total) })
        progress.finish()
        for notice in report.notices { warn(notice) }
        let shown = 10
        for failure in report.failures.prefix(shown) { warn(failure.description) }
        if report.failures.count > shown { warn("and \(report.failures.count - shown) more files that gave no article") }
        var out = OutputStream.standardOutput()
        out.write(IndexSummary.text(report, workers: ProcessInfo.processInfo.activeProcessorCount))
        out.flush()
    }
}

/// The closing lines of `tidings index`.
enum IndexSummary {
    static func text(_ report: IndexReport, workers: Int) -> String {
        func seconds(_ value: Double) -> String { String(format: "%.2f s", value) }
        return """
            \(counted(report.articles, "article")), \(counted(report.failures.count, "failure")): \(report.cached) from the cache, \
            \(report.reanalysed) analysed, \(report.removed) removed
            time \(seconds(report.total)): cache load \(seconds(report.loading)), listing \(seconds(report.listing)), \
            analysis \(seconds(report.analysis)) on \(workers) workers, storage \(seconds(report.storage)) \
            (alongside the analysis)

            """
    }
}

/// Progress of `tidings index`: a bar redrawn in place on a terminal, a line per tenth otherwise.
/// Called from worker threads.
final class IndexProgress: @unchecked Sendable {
    private let onTerminal: Bool
    private let lock = NSLock()
    private var lastDraw = 0.0
    private var lastTenth = 0
    private var drawn = false

    init(onTerminal: Bool) {
        self.onTerminal = onTerminal
    }

    func show(_ done: Int, of total: Int) {
        guard total > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        var out = OutputStream.standardOutput()
        if onTerminal {
            let now = Library.monotonicSeconds()
            guard now - lastDraw >= 0.05 || done == total else { return }
            lastDraw = now
            let width = 40
            let filled = width * done / total
            out.write("\r[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
                      + "] \(done)/\(total) files\u{1B}[K")
            drawn = true
        } else {
            let tenth = 10 * done / total
            guard tenth > lastTenth else { return }
            lastTenth = tenth
            out.write("indexed \(done) of \(total) files\n")
        }
        out.flush()
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard drawn else { return }
        var out = OutputStream.standardOutput()
        out.write("\r\u{1B}[K")
        out.flush()
    }
}
