import Foundation

/// Groups an article's mentions into entities: the same name and type; a surname after the full
/// name of one person; an acronym given beside its organization ("Main Intelligence
/// Directorate or HUR", "European Union (EU)") or made of its initials. Names are compared by
/// their words' hashes (`NameWord`), so no strings are made but the ids.
struct EntityClusters {
    /// Each mention's parent in the union-find forest; a root is the first mention of its entity.
    private var parent: [Int]

    init(_ mentions: inout [EntityIdentity.Mention], scalars: [Unicode.Scalar]) {
        parent = Array(mentions.indices)
        var byName: [(key: UInt64, mention: Int)] = []
        for i in mentions.indices where !mentions[i].words.isEmpty {
            byName.append((EntityName.key(mentions[i].words, type: mentions[i].type), i))
        }
        byName.sort { $0.key < $1.key }
        for (a, b) in zip(byName, byName.dropFirst()) where a.key == b.key { union(a.mention, b.mention) }
        linkPeople(&mentions)
        linkAcronyms(mentions, scalars: scalars)
    }

    /// A one-word mention that is the last word of exactly one multi-word person's name is that
    /// person, whatever type the tagger gave it.
    private mutating func linkPeople(_ mentions: inout [EntityIdentity.Mention]) {
        var surnames: [(key: UInt64, owner: Int)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].words.count > 1 {
            surnames.append((mentions[i].words.last!.exact, find(i)))
        }
        let owners = OwnerIndex(surnames)
        for i in mentions.indices where mentions[i].words.count == 1 && mentions[i].type != .group && !mentions[i].isAcronym {
            guard let owner = owners.soleOwner(of: mentions[i].words[0].exact) else { continue }
            mentions[i].type = .person
            union(owner, i)
        }
    }

    private mutating func linkAcronyms(_ mentions: [EntityIdentity.Mention], scalars: [Unicode.Scalar]) {
        for i in mentions.indices.dropFirst() {
            let (a, b) = (i - 1, i)
            guard mentions[b].isAcronym, mentions[a].words.count > 1, !mentions[a].isAcronym, mentions[a].type != .person,
                  mentions[a].type == .organization || mentions[b].type == .organization else { continue }
            let between = String(scalars: scalars[mentions[a].range.upperBound..<mentions[b].range.lowerBound])
                .trimmingCharacters(in: .whitespaces).lowercased()
            if ["or", "(", ", or", "or the", "(the"].contains(between) { union(a, b) }
        }
        var initials: [(key: UInt64, owner: Int)] = []
        for i in mentions.indices where mentions[i].words.count > 1 && mentions[i].type != .person {
            initials.append((EntityName.initials(mentions[i].words, scalars), find(i)))
        }
        let owners = OwnerIndex(initials)
        for i in mentions.indices where mentions[i].isAcronym {
            if let owner = owners.soleOwner(of: EntityName.letters(mentions[i].words[0], scalars)) { union(owner, i) }
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
    /// of its mentions got; ties go to its fullest name's, then to the first in
    /// `EntityType.allCases`) and returns each mention's id, made from the entity's fullest name
    /// (most words; an acronym only when nothing else names it).
    mutating func resolve(_ mentions: inout [EntityIdentity.Mention], scalars: [Unicode.Scalar]) -> [String] {
        let types = EntityType.allCases
        let roots = mentions.indices.map { find($0) }
        var best = [Int](repeating: -1, count: mentions.count)
        var votes = [Int](repeating: 0, count: mentions.count * types.count)
        var firstName = [UInt64](repeating: 0, count: mentions.count)
        var aliased = [Bool](repeating: false, count: mentions.count)
        for j in mentions.indices {
            let root = roots[j]
            votes[root * types.count + types.firstIndex(of: mentions[j].type)!] += 1
            let name = EntityName.spelling(mentions[j].words)
            guard best[root] >= 0 else {
                best[root] = j
                firstName[root] = name
                continue
            }
            if name != firstName[root] { aliased[root] = true }
            let (b, bw, jw) = (best[root], mentions[best[root]].words, mentions[j].words)
            if mentions[b].isAcronym && !mentions[j].isAcronym || (mentions[b].isAcronym == mentions[j].isAcronym && jw.count > bw.count) {
                best[root] = j
            }
        }
        var entities = [(type: EntityType, id: String)?](repeating: nil, count: mentions.count)
        for root in mentions.indices where best[root] >= 0 {
            let named = mentions[best[root]].type
            var type = named
            var most = 0
            for (t, candidate) in types.enumerated() {
                let count = votes[root * types.count + t]
                if count > most || (count == most && candidate == named) { (type, most) = (candidate, count) }
            }
            entities[root] = (type, EntityIdentity.id(type: type, name: EntityName.text(mentions[best[root]].words, scalars)))
        }
        return mentions.indices.map { i in
            let entity = entities[roots[i]]!
            // Only aliases vote: one name may stand for two entities of different types.
            if aliased[roots[i]] { mentions[i].type = entity.type }
            return entity.id
        }
    }
}

/// Keys with the entities that own them, as a sorted list: the one owner of a key, if it has
/// only one.
private struct OwnerIndex {
    /// Sorted by key; the owner is nil when the key has several.
    private var entries: [(key: UInt64, owner: Int?)] = []

    init(_ pairs: [(key: UInt64, owner: Int)]) {
        for pair in pairs.sorted(by: { $0.key < $1.key }) {
            if let last = entries.last, last.key == pair.key {
                if last.owner != pair.owner { entries[entries.count - 1].owner = nil }
            } else {
                entries.append((pair.key, pair.owner))
            }
        }
    }

    func soleOwner(of key: UInt64) -> Int? {
        var (low, high) = (0, entries.count)
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].key == key ? entries[low].owner : nil
    }
}
