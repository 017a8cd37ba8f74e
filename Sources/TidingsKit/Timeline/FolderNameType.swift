/// One type per name across the folder: the tagger may call a town a person in an article that
/// gives it no cue ("the people of Varnholt") while the rest of the folder calls it a place.
extension Timeline {
    /// The fewest articles of another type that retype a name.
    static let agreedTypeMinimum = 2

    /// The id the folder knows the entity `id` by: the same name under the type most articles
    /// give it, when those are clearly more (at least two, and at least twice as many as name it
    /// as `id` does). A place and an organization of one name stay two entities ("Texas" the
    /// state and the team).
    public func agreedID(of id: String) -> (id: String, type: EntityType)? {
        guard let colon = id.firstIndex(of: ":"),
              let own = EntityType.allCases.first(where: { EntityIdentity.prefix($0) == id[..<colon] }) else { return nil }
        let slug = id[id.index(after: colon)...]
        let ownCount = articleCount(entity: id)
        var best: (id: String, type: EntityType, count: Int)?
        for type in EntityType.allCases where type != own && !([own, type].allSatisfy { $0 == .location || $0 == .organization }) {
            let other = EntityIdentity.prefix(type) + ":" + slug
            let count = articleCount(entity: other)
            if count > (best?.count ?? 0) { best = (other, type, count) }
        }
        guard let best, best.count >= Self.agreedTypeMinimum, best.count >= 2 * ownCount else { return nil }
        return (best.id, best.type)
    }

    /// `mentions` with each name's type and id as the folder agrees on them.
    public func agreed(_ mentions: [EntityMention]) -> [EntityMention] {
        var known: [String: (id: String, type: EntityType)?] = [:]
        return mentions.map { mention in
            let agreed: (id: String, type: EntityType)?
            if let seen = known[mention.id] {
                agreed = seen
            } else {
                agreed = agreedID(of: mention.id)
                known[mention.id] = .some(agreed)
            }
            guard let agreed else { return mention }
            return EntityMention(start: mention.start, end: mention.end, type: agreed.type, id: agreed.id)
        }
    }
}
