#if canImport(Glibc)
import Glibc
#endif
import TidingsKit

/// Saved web pages: reading and extracting their article text (charset, HTML parser, metadata,
/// main-content extraction), and a cold index of a folder of them.
enum PageBench {
    static let defaultSource = "../shared/eval/html/dev"

    /// `source` is a folder of pages, gzip-compressed (`.html.gz`) or not: unpacked first, so
    /// that the figure is of the HTML itself.
    static func run(source: String, runs: Int, into table: inout BenchTable) {
        var template = Array("/tmp/tidings-bench-pages-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { return }
        let work = String(cString: template)
        defer { _ = Shell.run("rm", ["-rf", work]) }
        let folder = work + "/pages"
        guard Shell.run("cp", ["-r", source, folder]) == 0,
              Shell.run("sh", ["-c", "for f in \"$0\"/*.gz; do [ -e \"$f\" ] && gzip -d \"$f\"; done; true", folder]) == 0
        else { print("tidings-bench: cannot copy the pages of \(source)"); return }
        let files = FolderScanner.scan(folder).files.filter { SavedPage.isPageName($0.path) }
        guard !files.isEmpty else { print("tidings-bench: no pages in \(source)"); return }
        let megabytes = Double(files.reduce(0) { total, file in
            var info = stat()
            return total + (stat(file.rawPath, &info) == 0 ? Int(info.st_size) : 0)
        }) / 1e6
        print("pages: \(files.count) saved pages, \(BenchTable.number(megabytes)) MB of HTML")
        let reader = ArticleReader()
        let samples = BenchClock.repeated(runs) {
            var characters = 0
            for file in files {
                guard let article = try? reader.readWithStamp(rawPath: file.rawPath).article else { continue }
                characters += article.bodyRange.count
            }
            precondition(characters > 0)
        }
        table.add(BenchRow(name: "saved pages: read + extract, 1 core", unit: "MB/s",
                           samples: samples.map { megabytes / $0 }, bar: ">= 20"))
        let options = Library.Options(locations: LibraryLocations(cacheRoot: work + "/cache", stateRoot: work + "/state"))
        let cold = (0..<runs).map { _ in
            _ = Shell.run("rm", ["-rf", options.locations.cacheRoot])
            return Library(folder: folder, options: options).index(progress: nil)
        }
        table.add(BenchRow(name: "saved pages: cold index (\(cold[0].articles) pages)", unit: "s",
                           samples: cold.map(\.total), bar: "< 1"))
    }
}
