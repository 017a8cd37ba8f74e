#if canImport(Glibc)
import Glibc
#endif
import TidingsKit

/// The timeline's link index: building it, the links and the story of one event, adding and
/// removing one article.
enum LinkBench {
    /// Every article of `corpus` analysed, as a timeline is built from them.
    static func summaries(of corpus: BenchCorpus) -> [ArticleSummary] {
        let analyzer = Analyzer()
        return corpus.articles.map { ArticleSummary(article: $0, analysis: analyzer.analyze($0)) }
    }

    /// Builds a timeline of `summaries` into `timeline`: the seconds it took and the CPU seconds
    /// of all cores. The previous timeline's teardown comes first and is not timed.
    static func timedBuild(_ summaries: [ArticleSummary], into timeline: inout Timeline) -> (wall: Double, cpu: Double) {
        timeline = Timeline()
        let cpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID)
        let wall = BenchClock.time { timeline = Timeline(summaries) }
        return (wall, cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - cpu)
    }

    static func run(_ corpus: BenchCorpus, runs: Int, into table: inout BenchTable) {
        let summaries = Self.summaries(of: corpus)
        var timeline = Timeline()
        let builds = (0..<runs).map { _ in timedBuild(summaries, into: &timeline) }
        let build = builds.map(\.wall), buildCPU = builds.map(\.cpu)
        let mentions = timeline.events.count { $0.event.kind == .mention }
        print("  \(timeline.eventCount) events (\(mentions) in sentences), \(timeline.articleCount) articles")
        table.add(BenchRow(name: "link index build, 2 cores", unit: "s", samples: build, bar: "<= 1.5 s"))
        table.add(BenchRow(name: "link index build, CPU time of all cores", unit: "s", samples: buildCPU, bar: ""))

        var random = SplitMix(seed: 1987)
        let ids = timeline.events.map(\.id)
        var linkCount = 0
        var queryCPU: [[Double]] = []
        let queries = (0..<runs).map { _ in
            var cpu: [Double] = []
            let wall = (0..<2000).map { _ in
                let id = ids[random.next(below: ids.count)]
                let start = cpuSeconds(CLOCK_THREAD_CPUTIME_ID)
                let wall = BenchClock.time { linkCount += timeline.links(of: id).count }
                cpu.append(cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - start)
                return wall
            }
            queryCPU.append(cpu)
            return wall
        }
        print("  \(String(format: "%.2f", Double(linkCount) / Double(runs * 2000))) links per event on average")
        table.add(BenchRow(name: "links of one event, p50", unit: "ms",
                           samples: queries.map { percentile(50, of: $0) * 1e3 }, bar: ""))
        table.add(BenchRow(name: "links of one event, p99", unit: "ms",
                           samples: queries.map { percentile(99, of: $0) * 1e3 }, bar: "<= 1 ms"))
        table.add(BenchRow(name: "links of one event, p99 of thread CPU time", unit: "ms",
                           samples: queryCPU.map { percentile(99, of: $0) * 1e3 }, bar: ""))

        // A generator of its own, so the figures after it pick the same articles as without it.
        var storyRandom = SplitMix(seed: 13)
        var storyEvents = 0
        let stories = (0..<runs).map { _ in
            percentile(99, of: (0..<200).map { _ in
                let id = ids[storyRandom.next(below: ids.count)]
                return BenchClock.time { storyEvents += timeline.story(of: id)?.events.count ?? 0 }
            })
        }
        table.add(BenchRow(name: "story of one event, p99", unit: "ms", samples: stories.map { $0 * 1e3 }, bar: ""))

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
        blackHole(linkCount + storyEvents)
    }

    /// CPU seconds of this thread or process: what a figure costs apart from waiting for a core
    /// on a busy machine.
    static func cpuSeconds(_ clock: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
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
