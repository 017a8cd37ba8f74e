#if canImport(Glibc)
import Glibc
#endif
import TidingsKit

/// How the cold index grows: the large corpus's time over the small one's, each pair indexed one
/// right after the other, so that a shared machine's speed drifting during a run weighs on both.
enum ColdIndexRatio {
    static func run(small: BenchCorpus, large: BenchCorpus, runs: Int, into table: inout BenchTable) {
        var template = Array("/tmp/tidings-bench-ratio-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { return }
        let work = String(cString: template)
        defer { _ = Shell.run("rm", ["-rf", work]) }
        let locations = LibraryLocations(cacheRoot: work + "/cache", stateRoot: work + "/state")
        let options = Library.Options(locations: locations)
        func coldIndex(_ corpus: BenchCorpus) -> Double {
            _ = Shell.run("rm", ["-rf", locations.cacheRoot])
            return Library(folder: corpus.folder, options: options).index(progress: nil).total
        }
        // The models are loaded before anything is timed.
        _ = coldIndex(small)
        let ratios = (0..<runs).map { _ in
            let smallTime = coldIndex(small)
            return coldIndex(large) / smallTime
        }
        table.add(BenchRow(name: "cold index, \(large.files.count) / \(small.files.count) articles, in pairs", unit: "x",
                           samples: ratios, bar: "<= 6"))
    }
}
