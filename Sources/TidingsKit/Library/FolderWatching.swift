/// Something that notices changes under a folder and reports the paths that changed once they
/// have settled (an editor's save is several events; a copy is many writes).
protocol FolderWatching: AnyObject {
    /// Readable when events wait (poll() on it), or -1 when changes are found by looking again.
    var fileDescriptor: Int32 { get }
    /// Takes in what happened since the last call.
    func collect(now: Double)
    /// Paths of files or folders that changed (created, written, moved in or out, deleted) and
    /// have been quiet long enough. The watched folder itself when everything must be looked at.
    func settledChanges(now: Double) -> [String]
    /// When `collect`/`settledChanges` should next be called, if nothing wakes the caller first.
    func nextDeadline(now: Double) -> Double?
    /// Set once the watched folder itself is deleted or moved away.
    var rootProblem: String? { get }
    /// Something the user should know about the watching (changes found more slowly), once.
    func takeNotice() -> String?
}

/// Paths with their first and last event times; a path settles after `quiet` seconds without
/// events, or `patience` seconds after its first, whichever comes first.
struct PendingPaths {
    var quiet: Double
    var patience: Double
    private var times: [String: (first: Double, last: Double)] = [:]

    init(quiet: Double, patience: Double) {
        self.quiet = quiet
        self.patience = patience
    }

    var isEmpty: Bool { times.isEmpty }

    mutating func note(_ path: String, at now: Double) {
        times[path] = (times[path]?.first ?? now, now)
    }

    mutating func takeSettled(now: Double) -> [String] {
        let settled = times.filter { now - $0.value.last >= quiet || now - $0.value.first >= patience }.keys
        for path in settled { times[path] = nil }
        return settled.sorted()
    }

    func nextDeadline() -> Double? {
        times.values.map { min($0.last + quiet, $0.first + patience) }.min()
    }
}
