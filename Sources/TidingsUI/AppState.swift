import TidingsKit

/// A line for the status bar: news from the library, answers to keys, warnings.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isWarning: Bool
    /// A notice (a cache rebuilt, a theme that failed): the library's news does not replace it
    /// before a key does, or it would be gone before anyone read it.
    public var isNotice: Bool

    public init(_ text: String, isWarning: Bool = false, isNotice: Bool = false) {
        self.text = text
        self.isWarning = isWarning
        self.isNotice = isNotice
    }
}

/// The whole reader as a value: what is loaded, what is focused, where each pane is. Keys and
/// library updates change it (see the `handle` and `apply` methods); `Screen.render` draws it.
public struct AppState: Sendable {
    public let store: ArticleStore
    /// Sentences of timeline events read back from the store.
    let sentences = SentenceCache()
    public var keymap: Keymap
    public var folderLabel: String

    public private(set) var width: Int
    public private(set) var height: Int
    public internal(set) var focus: Pane = .list
    /// The side pane shown beside the reading pane on a two-pane screen.
    public internal(set) var side: Pane = .list
    /// The focused pane fills the screen (`+`), as tmux's zoom does.
    public internal(set) var maximized = false

    public internal(set) var summaries: [ArticleSummary] = []
    public internal(set) var corpusTimeline = Timeline()
    public internal(set) var list = ListState()
    public internal(set) var reading: ReadingState?
    public internal(set) var entityView: EntityView?
    public internal(set) var timeline = TimelineState()

    /// Whether `.loaded` builds the corpus timeline itself (from complete summaries); the reader
    /// sets it off and hands a timeline built on a worker to `install(timeline:replaying:)`, so
    /// that a large folder's list shows and answers keys while its links are indexed.
    public var buildsTimelineOnLoad = true
    /// The model that weighs the links of the timeline `.loaded` builds.
    public var linkModel = LinkModel.shipped
    /// The library has loaded, and its timeline is being built elsewhere.
    public internal(set) var timelinePending = false

    public internal(set) var read: Set<String> = []
    /// Listed articles not marked read (the title line's count).
    public internal(set) var unreadCount = 0
    /// The paths of `summaries`: a read mark counts only for an article the list holds.
    var listedPaths: Set<String> = []
    public internal(set) var loaded = false
    /// The library has looked at the whole folder once: articles that come after are news.
    public internal(set) var scanned = false
    public internal(set) var message: StatusMessage?
    public internal(set) var prompt: Prompt?
    public internal(set) var promptHistory = PromptHistory()
    /// An action that waits for its key a second time (marking every article read).
    public internal(set) var confirming: Action?
    /// Files that gave no article, and why.
    public internal(set) var skipped: [ReadFailure] = []
    /// The list of skipped files and warnings (`W`) is open, scrolled to this line.
    public internal(set) var problemsTop: Int?
    /// The help or the messages, shown in the place of the panes, and its first line shown.
    public internal(set) var page: Page?
    public internal(set) var pageTop = 0
    public var showHelp: Bool { page == .help }
    /// The warnings and notices of the session, oldest first (`m` shows them).
    public internal(set) var messageLog: [StatusMessage] = []
    public internal(set) var linkPicker: LinkPicker?
    public internal(set) var history = History()
    /// The place the last session ended at (see `followStart`).
    public var startPlace: StartPlace?
    /// A key, click or wheel turn has come: the user's place is theirs, not the start's.
    public internal(set) var touched = false

    public init(store: ArticleStore, folderLabel: String, width: Int, height: Int, keymap: Keymap = .standard) {
        self.store = store
        self.folderLabel = folderLabel
        self.width = width
        self.height = height
        self.keymap = keymap
    }

    /// The list's share of the width while it has the focus (`split` in config.toml).
    public var split = Layout.defaultSplit

    public var layout: Layout {
        Layout(width: width, height: height, focus: focus, side: side, maximized: maximized, split: split)
    }

    /// The content size of a pane as it would be shown now (or as the focused pane, when hidden).
    func frameSize(_ pane: Pane) -> (width: Int, height: Int) {
        let layout = self.layout
        if let frame = layout.frame(of: pane) { return (frame.width, frame.height) }
        let shown = Layout(width: width, height: height, focus: pane, side: pane, maximized: maximized, split: split)
        if let frame = shown.frame(of: pane) { return (frame.width, frame.height) }
        return (max(1, width - 2), max(1, height - 4))
    }

    public mutating func resize(width: Int, height: Int) {
        guard width != self.width || height != self.height else { return }
        self.width = max(0, width)
        self.height = max(0, height)
        relayout()
    }

    /// Fits every pane's content to the frames of the current layout.
    mutating func relayout() {
        relayoutReading()
        list.keepVisible(rows: frameSize(.list).height)
        keepTimelineVisible()
    }

    public func isRead(_ path: String) -> Bool { read.contains(path) }

    // MARK: Library updates

