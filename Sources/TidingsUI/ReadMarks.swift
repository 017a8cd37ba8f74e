/// Read and unread: one set of marks behind the list's `●`, the title line's count and the
/// keys that walk through unread articles.
extension AppState {
    /// Marks articles read or unread; the effects save what changed.
    mutating func mark(_ paths: [String], read isRead: Bool) -> [Effect] {
        let changed = paths.filter { read.contains($0) != isRead }
        guard !changed.isEmpty else { return [] }
        if isRead { read.formUnion(changed) } else { read.subtract(changed) }
        recountUnread()
        return changed.map { .setRead(path: $0, read: isRead) }
    }

    mutating func recountUnread() {
        unreadCount = summaries.count { !read.contains($0.path) }
    }
}
