import Dispatch
import TidingsKit

/// The taggers on one core, and the whole analysis on one and on every core.
enum AnalysisBench {
    static func run(_ corpus: BenchCorpus, runs: Int, into table: inout BenchTable) {
        let articles = corpus.articles
        let texts = articles.map { article -> (AnalyzedText, CalendarDate) in
            let ranges = article.contentRanges
            let tokens = Tokenizer.tokenize(article.scalars, ranges: ranges)
            let sentences = SentenceSplitter.split(article.scalars, tokens: tokens, ranges: ranges)
            return (AnalyzedText(scalars: article.scalars, tokens: tokens, sentences: sentences), article.date)
        }
        let megabytes = Double(corpus.bytes) / 1e6
        let tagger = TemporalTagger()
        let temporal = BenchClock.repeated(runs) {
            var count = 0
            for (text, date) in texts { count += tagger.tag(text, anchor: date).count }
            blackHole(count)
        }
        table.add(BenchRow(name: "temporal tagger, 1 core", unit: "MB/s", samples: temporal.map { megabytes / $0 },
                           bar: ">= 20"))
        let recognizer = EntityRecognizer.shared
        let entities = BenchClock.repeated(runs) {
            var count = 0
            for (text, _) in texts { count += recognizer.recognize(text).count }
            blackHole(count)
        }
        table.add(BenchRow(name: "entity recognizer, 1 core", unit: "MB/s", samples: entities.map { megabytes / $0 },
                           bar: ">= 10"))
        let analyzer = Analyzer()
        for cores in [1, 2] {
            let samples = BenchClock.repeated(runs) {
                DispatchQueue.concurrentPerform(iterations: cores) { part in
                    var count = 0
                    for index in stride(from: part, to: articles.count, by: cores) {
                        count += analyzer.analyze(articles[index]).events.count
                    }
                    blackHole(count)
                }
            }
            table.add(BenchRow(name: "full analysis, \(cores) core\(cores == 1 ? "" : "s")", unit: "MB/s",
                               samples: samples.map { megabytes / $0 }, bar: ""))
        }
    }
}

/// Keeps a result alive so the optimizer cannot drop the work that made it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
