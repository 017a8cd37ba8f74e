#if canImport(Glibc)
import Glibc
#endif

/// `tidings-bench [--corpus PATH] [--runs N] [--only NAME,...]`: every speed and memory figure
/// of Tidings in one table (release builds only; debug figures mean nothing).
@main
enum BenchMain {
    static func main() {
        var corpusPath = "../shared/corpus/reuters21578.tar.gz"
        var runs = 5
        var only: Set<String>? = nil
        var arguments = CommandLine.arguments.dropFirst()
        while let argument = arguments.popFirst() {
            switch argument {
            case "--corpus": corpusPath = arguments.popFirst() ?? corpusPath
            case "--runs": runs = arguments.popFirst().flatMap(Int.init) ?? runs
            case "--only": only = Set((arguments.popFirst() ?? "").split(separator: ",").map(String.init))
            default:
                print("usage: tidings-bench [--corpus TARBALL|FOLDER] [--runs N] [--only reading,analysis,...]")
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
    }

    /// The suites in the order they print; each issue's figures come from its own suite.
    static var suites: [(name: String, run: (BenchCorpus, Int, inout BenchTable) -> Void)] { [
        ("reading", ReadingBench.run),
        ("analysis", AnalysisBench.run),
        ("keystroke", KeystrokeBench.run),
    ] }
}
