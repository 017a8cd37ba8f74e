/// The forms whose occurrence the resolver chooses.
enum PartialDateKind: UInt64 {
    case weekday = 1, monthDay, month, season, quarter
}

/// Hashed features of a partial date, each a bucket of the model's table.
struct DateFeatures {
    /// Changes when the features change, so that an older model file is refused.
    static let version = 1

    var buckets: [UInt32] = []

    mutating func add(_ template: UInt64, _ value: UInt64 = 0) {
        var h = (template &+ 1) &* 0x9E37_79B9_7F4A_7C15 ^ value
        h = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        buckets.append(UInt32(truncatingIfNeeded: h) & UInt32((1 << DateResolverModel.bits) - 1))
    }

    static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 { a &* 1_000_003 ^ b }
}

extension TemporalGrammar {
    /// The value of a partial date at piece `at`: the rules' `rule` without a model, else the model's
    /// choice among the occurrences' values. `relation` is where the date falls in its cycle against
    /// the article's date (months, weekdays or quarters ahead of it).
    func choose<Value: Equatable>(_ kind: PartialDateKind, relation: Int, rule: Value, at: Int,
                                  _ value: (Occurrence) -> Value) -> Value {
        let resolution = context.resolution
        guard resolution.model != nil || resolution.forced != nil else { return rule }
        let values = Occurrence.allCases.map(value)
        // Which occurrences the rules pick and which coincide: the model learns when to leave the rules.
        var agreement: UInt64 = 0
        for (n, v) in values.enumerated() where v == rule { agreement |= 1 << n }
        var coincide: UInt64 = 0
        for a in 0..<values.count { for b in a + 1..<values.count where values[a] == values[b] { coincide |= 1 << (a * 4 + b) } }
        let features = dateFeatures(kind, relation: relation, rule: agreement, coincide: coincide, at: at)
        if let forced = resolution.forced {
            resolution.log?.decisions.append((Int(p[at].start), features))
            return values[forced.rawValue]
        }
        return values[resolution.model!.choose(features).rawValue]
    }

    /// The word or shape of piece `k`, as a feature value.
    func pieceKey(_ k: Int) -> UInt64 {
        guard k >= 0 && k < count else { return 1 }
        let piece = p[k]
        switch piece.shape {
        case .word: return piece.hash == 0 ? 2 : piece.hash
        case .punctuation: return 3 ^ UInt64(piece.a) << 8
        default: return 4 ^ UInt64(piece.shape.rawValue) << 8 ^ UInt64(piece.digits) << 16
        }
    }

    /// The features that cross-validation on news with gold values kept: which occurrences the rules
    /// pick, the tense around and the nearest tense cue on each side, the word before, a possessive
    /// after. The words further around and the dates mentioned before only fitted the training folds.
    func dateFeatures(_ kind: PartialDateKind, relation: Int, rule: UInt64, coincide: UInt64,
                      at: Int) -> [UInt32] {
        var f = DateFeatures()
        let k = kind.rawValue << 32
        let relationKey = UInt64(bitPattern: Int64(relation + 64))
        let ruleKey = rule ^ coincide << 4
        let tenseKey = UInt64(tense(at: at).rawValue)
        f.add(0, rule)
        f.add(1, k ^ ruleKey)
        f.add(2, k ^ tenseKey)
        f.add(3, k ^ relationKey ^ tenseKey << 8)
        var left = at - 1
        while left >= 0 && p[left].tense == .none && !isQuotationMark(left) { left -= 1 }
        if left >= 0 && p[left].tense != .none {
            f.add(4, UInt64(p[left].tense.rawValue) ^ UInt64(min(at - left, 6)) << 4)
        }
        var right = at + 1
        while right < count && p[right].tense == .none && !isQuotationMark(right) { right += 1 }
        if right < count && p[right].tense != .none {
            f.add(5, UInt64(p[right].tense.rawValue) ^ UInt64(min(right - at, 6)) << 4)
        }
        // The word just before: prepositions and cues ("by", "until", "since", "deadline").
        f.add(6, pieceKey(at - 1))
        f.add(7, k ^ pieceKey(at - 1))
        // "Wednesday's ruling"
        if `is`(at + 1, .possessive) { f.add(8, k) }
        return f.buckets
    }
}
