#if canImport(Glibc)
import Glibc

/// Watches a folder tree with inotify: one watch per folder, folders created or moved in later
/// included. Moves are reported as two changes (the old path gone, the new one present), which
/// also covers atomic saves and files moved out of the tree (an unpaired moved-from). Folders
/// past the system's limit of watches are looked at by listing them again instead.
final class InotifyWatcher: FolderWatching {
    let fileDescriptor: Int32
    private let root: String
    private var folders: [Int32: String] = [:]
    private var pending: PendingPaths
    private(set) var rootProblem: String?
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    /// Folders that got no watch for want of watches, each with the folders below it.
    private var polled: [String: PollingWatcher] = [:]
    private let pollingInterval: Double
    /// Watches this watcher may take, besides the system's limit (tests stand in for that limit).
    private let maxWatches: Int
    private var notice: String?
    private var limitReported = false

    private static let folderMask = UInt32(IN_CREATE | IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO
        | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB | IN_ONLYDIR)

    /// Nil when inotify is unavailable (no more instances, or not allowed).
    init?(root: String, quiet: Double = 0.04, patience: Double = 0.2, pollingInterval: Double = 1,
          maxWatches: Int = .max, now: Double) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        fileDescriptor = fd
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        pending = PendingPaths(quiet: quiet, patience: patience)
        self.pollingInterval = pollingInterval
        self.maxWatches = maxWatches
        guard watchTree(self.root, now: now) else {
            close(fd)
            return nil
        }
    }

    deinit { close(fileDescriptor) }

    /// Adds a watch on `folder` and every folder below it (not hidden ones, as the scanner); a
    /// folder past the limit of watches is polled, with the folders below it. False when
    /// `folder` can be neither watched nor polled.
    @discardableResult
    private func watchTree(_ folder: String, depth: Int = 0, now: Double) -> Bool {
        let wd = folders.count < maxWatches ? inotify_add_watch(fileDescriptor, folder, Self.folderMask) : -1
        guard wd >= 0 else {
            guard folders.count >= maxWatches || errno == ENOSPC || errno == ENOMEM else { return false }
            poll(folder, now: now)
            return true
        }
        folders[wd] = folder
        guard depth < FolderScanner.maxDepth, let dir = opendir(folder) else { return true }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let child = folder + "/" + name
            var info = stat()
            // A link to a folder is followed like the scanner does; a loop stops at maxDepth.
            if stat(child, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                watchTree(child, depth: depth + 1, now: now)
            }
        }
        return true
    }

    private func poll(_ folder: String, now: Double) {
        polled[folder] = PollingWatcher(root: folder, interval: pollingInterval, now: now)
        guard !limitReported else { return }
        limitReported = true
        notice = "\(folder) and the folders below it are looked at every \(Int(pollingInterval)) s: "
            + "the system's limit of inotify watches is reached (fs.inotify.max_user_watches)"
    }

    private func unwatchTree(_ folder: String) {
        for (wd, path) in folders where path == folder || path.hasPrefix(folder + "/") {
            inotify_rm_watch(fileDescriptor, wd)
            folders[wd] = nil
        }
        for path in polled.keys where path == folder || path.hasPrefix(folder + "/") { polled[path] = nil }
    }

    func takeNotice() -> String? {
        defer { notice = nil }
        return notice
    }

    func collect(now: Double) {
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress!, $0.count) }
            guard n > 0 else { return }
            var offset = 0
            while offset + 16 <= n {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(n, offset + 16 + length)].prefix(while: { $0 != 0 })
                offset += 16 + length
                handle(wd: wd, mask: mask, name: String(decoding: nameBytes, as: UTF8.self), now: now)
            }
        }
    }

    private func handle(wd: Int32, mask: UInt32, name: String, now: Double) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            pending.note(root, at: now)  // events were lost: look at everything again
            return
        }
        guard let folder = folders[wd] else { return }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[wd] = nil
            return
        }
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
            if folder == root, rootProblem == nil {
                rootProblem = mask & UInt32(IN_DELETE_SELF) != 0 ? "was deleted" : "was moved or renamed"
            }
            return
        }
        guard !name.isEmpty, !name.hasPrefix(".") || mask & UInt32(IN_ISDIR) == 0 else { return }
        let path = folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watchTree(path, now: now) }
            if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 { unwatchTree(path) }
            // New permissions: a folder that could not be read may be now (and needs its watch),
            // or the reverse; either way it is listed again.
            if mask & UInt32(IN_ATTRIB) != 0, !isWatched(path) { watchTree(path, now: now) }
        }
        pending.note(path, at: now)
    }

    private func isWatched(_ folder: String) -> Bool {
        polled[folder] != nil || folders.values.contains(folder)
    }

    func settledChanges(now: Double) -> [String] {
        var changes = pending.takeSettled(now: now)
        for (folder, poller) in polled {
            changes += poller.settledChanges(now: now)
            // Gone: its files are forgotten when the folder is looked at.
            if poller.rootProblem != nil {
                polled[folder] = nil
                changes.append(folder)
            }
        }
        return changes
    }

    func nextDeadline(now: Double) -> Double? {
        ([pending.nextDeadline()] + polled.values.map { $0.nextDeadline(now: now) }).compactMap { $0 }.min()
    }
}
#endif