    /// Applies what the library reports, keeping the reader's place: the selected article, the
    /// open article and its scroll position, the timeline's selected event.
    public mutating func apply(_ update: LibraryUpdate) {
        let selected = selectedSummaryPath
        switch update {
        case .loaded(let all):
            // The list keeps rows; entities and events live in the timeline alone.
            // A library sends its list newest first already.
            let rows = all.map(\.listRow)
            summaries = zip(rows, rows.dropFirst()).allSatisfy { !AppState.newestFirst($1, $0) }
                ? rows : rows.sorted(by: AppState.newestFirst)
            listedPaths = Set(summaries.lazy.map(\.path))
            corpusTimeline = buildsTimelineOnLoad ? Timeline(all, linkModel: linkModel) : Timeline()
            timelinePending = !buildsTimelineOnLoad
            read = store.readArticles().intersection(listedPaths)
            loaded = true
            tell(StatusMessage(counted(all.count, "article")))
        case .added(let summary):
            summaries.removeAll { $0.path == summary.path }
            insertSorted(summary.listRow)
            listedPaths.insert(summary.path)
            corpusTimeline.update(summary)
            if store.isRead(summary.path) { read.insert(summary.path) }
            tell(StatusMessage(scanned ? "new: " + AppState.fileName(summary.path) : counted(summaries.count, "article")))
        case .changed(let summary):
            summaries.removeAll { $0.path == summary.path }
            insertSorted(summary.listRow)
            corpusTimeline.update(summary)
            tell(StatusMessage("changed: " + AppState.fileName(summary.path)))
            if reading?.document.path == summary.path { reloadReading() }
        case .removed(let path):
            summaries.removeAll { $0.path == path }
            listedPaths.remove(path)
            corpusTimeline.remove(path: path)
            tell(StatusMessage("deleted: " + AppState.fileName(path), isWarning: true))
            if reading?.document.path == path { reading?.deleted = true }
        case .notice(let text):
            message = StatusMessage(text, isWarning: true, isNotice: true)
            log(message!)
            return
        case .scanned:
            scanned = true
            let counts = counted(summaries.count, "article") + " · \(unreadCount) unread"
            tell(StatusMessage(skipped.isEmpty ? counts : counts + " · " + skippedNews, isWarning: !skipped.isEmpty))
            return
        case .skipped(let files):
            skipped = files
            // Before the folder has been looked at, the count comes with the others.
            if scanned, !files.isEmpty { tell(StatusMessage(skippedNews, isWarning: true)) }
            return
        }
        recountUnread()
        // Sentences read before may have changed with their articles.
        sentences.removeAll()
        refilter(keeping: selected)
        rebuildTimeline()
        followStart()
        if reading == nil, entityView == nil { previewSelection() }
    }

    /// The timeline of the last `.loaded` articles, built elsewhere, brought up to date with the
    /// updates that came since.
    public mutating func install(timeline: Timeline, replaying updates: [LibraryUpdate]) {
        var timeline = timeline
        for update in updates {
            switch update {
            case .added(let summary), .changed(let summary): timeline.update(summary)
            case .removed(let path): timeline.remove(path: path)
            case .loaded, .notice, .scanned, .skipped: break
            }
        }
        corpusTimeline = timeline
        timelinePending = false
        rebuildTimeline()
        // "Read also" headlines can be linked now that the articles' titles are known.
        relayoutReading(always: true)
        // Nothing could be chosen in it while it was pending: it shows the article being read.
        if let path = reading?.document.path { followArticle(path) }
    }

    private mutating func insertSorted(_ summary: ArticleSummary) {
        let index = summaries.firstIndex { AppState.newestFirst(summary, $0) } ?? summaries.count
        summaries.insert(summary, at: index)
    }

    static func newestFirst(_ a: ArticleSummary, _ b: ArticleSummary) -> Bool {
        (a.date, a.path) > (b.date, b.path)
    }

    /// `2 files skipped · W lists them`.
    var skippedNews: String {
        let key = keymap.key(for: .problems, in: .global)?.name ?? "?"
        return counted(skipped.count, "file") + " skipped · \(key) lists them"
    }


    static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }

    func summary(path: String) -> ArticleSummary? { corpusTimeline.summary(path: path) }

    /// News of the library, unless a notice waits to be read.
    mutating func tell(_ news: StatusMessage) {
        if news.isWarning { log(news) }
        if message?.isNotice != true { message = news }
    }

    mutating func say(_ text: String, warning: Bool = false) {
        message = StatusMessage(text, isWarning: warning)
        if warning { log(message!) }
    }

    /// Keeps a warning or notice for `m`, the newest few hundred.
    mutating func log(_ entry: StatusMessage) {
        messageLog.append(entry)
        if messageLog.count > 500 { messageLog.removeFirst(messageLog.count - 500) }
    }

    /// Problems found before the reader started (configuration, theme): every one in the log,
    /// and a notice that says how many there are and how to see them.
    public mutating func report(problems: [String]) {
        guard let first = problems.first else { return }
        for problem in problems { log(StatusMessage(problem, isWarning: true, isNotice: true)) }
        let key = keymap.key(for: .messages, in: .global)?.name ?? "?"
        let text = problems.count == 1 ? first : "\(counted(problems.count, "problem")) (\(key) lists them): \(first)"
        message = StatusMessage(text, isWarning: true, isNotice: true)
    }
}
