/// Which way in time a sentence looks from the article's date: it decides whether "on Tuesday"
/// or "in March" is the last one or the next one.
enum Tense: UInt8 {
    case none, past, future
}

/// Verb forms that mark tense, found by their scalars.
enum TenseCues {
    /// The tense cue of a word token, if it is one.
    static func tense(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Tense {
        let length = end - start
        guard length >= 2, length <= 12 else { return .none }
        guard let h = TemporalLexicon.hash(scalars, start..<end) else { return .none }
        if let cue = words[h] { return cue }
        // Regular past tense: lowercase words ending in "ed" ("announced", "rose" is listed), but not
        // the adjectives in "un-" ("unspecified", "unnamed").
        if length >= 5, scalars[end - 1] == "d", scalars[end - 2] == "e", CharacterClass.isLower(scalars[start]),
           !(scalars[start] == "u" && scalars[start + 1] == "n") {
            return .past
        }
        return .none
    }

    /// Words that look ahead when "to" and a verb follow: "is to resume", "set to meet", "agreed to buy".
    static func leadsToFuture(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        guard (2...12).contains(end - start), let h = TemporalLexicon.hash(scalars, start..<end) else { return false }
        return intentions.contains(h)
    }

    /// "be", "been", "being": the auxiliaries of the passive.
    static func isFormOfBe(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        guard (2...5).contains(end - start), let h = TemporalLexicon.hash(scalars, start..<end) else { return false }
        return passiveAuxiliaries.contains(h)
    }

    static let passiveAuxiliaries: Set<UInt64> = Set(["be", "been", "being"].map(TemporalLexicon.hash))

    static let intentions: Set<UInt64> = Set([
        "is", "are", "set", "slated", "poised", "due", "scheduled", "expected", "planned", "agreed", "going",
        "decided", "promised", "vowed", "pledged", "threatened", "plans", "intends", "hopes", "wants", "seeks",
        "aims", "prepared", "preparing", "ready", "likely",
    ].map(TemporalLexicon.hash))

    static let words: [UInt64: Tense] = {
        var table: [UInt64: Tense] = [:]
        let past = ["was", "were", "had", "did", "said", "told", "rose", "fell", "took", "made", "came", "went",
                    "got", "gave", "left", "met", "saw", "won", "lost", "held", "began", "became", "brought", "bought",
                    "sold", "paid", "put", "set", "hit", "cut", "led", "ran", "spoke", "wrote", "found", "thought",
                    "knew", "grew", "drew", "flew", "threw", "sent", "spent", "struck", "broke", "chose", "fought",
                    "stood", "tore", "shot", "fled", "caught", "kept", "heard", "felt", "built", "sought", "drove",
                    "withdrew", "upheld", "overthrew", "stole", "woke", "ago", "earlier", "last"]
        let future = ["will", "shall", "would", "should", "might", "must", "expected", "scheduled", "planned",
                      "planning", "plans", "plan", "due", "expect", "expects", "anticipate", "anticipates", "predict",
                      "predicts", "intends", "hopes", "tomorrow", "next", "upcoming", "later", "coming"]
        for word in past { table[TemporalLexicon.hash(word)] = .past }
        for word in future { table[TemporalLexicon.hash(word)] = .future }
        return table
    }()
}
