/// What changed in a library, for the UI thread, in the order it happened.
public enum LibraryUpdate: Sendable {
    /// The whole list, newest first: replaces what was shown.
    case loaded([ArticleSummary])
    case added(ArticleSummary)
    case changed(ArticleSummary)
    case removed(path: String)
    /// Something the user should know: a cache rebuilt or bypassed, the folder gone.
    case notice(String)
    /// The folder has been looked at once since the start: articles added after this are news.
    case scanned
    /// Every file that gives no article, and why (sent again whenever that changes).
    case skipped([ReadFailure])
}

/// What `Library.index` did.
public struct IndexReport: Sendable {
    public var articles = 0
    public var failures: [ReadFailure] = []
    /// Articles taken from the cache as they were.
    public var cached = 0
    /// Articles read and analysed again (new or changed).
    public var reanalysed = 0
    /// Files the cache knew that are gone.
    public var removed = 0
    /// Seconds: the warm load from the cache, listing the folder, reading and analysing on the
    /// workers, storing on the writer (overlapping the analysis), all of it.
    public var loading = 0.0, listing = 0.0, analysis = 0.0, storage = 0.0, total = 0.0
    public var notices: [String] = []
}
