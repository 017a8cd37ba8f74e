import Foundation

/// What a pair of events has in common, as the numbers the link model weighs. Each is the same
/// from either end of the pair, so a link weighs the same both ways.
public struct LinkFeatures: Sendable, Equatable {
    /// Names both events are about: the subject of a sentence or a main name of its article, in
    /// both (log of 1 + their summed rarities, as every sum here).
    public var keyNames = 0.0
    /// Both have a subject (a publication: its article's first main name) and neither names the
    /// other's: the same kind of report about another company or person.
    public var otherSubjects = 0.0
    /// Other names both name (neither a place nor a dateline).
    public var otherNames = 0.0
    /// Places both name, outside a dateline.
    public var places = 0.0
    /// A place in either's wire dateline that both name.
    public var dateline = 0.0
    /// Rare content words both sentences say (names left out).
    public var sentenceWords = 0.0
    /// Cosine of the two sentences' content words and names, weighted by rarity.
    public var cosine = 0.0
    /// Cosine of the two sentences' tokens, every word with those of names and numbers, weighted
    /// by rarity (plain tf-idf): a name split otherwise by the tagger, or a figure, still counts.
    public var tokens = 0.0
    /// Rare content words of both articles' titles and leads.
    public var leadWords = 0.0
    /// Rare content words both articles say anywhere (titles, leads and dated sentences): two
    /// reports of one happening tell much of the same story around the sentence that links them.
    public var articleWords = 0.0
    /// Names both articles name anywhere, places and datelines left out.
    public var articleNames = 0.0
    /// Places both articles name outside their datelines: where two reports of a kind of
    /// happening (a quake, a strike) took place tells them apart.
    public var articlePlaces = 0.0
    /// Both are of the same precise day.
    public var sameDay = 0.0
    /// 1 / (1 + days between their starts).
    public var nearness = 0.0
    /// One is a period (week, month...) that holds the other.
    public var within = 0.0

    public init() {}

    /// Names of the features, in the order of `values` and of the model file.
    public static let names = ["key-names", "other-subjects", "other-names", "places", "dateline", "sentence-words", "cosine", "tokens", "lead-words",
                               "article-words", "article-names", "article-places", "same-day", "nearness", "within"]

    public var values: [Double] {
        [keyNames, otherSubjects, otherNames, places, dateline, sentenceWords, cosine, tokens, leadWords, articleWords, articleNames,
         articlePlaces, sameDay, nearness, within]
    }

    /// Whether the pair shares words that say what happened, and a name that is not a place or
    /// else much of its sentences: a shared name, day or place alone does not make a link, nor
    /// do a few words on one day.
    public var hasContent: Bool {
        (sentenceWords > 0 || leadWords > 0) && (keyNames + otherNames > 0 || cosine >= LinkFeatures.nearCopy)
    }

    /// Cosine from which two sentences say much the same without a name in common.
    static let nearCopy = 0.5

    /// Rarities are taken relative to the rarest possible, ln(N + 1), so that a small folder and a
    /// large one weigh alike. A word below this relative rarity adds nothing: the same kind of
    /// report ("dividend", "record", "quarter") is not the same story (in 19,000 articles, a word
    /// of more than about 1 in 30; in 10, of more than 2).
    static let rareWord = 0.35
}

