/// Runs the analysis pipeline over an article: tokens and sentences of its content (boilerplate
/// left out), then times, entities (in "Read also" headlines as well) and the events they make.
public struct Analyzer: Sendable {
    public var temporal: TemporalTagger
    public var recognizer: EntityRecognizer

    public init(temporal: TemporalTagger = TemporalTagger(), recognizer: EntityRecognizer = .shared) {
        self.temporal = temporal
        self.recognizer = recognizer
    }

    public func analyze(_ article: Article) -> Analysis {
        let text = AnalyzedText(article: article)
        let times = temporal.tag(text, anchor: article.date)
        // "Read also" headlines name people and places too; their dates make no events.
        let headlines = article.readAlsoHeadlineRanges
        let entities = recognizer.recognize(headlines.isEmpty ? text : AnalyzedText(
            scalars: article.scalars, ranges: (article.contentRanges + headlines).sorted { $0.lowerBound < $1.lowerBound }))
        let events = ArticleEvent.events(in: text, times: times, entities: entities, published: article.date,
                                         precision: article.datePrecision)
        return Analysis(tokens: text.tokens, sentences: text.sentences, entities: entities, times: times, events: events)
    }
}

/// The text that taggers read: scalars, tokens and sentences, shared so nothing is done twice.
public struct AnalyzedText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let sentences: [Sentence]

    public init(scalars: [Unicode.Scalar], tokens: [Token], sentences: [Sentence]) {
        self.scalars = scalars
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The tokens and sentences of an article's content (boilerplate left out).
    public init(article: Article) {
        self.init(scalars: article.scalars, ranges: article.contentRanges)
    }

    /// The tokens and sentences of `ranges` of the text, in order, each range apart.
    public init(scalars: [Unicode.Scalar], ranges: [Range<Int>]) {
        let tokens = Tokenizer.tokenize(scalars, ranges: ranges)
        self.init(scalars: scalars, tokens: tokens, sentences: SentenceSplitter.split(scalars, tokens: tokens, ranges: ranges))
    }

    public func string(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    public func string(_ token: Token) -> String { string(token.range) }
}
