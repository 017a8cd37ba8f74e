/// Read and unread: one set of marks behind the list's `●`, the title line's count and the
/// keys that walk through unread articles.
extension AppState {
    /// Marks articles read or unread; the effects save what changed.
    mutating func mark(_ paths: [String], read isRead: Bool) -> [Effect] {
        let changed = paths.filter { read.contains($0) != isRead }
        guard !changed.isEmpty else { return [] }
        if isRead { read.formUnion(changed) } else { read.subtract(changed) }
        // Counted by what changed, not by walking the list: opening an article is a keystroke.
        let listed = changed.count { listedPaths.contains($0) }
        unreadCount += isRead ? -listed : listed
        return changed.map { .setRead(path: $0, read: isRead) }
    }

    mutating func recountUnread() {
        unreadCount = summaries.count { !read.contains($0.path) }
    }
}

extension AppState {
    /// `A`, pressed twice: every article the list shows (as filtered) marked read.
    mutating func markAllRead() -> [Effect] {
        let effects = mark(list.rows.map { summaries[$0].path }, read: true)
        say(effects.isEmpty ? "every article of the list is read"
            : "marked " + counted(effects.count, "article") + " read")
        return effects
    }

    /// `J`/`K`: opens the article below or above the list's selection.
    mutating func openListNeighbour(by delta: Int) -> [Effect] {
        let index = list.selected + delta
        guard list.rows.indices.contains(index) else {
            say(delta > 0 ? "the last article of the list" : "the first article of the list")
            return []
        }
        return open(path: summaries[list.rows[index]].path)
    }

    /// `.` (and `Space` at an article's end): the next unread article below the selection,
    /// from the top again after the last.
    mutating func openNextUnread() -> [Effect] {
        let count = list.rows.count
        for step in 1...max(1, count) where count > 0 {
            let path = summaries[list.rows[(list.selected + step) % count]].path
            if !read.contains(path) { return open(path: path) }
        }
        say("no unread article in the list")
        return []
    }

    /// The reading pane shows the article's last line.
    var readingAtEnd: Bool {
        guard let state = reading else { return false }
        return state.top + readingSize.height >= state.document.lines.count
    }
}