extension Timeline {
    /// The features of the pair `a`, `b` (two events of different articles).
    /// `norm`, `otherNorm`: `wordNorm(a)`, `wordNorm(b)`, when the caller weighs many pairs of them.
    func features(_ a: EventRef, _ b: EventRef, norm: Double? = nil, otherNorm: Double? = nil) -> LinkFeatures {
        var f = LinkFeatures()
        let first = article(a), second = article(b)
        let subjectA = self[a].subject, subjectB = self[b].subject
        var key = 0.0, other = 0.0, places = 0.0, dateline = 0.0
        let n = articleCount
        let scale = 1 / log(Double(n + 1))
        var common = 0.0
        forEachCommon(participants(a), participants(b)) { entity in
            let rarity = entities.rarity(entity, articles: n) * scale
            common += rarity * rarity
            if Timeline.contains(first.datelines, entity) || Timeline.contains(second.datelines, entity) {
                dateline += rarity
            } else if Timeline.contains(first.places, entity) || Timeline.contains(second.places, entity) {
                places += rarity
            } else if (entity == subjectA || Timeline.contains(first.mainNames, entity))
                        && (entity == subjectB || Timeline.contains(second.mainNames, entity)) {
                key += rarity
            } else {
                other += rarity
            }
        }
        f.keyNames = log1p(key)
        if subjectA >= 0, subjectB >= 0, !Timeline.contains(participants(b), subjectA),
           !Timeline.contains(participants(a), subjectB) {
            f.otherSubjects = 1
        }
        f.otherNames = log1p(other)
        f.places = log1p(places)
        f.dateline = log1p(dateline)
        let floor = LinkFeatures.rareWord
        var sentence = 0.0, lead = 0.0
        forEachCommon(words(a), words(b)) {
            let rarity = words.rarity($0, articles: n) * scale
            sentence += max(0, rarity - floor)
            common += rarity * rarity
        }
        if common > 0 { f.cosine = common / (norm ?? wordNorm(a)) / (otherNorm ?? wordNorm(b)) }
        var shared = 0.0
        forEachCommon(tokens(a), tokens(b)) {
            let rarity = tokens.rarity($0, articles: n)
            shared += rarity * rarity
        }
        if shared > 0 { f.tokens = shared / tokenNorm(a) / tokenNorm(b) }
        forEachCommon(first.leadWords[...], second.leadWords[...]) { lead += max(0, words.rarity($0, articles: n) * scale - floor) }
        var said = 0.0
        forEachCommon(first.allWords[...], second.allWords[...]) { said += max(0, words.rarity($0, articles: n) * scale - floor) }
        f.sentenceWords = log1p(sentence)
        f.leadWords = log1p(lead)
        f.articleWords = log1p(said)
        if let x = first.published, let y = second.published {
            var names = 0.0, places = 0.0
            forEachCommon(first.participants(x), second.participants(y)) { entity in
                guard !Timeline.contains(first.datelines, entity), !Timeline.contains(second.datelines, entity) else { return }
                let rarity = entities.rarity(entity, articles: n) * scale
                if Timeline.contains(first.places, entity) || Timeline.contains(second.places, entity) {
                    places += rarity
                } else {
                    names += rarity
                }
            }
            f.articleNames = log1p(names)
            f.articlePlaces = log1p(places)
        }
        let x = span(a), y = span(b)
        if x.isDay, y.isDay, x.startDay == y.startDay { f.sameDay = 1 }
        if x.isDay != y.isDay, x.startDay < y.endDay, y.startDay < x.endDay { f.within = 1 }
        f.nearness = 1 / (1 + Double(abs(x.startDay - y.startDay)))
        return f
    }

    /// The rarity a word must pass to count as said by both (see `LinkFeatures.rareWord`).
    var rareWordFloor: Double { LinkFeatures.rareWord * log(Double(articleCount + 1)) }

    /// Length of an event's vector of content words and names weighted by relative rarity.
    func wordNorm(_ ref: EventRef) -> Double {
        var sum = 0.0
        for word in words(ref) {
            let rarity = words.rarity(word, articles: articleCount)
            sum += rarity * rarity
        }
        for entity in participants(ref) {
            let rarity = entities.rarity(entity, articles: articleCount)
            sum += rarity * rarity
        }
        return sum.squareRoot() / log(Double(articleCount + 1))
    }

    /// Length of an event's vector of tokens weighted by rarity.
    func tokenNorm(_ ref: EventRef) -> Double {
        var sum = 0.0
        for token in tokens(ref) {
            let rarity = tokens.rarity(token, articles: articleCount)
            sum += rarity * rarity
        }
        return sum.squareRoot()
    }

    /// Whether an ascending list holds `number`.
    static func contains(_ list: ArraySlice<Int32>, _ number: Int32) -> Bool {
        var low = list.startIndex, high = list.endIndex
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < number { low = middle + 1 } else { high = middle }
        }
        return low < list.endIndex && list[low] == number
    }

    func forEachCommon(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>, _ body: (Int32) -> Void) {
        b.withUnsafeBufferPointer { b in forEachCommon(a, b, body) }
    }
}

extension Timeline {
    /// The features of the pair of events `a`, `b` by id; nil when either is missing or both are
    /// of one article.
    public func linkFeatures(_ a: String, _ b: String) -> LinkFeatures? {
        guard let x = ref(of: a), let y = ref(of: b), x.article != y.article else { return nil }
        return features(x, y)
    }
}
