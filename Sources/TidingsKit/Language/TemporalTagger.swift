/// Finds time expressions and resolves them against the article's date.
public struct TemporalTagger: Sendable {
    public init() {}

    public func tag(_ text: AnalyzedText, anchor: CalendarDate) -> [TimeExpression] {
        []
    }
}
