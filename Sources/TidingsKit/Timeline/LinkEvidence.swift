/// A link's evidence in words: how the dates agree, then what both events name and say, the
/// names they are about first and places last.
extension Timeline {
    /// Names and words listed at most.
    static let evidenceItems = 6

    func evidence(_ a: EventRef, _ b: EventRef, _ score: Score) -> String {
        let f = score.features
        var parts: [String] = []
        let distance = abs(startDay(a) - startDay(b))
        if f.sameDay > 0 {
            parts.append("same day")
        } else if f.within > 0 {
            parts.append("within the " + (span(a).isDay ? span(b) : span(a)).granularity.rawValue)
        } else if distance == 0 {
            parts.append("same " + span(a).granularity.rawValue)
        } else if distance <= 31 {
            parts.append(distance == 1 ? "a day apart" : "\(distance) days apart")
        }
        if score.reasons.contains(.readAlso) { parts.append("read also") }
        let shared = sharedEntities(a, b)
        var said = sharedWords(a, b)
        let lead = intersection(article(a).leadWords[...], article(b).leadWords[...])
        for word in rarestFirst(lead, words, name: { words.strings[Int($0)] }) where !said.contains(word) { said.append(word) }
        var items = shared.names.prefix(Timeline.evidenceItems).map(entityName)
        items += said.prefix(Timeline.evidenceItems - items.count).map { surface(words.strings[Int($0)], a, b) }
        items += shared.places.prefix(Timeline.evidenceItems - items.count).map(entityName)
        if !items.isEmpty { parts.append("shared: " + items.joined(separator: ", ")) }
        return parts.joined(separator: ", ")
    }

    /// The entities both events name, most telling first: those both are about (a sentence's
    /// subject, an article's main names), then other names, each rarest first; places (and
    /// datelines) apart, rarest first.
    func sharedEntities(_ a: EventRef, _ b: EventRef) -> (names: [Int32], places: [Int32]) {
        let first = article(a), second = article(b)
        var key: [Int32] = [], other: [Int32] = [], places: [Int32] = []
        forEachCommon(participants(a), participants(b)) { entity in
            if Timeline.contains(first.datelines, entity) || Timeline.contains(second.datelines, entity)
                || Timeline.contains(first.places, entity) || Timeline.contains(second.places, entity) {
                places.append(entity)
            } else if (entity == self[a].subject || Timeline.contains(first.mainNames, entity))
                        && (entity == self[b].subject || Timeline.contains(second.mainNames, entity)) {
                key.append(entity)
            } else {
                other.append(entity)
            }
        }
        // Of one name, by id: entities of two types can go by one name.
        let rarest = { (list: [Int32]) in self.rarestFirst(list, self.entities) { self.entityName($0) + "\u{0}" + self.entities.strings[Int($0)] } }
        return (rarest(key) + rarest(other), rarest(places))
    }

    /// The content words both sentences say, rarest first.
    func sharedWords(_ a: EventRef, _ b: EventRef) -> [Int32] {
        rarestFirst(intersection(words(a), words(b)), words) { words.strings[Int($0)] }
    }

    /// `list` (numbers of `vocabulary`) rarest first, of equals by `name`: an order that does not
    /// hang on the numbers, which follow the order articles were stored in.
    func rarestFirst(_ list: [Int32], _ vocabulary: Vocabulary, name: (Int32) -> String) -> [Int32] {
        guard list.count > 1 else { return list }
        return list.map { (number: $0, articles: vocabulary.articleCounts[Int($0)], name: name($0)) }
            .sorted { ($0.articles, $0.name) < ($1.articles, $1.name) }.map(\.number)
    }

    /// A stem as the two events write it: the first form their sentences or titles use, else
    /// one of their articles' other sentences (a word of a lead); the stem itself when the
    /// sentences are not kept.
    func surface(_ stem: String, _ a: EventRef, _ b: EventRef) -> String {
        for ref in [a, b] {
            for text in [article(ref).text(ref.index), article(ref).row.title] {
                if let word = ContentWords.surface(of: stem, in: text) { return word }
            }
        }
        guard keepsSentences else { return stem }
        for ref in [a, b] {
            let article = article(ref)
            // Events of one sentence share its text: each is read once.
            let own = article.events[Int(ref.index)]
            var read: Set<Range<Int32>> = [own.textStart..<own.textEnd]
            for (index, event) in article.events.enumerated() where read.insert(event.textStart..<event.textEnd).inserted {
                if let word = ContentWords.surface(of: stem, in: article.text(Int32(index))) { return word }
            }
        }
        return stem
    }

    /// The name most articles give entity `number`.
    func entityName(_ number: Int32) -> String {
        mainName(of: number)?.name ?? entities.strings[Int(number)]
    }
}
