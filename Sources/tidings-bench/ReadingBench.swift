import TidingsKit

/// Reading files and splitting sentences (issue: foundation).
enum ReadingBench {
    static func run(_ corpus: BenchCorpus, runs: Int, into table: inout BenchTable) {
        let megabytes = Double(corpus.bytes) / 1e6
        let reader = ArticleReader()
        let samples = BenchClock.repeated(runs) {
            var sentences = 0
            for file in corpus.files {
                guard let article = try? reader.readWithStamp(rawPath: file.rawPath).article else { continue }
                sentences += SentenceSplitter.sentences(in: article.scalars, ranges: article.contentRanges).count
            }
            precondition(sentences > 0)
        }
        table.add(BenchRow(name: "read + sentences, 1 core", unit: "MB/s", samples: samples.map { megabytes / $0 }, bar: ""))
    }
}
