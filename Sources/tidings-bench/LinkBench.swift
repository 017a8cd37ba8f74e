import TidingsKit

/// The timeline's link index: building it, the links of one event, adding and removing one
/// article.
enum LinkBench {
    static func run(_ corpus: BenchCorpus, runs: Int, into table: inout BenchTable) {
        let analyzer = Analyzer()
        let summaries = corpus.articles.map { ArticleSummary(article: $0, analysis: analyzer.analyze($0)) }
        var timeline = Timeline()
        let build = BenchClock.repeated(runs) { timeline = Timeline(summaries) }
        let mentions = timeline.events.count { $0.event.kind == .mention }
        print("  \(timeline.eventCount) events (\(mentions) in sentences), \(timeline.articleCount) articles")
        table.add(BenchRow(name: "link index build, 2 cores", unit: "s", samples: build, bar: "<= 1 s"))

        var random = SplitMix(seed: 1987)
        let ids = timeline.events.map(\.id)
        var linkCount = 0
        let queries = (0..<runs).map { _ in
            (0..<2000).map { _ in
                let id = ids[random.next(below: ids.count)]
                return BenchClock.time { linkCount += timeline.links(of: id).count }
            }
        }
        print("  \(linkCount / (runs * 2000)) links per event on average")
        table.add(BenchRow(name: "links of one event, p50", unit: "ms",
                           samples: queries.map { percentile(50, of: $0) * 1e3 }, bar: ""))
        table.add(BenchRow(name: "links of one event, p99", unit: "ms",
                           samples: queries.map { percentile(99, of: $0) * 1e3 }, bar: "<= 1 ms"))

        var removals: [Double] = []
        var additions: [Double] = []
        for _ in 0..<runs {
            var removeTimes: [Double] = []
            var addTimes: [Double] = []
            for _ in 0..<200 {
                let summary = summaries[random.next(below: summaries.count)]
                removeTimes.append(BenchClock.time { timeline.remove(path: summary.path) })
                addTimes.append(BenchClock.time {
                    timeline.update(summary)
                    for event in timeline.events(article: summary.path) { linkCount += timeline.links(of: event.id).count }
                })
            }
            removals.append(percentile(99, of: removeTimes))
            additions.append(percentile(99, of: addTimes))
        }
        table.add(BenchRow(name: "remove one article, p99", unit: "ms", samples: removals.map { $0 * 1e3 },
                           bar: "<= 10 ms"))
        table.add(BenchRow(name: "add one article and rank its links, p99", unit: "ms",
                           samples: additions.map { $0 * 1e3 }, bar: "<= 10 ms"))
        blackHole(linkCount)
    }

    static func percentile(_ p: Int, of samples: [Double]) -> Double {
        let sorted = samples.sorted()
        return sorted[min(sorted.count - 1, sorted.count * p / 100)]
    }
}

/// A small seeded generator, so every run picks the same events.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
