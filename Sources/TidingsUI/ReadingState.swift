import TidingsKit

/// The article in the reading pane: its layout, scroll, focused mark and search matches.
public struct ReadingState: Sendable {
    public var document: ReadingDocument
    public var top = 0
    /// Index into `document.marks` of the focused date or entity.
    public var mark: Int?
    public var query: String?
    public var matches: [Range<Int>] = []
    public var match: Int?
    /// The file was deleted while open.
    public var deleted = false
    /// Opened with Enter (not only previewed from the list): leaving it is worth a history entry.
    public var opened = false

    public var focusedMark: ReadingMark? { mark.map { document.marks[$0] } }
}

extension AppState {
    var readingSize: (width: Int, height: Int) { frameSize(.reading) }
    /// Text columns of the reading pane: a column of margin each side when there is room.
    var readingTextWidth: Int { ReadingPane.textWidth(readingSize.width) }

    /// Shows the list's selected article in the reading pane without marking it read.
    mutating func previewSelection() {
        guard let path = selectedSummaryPath else {
            reading = nil
            return
        }
        if reading?.document.path == path, reading?.deleted == false { return }
        if reading?.opened == true { recordPlace() }
        leaveEntityView()
        guard show(path: path) else { return }
        followArticle(path)
    }

    /// The timeline follows the article shown: it selects the event of the sentence at `offset`,
    /// else the article's publication, when its scope has it (an event chosen in the timeline
    /// itself stays chosen when its article opens).
    mutating func followArticle(_ path: String, at offset: Int? = nil) {
        let events = corpusTimeline.events(article: path)
        let atOffset = offset.flatMap { offset in
            events.first { $0.event.kind != .published && $0.event.start <= offset && offset < $0.event.end }
        }
        guard let id = (atOffset ?? events.first { $0.event.kind == .published })?.id,
              let row = row(ofEvent: id) else { return }
        timeline.selected = row
        selectionChanged()
    }

    /// Loads an article into the reading pane; false when the store no longer has it.
    @discardableResult
    mutating func show(path: String) -> Bool {
        guard let entry = store.entry(path: path) else {
            say("cannot read \(AppState.fileName(path))", warning: true)
            return false
        }
        reading = ReadingState(document: document(of: entry))
        if timeline.scope == .article { rebuildTimeline() }
        let warnings = entry.article.warnings
        if !warnings.isEmpty {
            tell(StatusMessage("⚠ " + warnings.map(\.message).joined(separator: "; "), isWarning: true))
        }
        return true
    }

    /// Opens an article for reading: focus, read mark, history.
    mutating func open(path: String, at offset: Int? = nil) -> [Effect] {
        // Opening the article the list previews stays at the same place.
        if !(reading?.document.path == path && reading?.opened == false && entityView == nil) { recordPlace() }
        leaveEntityView()
        guard reading?.document.path == path || show(path: path) else { return [] }
        if timeline.selectedEvent?.path != path { followArticle(path, at: offset) }
        // Mostly the list's own selection: no walk through the list for it.
        let selected = list.rows.indices.contains(list.selected) && summaries[list.rows[list.selected]].path == path
        if let index = selected ? list.selected : list.rows.firstIndex(where: { summaries[$0].path == path }) {
            list.selected = index
            list.keepVisible(rows: frameSize(.list).height)
        }
        focus = .reading
        // Laid out for the pane it was shown in: wrapped again at the width it has now.
        relayout()
        reading?.opened = true
        if let offset, var state = reading {
            state.mark = state.document.marks.firstIndex { $0.start >= offset }
            let line = state.document.line(containing: offset)
            state.top = max(0, line - 2)
            reading = state
            clampReading()
        }
        return [.opened(path: path)] + mark([path], read: true)
    }

    /// An article laid out at the reading pane's width, its names typed as the folder agrees and
    /// its "Read also" headlines linked to the articles of the folder they name.
    func document(of entry: CorpusEntry) -> ReadingDocument {
        var entry = entry
        entry.analysis.entities = corpusTimeline.agreed(entry.analysis.entities)
        let article = entry.article
        let links = article.readAlsoHeadlineRanges.compactMap { range -> (range: Range<Int>, path: String)? in
            guard let path = corpusTimeline.article(headline: article.text(range)), path != article.path else { return nil }
            return (range, path)
        }
        return ReadingDocument(entry: entry, width: readingTextWidth, links: links)
    }

    /// Lays the article out again for a new pane width (or, `always`, for links found since),
    /// keeping the first visible text in view.
    mutating func relayoutReading(always: Bool = false) {
        guard var state = reading, always || state.document.width != readingTextWidth else { return }
        let offset = state.document.offset(atLine: state.top)
        let mark = state.focusedMark
        state.document = document(of: state.document.entry)
        state.mark = mark.flatMap { state.document.marks.firstIndex(of: $0) }
        state.top = state.top == 0 ? 0 : state.document.line(containing: offset)
        reading = state
        clampReading()
    }

