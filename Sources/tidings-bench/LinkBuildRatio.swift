import TidingsKit

/// How the link index build grows: the large corpus's build time over the small one's, each pair
/// built one right after the other (as `ColdIndexRatio` indexes them), from analyses made first.
enum LinkBuildRatio {
    static func run(small: BenchCorpus, large: BenchCorpus, runs: Int, into table: inout BenchTable) {
        let smallSummaries = LinkBench.summaries(of: small), largeSummaries = LinkBench.summaries(of: large)
        var built = Timeline()
        let ratios = (0..<runs).map { _ in
            let smallTime = LinkBench.timedBuild(smallSummaries, into: &built).wall
            return LinkBench.timedBuild(largeSummaries, into: &built).wall / smallTime
        }
        table.add(BenchRow(name: "link index build, \(large.files.count) / \(small.files.count) articles, in pairs", unit: "x",
                           samples: ratios, bar: "<= 6"))
    }
}
