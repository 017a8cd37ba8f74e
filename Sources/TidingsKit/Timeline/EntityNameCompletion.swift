/// Completing a typed beginning of a name (`@Te` Tab in the reader's filter).
extension Timeline {
    /// The names some article gives an entity that begin with `prefix`, ignoring case, then those
    /// with a later word that does ("Lind" for "Teodor Lind"); each group by how many articles
    /// give the name, then alphabetically. At most `limit`.
    public func entityNames(completing prefix: String, limit: Int = 50) -> [String] {
        let wanted = prefix.lowercased()
        var found: [String: (starts: Bool, articles: Int32)] = [:]
        for names in entityNames {
            for given in names where given.articles > 0 {
                let name = given.name.lowercased()
                let starts = name.hasPrefix(wanted)
                guard starts || name.split(separator: " ").dropFirst().contains(where: { $0.hasPrefix(wanted) }) else { continue }
                let known = found[given.name]
                found[given.name] = (starts || known?.starts == true, given.articles + (known?.articles ?? 0))
            }
        }
        return found.sorted { a, b in
            (a.value.starts ? 0 : 1, -a.value.articles, a.key) < (b.value.starts ? 0 : 1, -b.value.articles, b.key)
        }.prefix(limit).map(\.key)
    }
}
