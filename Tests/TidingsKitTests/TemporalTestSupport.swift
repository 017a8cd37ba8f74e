@testable import TidingsKit

/// Runs the temporal tagger over a short text, as the analyzer does over an article body.
enum TemporalTestSupport {
    static func analyzed(_ text: String) -> AnalyzedText { analyzed(scalars: Array(text.unicodeScalars)) }

    static func analyzed(scalars: [Unicode.Scalar]) -> AnalyzedText {
        let ranges = [0..<scalars.count]
        let tokens = Tokenizer.tokenize(scalars, ranges: ranges)
        let sentences = SentenceSplitter.split(scalars, tokens: tokens, ranges: ranges)
        return AnalyzedText(scalars: scalars, tokens: tokens, sentences: sentences)
    }

    /// Each expression as "text=value".
    static func tag(_ text: String, anchor: CalendarDate = CalendarDate(year: 2023, month: 11, day: 28)) -> [String] {
        let analyzed = analyzed(text)
        return TemporalTagger().tag(analyzed, anchor: anchor).map { analyzed.string($0.range) + "=" + $0.value }
    }

    static func expressions(_ text: String, anchor: CalendarDate = CalendarDate(year: 2023, month: 11, day: 28))
        -> [TimeExpression] {
        TemporalTagger().tag(analyzed(text), anchor: anchor)
    }
}
