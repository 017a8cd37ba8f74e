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
    /// Which occurrence of a partial date at piece `at` is meant. `relation` is where the date
    /// falls in its cycle against the article's date (months, weekdays or quarters ahead of it), and
    /// `rule` the way the hand-written rules would look (-1, 0, +1).
    /// Nil without a model: the rules decide.
    func occurrence(_ kind: PartialDateKind, relation: Int, rule: Int, lead: Lead, at: Int) -> Occurrence? {
        let resolution = context.resolution
        guard resolution.model != nil || resolution.forced != nil else { return nil }
        let features = dateFeatures(kind, relation: relation, rule: rule, lead: lead, at: at)
        if let forced = resolution.forced {
            resolution.log?.decisions.append((Int(p[at].start), features))
            return forced
        }
        return resolution.model!.choose(features)
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

    func dateFeatures(_ kind: PartialDateKind, relation: Int, rule: Int, lead: Lead, at: Int) -> [UInt32] {
        var f = DateFeatures()
        let k = kind.rawValue << 32
        let relationKey = UInt64(bitPattern: Int64(relation + 64))
        let ruleKey = UInt64(bitPattern: Int64(rule + 2))
        let tenseKey = UInt64(tense(at: at).rawValue)
        f.add(0)
        f.add(1, k)
        f.add(2, k ^ relationKey)
        f.add(3, k ^ ruleKey)
        f.add(4, k ^ relationKey ^ ruleKey << 8)
        f.add(5, k ^ tenseKey)
        f.add(6, k ^ relationKey ^ tenseKey << 8)
        f.add(7, ruleKey ^ tenseKey << 8)
        // The nearest tense cue on each side, and how far it is.
        var left = at - 1
        while left >= 0 && p[left].tense == .none && !isQuotationMark(left) { left -= 1 }
        if left >= 0 && p[left].tense != .none {
            f.add(8, UInt64(p[left].tense.rawValue) ^ UInt64(min(at - left, 6)) << 4)
            f.add(9, p[left].hash)
        }
        var right = at + 1
        while right < count && p[right].tense == .none && !isQuotationMark(right) { right += 1 }
        if right < count && p[right].tense != .none {
            f.add(10, UInt64(p[right].tense.rawValue) ^ UInt64(min(right - at, 6)) << 4)
            f.add(11, p[right].hash)
        }
        // The words just before and after: prepositions and cues ("by", "until", "since", "deadline").
        f.add(12, pieceKey(at - 1))
        f.add(13, pieceKey(at - 2))
        f.add(14, DateFeatures.pair(pieceKey(at - 2), pieceKey(at - 1)))
        f.add(15, k ^ pieceKey(at - 1))
        f.add(16, pieceKey(at + 1))
        f.add(17, pieceKey(at + 2))
        for j in max(0, at - 8)..<max(0, at - 2) { f.add(18, pieceKey(j)) }
        for j in min(count, at + 3)..<min(count, at + 8) { f.add(19, pieceKey(j)) }
        // Lead words: "early", "the", a possessive after ("Wednesday's").
        if let position = lead.position { f.add(20, UInt64(position.rawValue)) }
        if lead.the { f.add(21, k) }
        if `is`(at + 1, .possessive) { f.add(22, k) }
        // Another date spoken of before, and which side of it this one falls.
        let reference = context.reference
        if reference != context.anchor {
            f.add(23, k ^ UInt64(reference < context.anchor ? 1 : 2))
            f.add(24, k ^ UInt64(bitPattern: Int64(reference.year - context.anchor.year + 8)) << 8)
        }
        f.add(25, UInt64(min(at, 12)))
        return f.buckets
    }
}
