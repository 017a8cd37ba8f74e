/// Finds changes by listing the folder again every `interval` seconds and comparing sizes and
/// modification and change times: for systems without inotify, file systems where it sees
/// nothing, and folders past the limit of inotify watches.
final class PollingWatcher: FolderWatching {
    let fileDescriptor: Int32 = -1
    private let root: String
    private let interval: Double
    private var known: [String: (Int, Int64, Int64)]
    private var nextLook: Double
    private(set) var rootProblem: String?

    init(root: String, interval: Double = 1, now: Double) {
        self.root = root
        self.interval = interval
        known = Self.stamps(FolderScanner.scan(root).files)
        nextLook = now + interval
    }

    private static func stamps(_ files: [FolderScanner.File]) -> [String: (Int, Int64, Int64)] {
        Dictionary(files.map { ($0.path, ($0.size, $0.modifiedNanoseconds, $0.changedNanoseconds)) },
                   uniquingKeysWith: { a, _ in a })
    }

    func collect(now: Double) {}

    func settledChanges(now: Double) -> [String] {
        guard now >= nextLook, rootProblem == nil else { return [] }
        nextLook = now + interval
        let listing = FolderScanner.scan(root)
        if listing.files.isEmpty, listing.failures.contains(where: { $0.path == root }) {
            rootProblem = "is gone"
            return []
        }
        let current = Self.stamps(listing.files)
        var changed: [String] = []
        for (path, stamp) in current where known[path].map({ $0 != stamp }) ?? true { changed.append(path) }
        for path in known.keys where current[path] == nil { changed.append(path) }
        known = current
        return changed.sorted()
    }

    func nextDeadline(now: Double) -> Double? { rootProblem == nil ? nextLook : nil }

    func takeNotice() -> String? { nil }
}
