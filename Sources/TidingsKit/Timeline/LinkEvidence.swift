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
        let byRarity = { (list: [Int32], vocabulary: Vocabulary) in
            list.sorted { vocabulary.articleCounts[Int($0)] < vocabulary.articleCounts[Int($1)] }
        }
        var said = byRarity(intersection(words(a), words(b)), words)
        for word in byRarity(intersection(first.leadWords[...], second.leadWords[...]), words) where !said.contains(word) {
            said.append(word)
        }
        let names = byRarity(key, entities) + byRarity(other, entities)
        var items = names.prefix(Timeline.evidenceItems).map(entityName)
        items += said.prefix(Timeline.evidenceItems - items.count).map { surface(words.strings[Int($0)], a, b) }
        items += byRarity(places, entities).prefix(Timeline.evidenceItems - items.count).map(entityName)
        if !items.isEmpty { parts.append("shared: " + items.joined(separator: ", ")) }
        return parts.joined(separator: ", ")
    }

    /// A stem as one of the two events (or their titles) writes it; the stem itself when the
    /// sentences are not kept.
    func surface(_ stem: String, _ a: EventRef, _ b: EventRef) -> String {
        for ref in [a, b] {
            for text in [article(ref).text(ref.index), article(ref).row.title] {
                if let word = ContentWords.surface(of: stem, in: text) { return word }
            }
        }
        return stem
    }

    /// The name most articles give entity `number`.
    func entityName(_ number: Int32) -> String {
        entityNames[Int(number)].max { $0.articles < $1.articles }?.name ?? entities.strings[Int(number)]
    }
}
