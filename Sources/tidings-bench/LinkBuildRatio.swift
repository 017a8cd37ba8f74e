import TidingsKit

/// How the link index build grows: the large corpus's build time over the small one's, each pair
/// built one right after the other (as `ColdIndexRatio` indexes them), from analyses made first.
enum LinkBuildRatio {
    static func run(small: BenchCorpus, large: BenchCorpus, runs: Int, into table: inout BenchTable) {
        let analyzer = Analyzer()
        let smallSummaries = small.articles.map { ArticleSummary(article: $0, analysis: analyzer.analyze($0)) }
        let largeSummaries = large.articles.map { ArticleSummary(article: $0, analysis: analyzer.analyze($0)) }
        var built = Timeline()
        func build(_ summaries: [ArticleSummary]) -> Double {
            built = Timeline()
            return BenchClock.time { built = Timeline(summaries) }
        }
        let ratios = (0..<runs).map { _ in
            let smallTime = build(smallSummaries)
            return build(largeSummaries) / smallTime
        }
        withExtendedLifetime(built) {}
        table.add(BenchRow(name: "link index build, \(large.files.count) / \(small.files.count) articles, in pairs", unit: "x",
                           samples: ratios, bar: "<= 6"))
    }
}
