#if canImport(Glibc)
import Glibc
#endif

/// `tidings-bench [--corpus PATH] [--runs N] [--only NAME,...] [--scale N] [--pages FOLDER]`: every speed and
/// memory figure of Tidings in one table, on the corpus and then on N articles generated from it
/// (release builds only; debug figures mean nothing).
@main
enum BenchMain {
    static func main() {
        var corpusPath = "../shared/corpus/reuters21578.tar.gz"
        var runs = 5
        var only: Set<String>? = nil
        var scale = 100_000
        var pages = PageBench.defaultSource
        var arguments = CommandLine.arguments.dropFirst()
        while let argument = arguments.popFirst() {
            switch argument {
            case "--corpus": corpusPath = arguments.popFirst() ?? corpusPath
            case "--runs": runs = arguments.popFirst().flatMap(Int.init) ?? runs
            case "--only": only = Set((arguments.popFirst() ?? "").split(separator: ",").map(String.init))
            case "--scale": scale = arguments.popFirst().flatMap(Int.init) ?? scale
            case "--pages": pages = arguments.popFirst() ?? pages
            default:
                print("usage: tidings-bench [--corpus TARBALL|FOLDER] [--runs N] [--only reading,analysis,...] [--scale N|0] [--pages FOLDER]")
                exit(argument == "--help" ? 0 : 2)
            }
        }
        #if DEBUG
        print("tidings-bench: a debug build; figures are meaningless (use swift build -c release)")
        #endif
        let corpus: BenchCorpus
        do {
            corpus = try BenchCorpus(source: corpusPath)
        } catch {
            print("tidings-bench: \(error)")
            exit(1)
        }
        print("corpus: \(corpus.files.count) articles, \(BenchTable.number(Double(corpus.bytes) / 1e6)) MB; \(runs) runs each")
        print(BenchTable.header())
        var table = BenchTable()
        for suite in suites where only?.contains(suite.name) ?? true {
            suite.run(corpus, runs, &table)
        }
        if only?.contains("pages") ?? true { PageBench.run(source: pages, runs: runs, into: &table) }
        let scaleSuites = suites.filter { scaleSuiteNames.contains($0.name) && (only?.contains($0.name) ?? true) }
        guard scale > 0, !scaleSuites.isEmpty else { return }
        let large: BenchCorpus
        do {
            let started = BenchClock.now()
            let folder = try ScaleCorpus.folder(count: scale, from: corpus)
            large = try BenchCorpus(source: folder)
            print("\ncorpus: \(large.files.count) articles generated from it, \(BenchTable.number(Double(large.bytes) / 1e6)) MB"
                  + " (ready in \(BenchTable.number(BenchClock.now() - started)) s); \(runs) runs each")
        } catch {
            print("tidings-bench: \(error)")
            exit(1)
        }
        print(BenchTable.header())
        table.bars = scaleBars
        for suite in scaleSuites { suite.run(large, runs, &table) }
        if scaleSuites.contains(where: { $0.name == "library" }) {
            table.bars = nil
            ColdIndexRatio.run(small: corpus, large: large, runs: runs, into: &table)
        }
        if scaleSuites.contains(where: { $0.name == "links" }) {
            table.bars = nil
            LinkBuildRatio.run(small: corpus, large: large, runs: runs, into: &table)
        }
    }

    /// The bars on the generated corpus.
    static let scaleBars: [(prefix: String, bar: String)] = [
        ("warm start: list shown", "<= 500"), ("warm start + full check, nothing", "<= 500"), ("warm start of the reader, every article listed", "<= 500"),
        ("full-text query", "<= 20"), ("RSS after a warm start", "<= 400"), ("RSS of the reader", "<= 400"),
        ("keystroke to painted screen, p99", "<= 5 ms"),
    ]

    /// The suites whose figures depend on the number of articles, run again at scale.
    static let scaleSuiteNames: Set<String> = ["library", "links", "keystroke"]

    /// The suites in the order they print; each issue's figures come from its own suite.
    static var suites: [(name: String, run: (BenchCorpus, Int, inout BenchTable) -> Void)] { [
        ("reading", ReadingBench.run),
        ("analysis", AnalysisBench.run),
        ("library", LibraryBench.run),
        ("links", LinkBench.run),
        ("keystroke", KeystrokeBench.run),
    ] }
}
