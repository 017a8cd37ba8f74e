import Foundation

/// Groups an article's mentions into entities: the same name and type; a surname after the full
/// name of one person; an acronym given beside its organization ("Main Intelligence
/// Directorate or HUR", "European Union (EU)") or made of its initials.
struct EntityClusters {
    private var parent: [Int]

    init(_ mentions: inout [EntityIdentity.Mention], scalars: [Unicode.Scalar]) {
        parent = Array(mentions.indices)
        var byName: [String: Int] = [:]
        for i in mentions.indices where !mentions[i].words.isEmpty {
            let key = mentions[i].type.rawValue + " " + mentions[i].words.joined(separator: " ").lowercased()
            if let first = byName[key] { union(first, i) } else { byName[key] = i }
        }
        linkPeople(&mentions)
        linkAcronyms(mentions, scalars: scalars)
    }

    /// A one-word mention that is the last word of exactly one multi-word person's name is that
    /// person, whatever type the tagger gave it.
    private mutating func linkPeople(_ mentions: inout [EntityIdentity.Mention]) {
        var fullNames: [String: Set<Int>] = [:]
        for i in mentions.indices where mentions[i].type == .person && mentions[i].words.count > 1 {
            let words = mentions[i].words
            fullNames[words.last!, default: []].insert(find(i))
        }
        for i in mentions.indices where mentions[i].words.count == 1 && mentions[i].type != .group
            && !EntityName.isAcronym(mentions[i].words) {
            guard let owners = fullNames[mentions[i].words[0]], owners.count == 1 else { continue }
            mentions[i].type = .person
            union(owners.first!, i)
        }
    }

    private mutating func linkAcronyms(_ mentions: [EntityIdentity.Mention], scalars: [Unicode.Scalar]) {
        for i in mentions.indices.dropFirst() {
            let a = mentions[i - 1], b = mentions[i]
            guard EntityName.isAcronym(b.words), a.words.count > 1, !EntityName.isAcronym(a.words),
                  a.type != .person, a.type == .organization || b.type == .organization else { continue }
            let between = String(String.UnicodeScalarView(scalars[a.range.upperBound..<b.range.lowerBound]))
                .trimmingCharacters(in: .whitespaces).lowercased()
            if ["or", "(", ", or", "or the", "(the"].contains(between) { union(i - 1, i) }
        }
        var byInitials: [String: Set<Int>] = [:]
        for i in mentions.indices where mentions[i].words.count > 1 && mentions[i].type != .person {
            byInitials[EntityName.initials(mentions[i].words), default: []].insert(find(i))
        }
        for i in mentions.indices where EntityName.isAcronym(mentions[i].words) {
            let letters = String(mentions[i].words[0].filter { $0 != "." })
            if let owners = byInitials[letters], owners.count == 1 { union(owners.first!, i) }
        }
    }

    private mutating func find(_ i: Int) -> Int {
        var root = i
        while parent[root] != root { root = parent[root] }
        var j = i
        while parent[j] != root { (parent[j], j) = (root, parent[j]) }
        return root
    }

    private mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    /// Gives every mention of an entity known by several names the entity's type (the one most
    /// of its mentions got, ties going to its fullest name's) and returns each mention's id, made from the entity's
    /// fullest name (most words; an acronym only when nothing else names it).
    mutating func resolve(_ mentions: inout [EntityIdentity.Mention]) -> [String] {
        var best: [Int: Int] = [:]
        var votes: [Int: [EntityType: Int]] = [:]
        var names: [Int: Set<[String]>] = [:]
        for j in mentions.indices {
            let root = find(j)
            votes[root, default: [:]][mentions[j].type, default: 0] += 1
            names[root, default: []].insert(mentions[j].words)
            guard let b = best[root] else { best[root] = j; continue }
            let (bw, jw) = (mentions[b].words, mentions[j].words)
            let (ba, ja) = (EntityName.isAcronym(bw), EntityName.isAcronym(jw))
            if ba && !ja || (ba == ja && jw.count > bw.count) { best[root] = j }
        }
        var entityOfRoot: [Int: (type: EntityType, id: String)] = [:]
        for (root, j) in best {
            let named = mentions[j].type
            let type = votes[root]!.max { a, b in a.value != b.value ? a.value < b.value : b.key == named }!.key
            entityOfRoot[root] = (type, EntityIdentity.id(type: type, name: mentions[j].words.joined(separator: " ")))
        }
        return mentions.indices.map { i in
            let root = find(i)
            // Only aliases vote: one name may stand for two entities of different types.
            if names[root]!.count > 1 { mentions[i].type = entityOfRoot[root]!.type }
            return entityOfRoot[root]!.id
        }
    }
}
