import Foundation

/// Groups an article's mentions into entities: the same name; a surname or first name after the
/// full name of one person; an acronym given beside its organization ("Main Intelligence
/// Directorate or HUR", "European Union (EU)") or made of its initials.
struct EntityClusters {
    private var parent: [Int]

    init(_ mentions: inout [EntityIdentity.Mention], scalars: [Unicode.Scalar]) {
        parent = Array(mentions.indices)
        var byName: [String: Int] = [:]
        for i in mentions.indices where !mentions[i].words.isEmpty {
            let key = mentions[i].words.joined(separator: " ").lowercased()
            if let first = byName[key] { union(first, i) } else { byName[key] = i }
        }
        linkPeople(&mentions)
        linkAcronyms(mentions, scalars: scalars)
    }

    /// A one-word mention that is the last (or first) word of exactly one multi-word person's
    /// name is that person, whatever type the tagger gave it.
    private mutating func linkPeople(_ mentions: inout [EntityIdentity.Mention]) {
        var fullNames: [String: Set<Int>] = [:]
        for i in mentions.indices where mentions[i].type == .person && mentions[i].words.count > 1 {
            let words = mentions[i].words
            fullNames[words.last!, default: []].insert(find(i))
            fullNames[words.first!, default: []].insert(find(i))
        }
        for i in mentions.indices where mentions[i].words.count == 1 && mentions[i].type != .group {
            guard let owners = fullNames[mentions[i].words[0]], owners.count == 1 else { continue }
            mentions[i].type = .person
            union(owners.first!, i)
        }
    }

    private mutating func linkAcronyms(_ mentions: [EntityIdentity.Mention], scalars: [Unicode.Scalar]) {
        for i in mentions.indices.dropFirst() {
            let a = mentions[i - 1], b = mentions[i]
            guard a.type == b.type || EntityName.isAcronym(a.words) || EntityName.isAcronym(b.words),
                  EntityName.isAcronym(a.words) != EntityName.isAcronym(b.words) else { continue }
            let between = String(String.UnicodeScalarView(scalars[a.range.upperBound..<b.range.lowerBound]))
                .trimmingCharacters(in: .whitespaces).lowercased()
            if ["or", "(", ", or", "or the", "(the", "-", "—", ","].contains(between) { union(i - 1, i) }
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

    /// The id of mention `i`'s entity: from the fullest name of its cluster (most words, then
    /// earliest), typed as that mention.
    func id(of i: Int, _ mentions: [EntityIdentity.Mention]) -> String {
        var clusters = self
        let root = clusters.find(i)
        var best = i
        for j in mentions.indices where clusters.find(j) == root {
            let (bw, jw) = (mentions[best].words, mentions[j].words)
            if EntityName.isAcronym(bw) && !EntityName.isAcronym(jw) || (jw.count > bw.count && !EntityName.isAcronym(jw)) {
                best = j
            } else if jw.count == bw.count && j < best && EntityName.isAcronym(jw) == EntityName.isAcronym(bw) {
                best = j
            }
        }
        let name = mentions[best].words.isEmpty ? "" : mentions[best].words.joined(separator: " ")
        return EntityIdentity.id(type: mentions[best].type, name: name)
    }
}