    mutating func reloadReading() {
        guard var state = reading, let entry = store.entry(path: state.document.path) else { return }
        let offset = state.document.offset(atLine: state.top)
        let wasTop = state.top == 0
        state.document = document(of: entry)
        state.top = wasTop ? 0 : state.document.line(containing: offset)
        state.mark = nil
        state.deleted = false
        if let query = state.query {
            state.matches = TextSearch.ranges(of: Array(query.unicodeScalars), in: entry.article.scalars)
            state.match = nil
        }
        reading = state
        clampReading()
    }

    mutating func clampReading() {
        guard var state = reading else { return }
        let rows = max(1, readingSize.height)
        state.top = max(0, min(state.top, state.document.lines.count - rows))
        reading = state
    }

    mutating func scrollReading(by delta: Int) {
        reading?.top += delta
        clampReading()
    }

    /// Moves the focus to the next or previous date (or entity) after the focused one, or after
    /// the top of the pane.
    mutating func stepMark(dates: Bool, forward: Bool) {
        guard var state = reading else { return }
        let marks = state.document.marks
        let here = state.focusedMark?.start ?? (forward ? state.document.offset(atLine: state.top) - 1
                                                        : state.document.offset(atLine: state.top + readingSize.height))
        let candidates = marks.indices.filter { marks[$0].isTime == dates }
        let next = forward ? candidates.first { marks[$0].start > here } : candidates.last { marks[$0].start < here }
        guard let next else {
            say(dates ? (forward ? "no later date" : "no earlier date") : (forward ? "no further entity or link" : "no earlier entity or link"))
            return
        }
        state.mark = next
        reading = state
        reveal(offset: marks[next].start)
        say(describe(marks[next], in: state.document))
    }

    /// Scrolls so that the line showing an offset is visible, with some context above.
    mutating func reveal(offset: Int) {
        guard var state = reading else { return }
        let line = state.document.line(containing: offset)
        let rows = max(1, readingSize.height)
        if line < state.top || line >= state.top + rows { state.top = max(0, line - min(3, rows / 3)) }
        reading = state
        clampReading()
    }

    func describe(_ mark: ReadingMark, in document: ReadingDocument) -> String {
        let text = Visible.text(document.entry.article.text(mark.start..<mark.end))
        switch mark.kind {
        case .time(let time):
            return "\(text) · \(TimexWords.words(time.value, type: time.type))"
        case .entity(let mention):
            return "\(text) · \(mention.type.rawValue)"
        case .link:
            return "Read also: \(text) · \(keymap.key(for: .open, in: .reading)?.name ?? "Enter") opens it"
        }
    }

    mutating func searchArticle(_ query: String) {
        guard var state = reading else { return }
        state.query = query
        state.matches = TextSearch.ranges(of: Array(query.unicodeScalars), in: state.document.entry.article.scalars)
            .filter { $0.lowerBound >= state.document.entry.article.bodyRange.lowerBound }
        state.match = nil
        reading = state
        guard !state.matches.isEmpty else {
            say("not found: \(query)", warning: true)
            return
        }
        stepArticleMatch(forward: true)
    }

    mutating func stepArticleMatch(forward: Bool) {
        guard var state = reading, !state.matches.isEmpty else {
            say("no search: press / first")
            return
        }
        let count = state.matches.count
        if let match = state.match {
            state.match = (match + (forward ? 1 : -1) + count) % count
        } else {
            let here = state.document.offset(atLine: state.top)
            state.match = forward ? (state.matches.firstIndex { $0.lowerBound >= here } ?? 0) : count - 1
        }
        reading = state
        reveal(offset: state.matches[state.match!].lowerBound)
        say("match \(state.match! + 1) of \(count)")
    }

    /// `Enter` in the reading pane: a date shows its event in the timeline; an entity opens its
    /// view; a "Read also" headline opens its article.
    mutating func openMark() -> [Effect] {
        guard let state = reading, let mark = state.focusedMark else {
            say("] or } picks a date or an entity first")
            return []
        }
        switch mark.kind {
        case .time(let time):
            let analysis = state.document.entry.analysis
            guard let event = ArticleEvent.dated(by: time, in: analysis.events),
                  corpusTimeline.event(id: TimelineEvent.id(path: state.document.path, event: event.id)) != nil else {
                say("\(TimexWords.words(time.value, type: time.type)) is not an event on the timeline")
                return []
            }
            recordPlace()
            focusEvent(TimelineEvent.id(path: state.document.path, event: event.id))
            focus = .timeline
            side = .timeline
            relayout()
        case .entity(let mention):
            openEntity(mention.id)
        case .link(let path):
            return open(path: path)
        }
        return []
    }

    /// The text `y` copies: the focused sentence with the article's date and source.
    var copyText: String? {
        guard let state = reading else { return nil }
        let document = state.document
        let offset = state.focusedMark?.start ?? state.matches[safe: state.match]?.lowerBound
            ?? document.offset(atLine: state.top)
        guard let range = document.sentence(around: offset) else { return nil }
        let article = document.entry.article
        let source = article.source.map { ", " + $0 } ?? ""
        return "\(Visible.text(article.text(range))) (\(article.dateText)\(source))"
    }
}

extension Array {
    subscript(safe index: Int?) -> Element? {
        guard let index, indices.contains(index) else { return nil }
        return self[index]
    }
}
