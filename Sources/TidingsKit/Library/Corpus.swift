/// An article with its analysis: what the reader and the timeline show.
public struct CorpusEntry: Sendable {
    public var article: Article
    public var analysis: Analysis

    public init(article: Article, analysis: Analysis) {
        self.article = article
        self.analysis = analysis
    }
}

/// The articles of a folder, read and analysed in memory, newest first.
public struct Corpus: Sendable {
    public var folder: String
    public var entries: [CorpusEntry]
    /// Files that could not be read, with the reason.
    public var failures: [ReadFailure]

    public init(folder: String, entries: [CorpusEntry], failures: [ReadFailure]) {
        self.folder = folder
        self.entries = entries
        self.failures = failures
    }

    /// Reads and analyses every article under `folder`.
    public static func load(folder: String, reader: ArticleReader = ArticleReader(),
                            analyzer: Analyzer = Analyzer()) -> Corpus {
        let listing = FolderScanner.scan(folder)
        var entries: [CorpusEntry] = []
        var failures = listing.failures
        for file in listing.files {
            do {
                let article = try reader.readWithStamp(rawPath: file.rawPath).article
                entries.append(CorpusEntry(article: article, analysis: analyzer.analyze(article)))
            } catch {
                failures.append(error)
            }
        }
        entries.sort { ($0.article.date, $0.article.path) > ($1.article.date, $1.article.path) }
        return Corpus(folder: folder, entries: entries, failures: failures)
    }
}
