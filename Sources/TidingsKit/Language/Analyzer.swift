/// Runs the analysis pipeline over an article: tokens and sentences of its content (boilerplate
/// left out), then times, entities and the events they make.
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
        let entities = recognizer.recognize(text)
        let events = ArticleEvent.events(in: text, times: times, entities: entities, published: article.date)
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
        let ranges = article.contentRanges
        let tokens = Tokenizer.tokenize(article.scalars, ranges: ranges)
        self.init(scalars: article.scalars, tokens: tokens,
                  sentences: SentenceSplitter.split(article.scalars, tokens: tokens, ranges: ranges))
    }

    public func string(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    public func string(_ token: Token) -> String { string(token.range) }
}
