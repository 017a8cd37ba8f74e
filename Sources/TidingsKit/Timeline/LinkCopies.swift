/// Copies: articles under the same headline (a wire story filed again, a corrected reissue). One
/// of them is worth a slot at the top of an event's links; the others come after every other link.
extension Timeline {
    /// `list` (ranked links of `ref`) with each link into a copy of an article already listed,
    /// or into a second copy of `ref`'s own article, moved after the rest, in order.
    func spreadingCopies(_ list: [(EventRef, Score)], from ref: EventRef) -> [(EventRef, Score)] {
        let own = article(ref).titleKeys
        var listed: Set<Int> = []
        var ownCopyListed = false
        var kept: [(EventRef, Score)] = [], copies: [(EventRef, Score)] = []
        kept.reserveCapacity(list.count)
        for link in list {
            let keys = article(link.0).titleKeys
            let copiesOwn = keys.contains { own.contains($0) }
            if keys.contains(where: listed.contains) || copiesOwn && ownCopyListed {
                copies.append(link)
                continue
            }
            kept.append(link)
            listed.formUnion(keys)
            ownCopyListed = ownCopyListed || copiesOwn
        }
        return kept + copies
    }
}
