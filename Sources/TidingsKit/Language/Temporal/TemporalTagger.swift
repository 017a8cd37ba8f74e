/// Finds time expressions (TimeML TIMEX3 DATE, TIME, DURATION, SET) and resolves their values
/// against the article's date, the tense around them and the dates mentioned before them.
public struct TemporalTagger: Sendable {
    /// Chooses which occurrence a partial date means; without one, the rules alone do.
    public var resolver: DateResolverModel?

    public init(resolver: DateResolverModel? = DateResolverModel.shared) {
        self.resolver = resolver
    }

    /// Time expressions sorted by start, never overlapping.
    public func tag(_ text: AnalyzedText, anchor: CalendarDate) -> [TimeExpression] {
        tag(text, anchor: anchor, resolution: PartialDateResolution(model: resolver))
    }

    func tag(_ text: AnalyzedText, anchor: CalendarDate, resolution: PartialDateResolution) -> [TimeExpression] {
        var times: [TimeExpression] = []
        var context = TemporalContext(anchor: anchor, resolution: resolution)
        var pieces: [TemporalPiece] = []
        text.scalars.withUnsafeBufferPointer { scalars in
            context.dayFirst = numericDateOrder(scalars, text.tokens)
            for sentence in text.sentences {
                TemporalPieces.build(scalars, tokens: text.tokens[sentence.tokens], into: &pieces)
                tagSentence(pieces, &context, into: &times)
                context.sentence += 1
            }
        }
        return times
    }

    /// The order of day and month in the first numeric date that can be read one way only
    /// ("30-08-2025": day first).
    func numericDateOrder(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: [Token]) -> Bool? {
        for token in tokens where token.kind == .number && (8...10).contains(token.end - token.start) {
            let piece = TemporalPieces.number(scalars, Int(token.start), Int(token.end))
            guard piece.shape == .dayMonthYear, (piece.a > 12) != (piece.b > 12) else { continue }
            return piece.a > 12
        }
        return nil
    }

    func tagSentence(_ pieces: [TemporalPiece], _ context: inout TemporalContext, into times: inout [TimeExpression]) {
        var i = 0
        while i < pieces.count {
            let grammar = TemporalGrammar(p: pieces, context: context)
            guard let match = grammar.match(at: i), match.end > match.first else {
                i += 1
                continue
            }
            let start = Int(pieces[match.first].tokenStart)
            let end = Int(pieces[match.end - 1].tokenEnd) - (match.endsBeforePeriod ? 1 : 0)
            if times.last.map({ $0.end <= start }) ?? true {
                times.append(TimeExpression(start: start, end: end, type: match.type, value: match.value,
                                            granularity: match.granularity))
                if match.type == .date || match.type == .time { context.remember(match.value) }
                if let monday = match.week { context.week = (monday, context.sentence) }
                if let q = match.quarter {
                    context.remember(quarter: q, lookingAhead: grammar.tense(at: match.first) == .future)
                }
            }
            i = max(match.end, i + 1)
        }
    }
}
