import TidingsKit

extension AppState {
    /// Runs a key: a prompt being typed takes every key, then the help and link overlays, then
    /// the keymap of the focused pane.
    public mutating func handle(_ key: Key) -> [Effect] {
        touched = true
        if prompt != nil { return handlePrompt(key) }
        let action = keymap.action(for: key, in: linkPicker != nil ? .links : entityView != nil && focus == .reading ? .entity : focus.context)
        if page != nil {
            let last = PageOverlay.lastTop(self)
            switch action {
            case .down: pageTop = min(last, pageTop + 1)
            case .up: pageTop = max(0, pageTop - 1)
            case .pageDown: pageTop = min(last, pageTop + max(1, height - 6))
            case .pageUp: pageTop = max(0, pageTop - max(1, height - 6))
            case .top: pageTop = 0
            case .bottom: pageTop = last
            // `q` too: it closes the help, as in tig, mutt and newsboat, and quits only from the panes.
            default: page = nil
            }
            return []
        }
        if linkPicker != nil {
            handlePicker(action)
            return []
        }
        if problemsTop != nil {
            handleProblems(action)
            return []
        }
        message = nil
        // `A` asks to be pressed again; any other key lets it go.
        let confirming = self.confirming
        self.confirming = nil
        guard let action else {
            say("\(key.name) does nothing here · ? help")
            return []
        }
        if action == .markAllRead, confirming != .markAllRead {
            let count = list.rows.count { !read.contains(summaries[$0].path) }
            if count > 0 {
                self.confirming = .markAllRead
                say("\(key.name) again marks " + counted(count, "unread article") + " of the list read")
                return []
            }
        }
        return perform(action)
    }

    public mutating func perform(_ action: Action) -> [Effect] {
        switch action {
        case .quit: return [.quit]
        case .redraw: return [.redraw]
        case .maximize:
            maximized.toggle()
            relayout()
        case .help:
            page = .help
            pageTop = 0
        case .messages:
            page = .messages
            pageTop = PageOverlay.lastTop(self)
        case .down: move(by: 1)
        case .up: move(by: -1)
        case .pageDown:
            if focus == .reading, entityView == nil, readingAtEnd { return openNextUnread() }
            move(by: max(1, frameSize(focus).height - 2))
        case .pageUp: move(by: -max(1, frameSize(focus).height - 2))
        case .top: move(by: -Int(Int32.max))
        case .bottom: move(by: Int(Int32.max))
        case .nextPane: setFocus(Pane(rawValue: (focus.rawValue + 1) % 3)!)
        case .previousPane: setFocus(Pane(rawValue: (focus.rawValue + 2) % 3)!)
        case .paneList: setFocus(.list)
        case .paneReading: setFocus(.reading)
        case .paneTimeline: setFocus(.timeline)
        case .open: return openFocused()
        case .close: close()
        case .search: prompt = Prompt(kind: .search(focus == .reading && entityView == nil ? .reading : .list))
        case .nextMatch, .previousMatch:
            if focus == .reading, entityView == nil { stepArticleMatch(forward: action == .nextMatch) }
            else { stepListMatch(forward: action == .nextMatch) }
        // Empty, so that typing starts a new filter; Up brings back the one in force.
        case .filter: prompt = Prompt(kind: .filter)
        case .back: travel(back: true)
        case .forward: travel(back: false)
        case .toggleRead: return toggleRead()
        case .markAllRead: return markAllRead()
        case .nextArticle: return openListNeighbour(by: 1)
        case .previousArticle: return openListNeighbour(by: -1)
        case .nextUnread: return openNextUnread()
        case .copy:
            guard let text = focus == .timeline ? eventCopyText : copyText else {
                say("nothing to copy here")
                return []
            }
            say("copied: " + text)
            return [.copy(text)]
        case .pager, .editor:
            guard let path = focusedPath else { return [] }
            return [action == .pager ? .page(path: path) : .edit(path: path)]
        case .browser:
            guard let path = focusedPath else { return [] }
            guard let url = store.entry(path: path)?.article.url, !url.isEmpty else {
                say("this article has no url header")
                return []
            }
            return [.browse(url: url)]
        case .nextDate: stepMark(dates: true, forward: true)
        case .previousDate: stepMark(dates: true, forward: false)
        case .nextEntity: stepMark(dates: false, forward: true)
        case .previousEntity: stepMark(dates: false, forward: false)
        case .nextLink: stepLink(forward: true)
        case .previousLink: stepLink(forward: false)
        case .links: openLinkPicker()
        case .openHappening: openHappening()
        case .foldHappening: foldHappening()
        case .scope: cycleScope()
        case .zoom: cycleZoom()
        case .problems: problemsTop = 0
        }
        return []
    }

    mutating func setFocus(_ pane: Pane) {
        focus = pane
        if pane != .reading { side = pane }
        if pane == .reading, reading == nil, entityView == nil { previewSelection() }
        relayout()
    }

    mutating func move(by delta: Int) {
        switch focus {
        case .list: moveList(by: delta)
        case .reading:
            if entityView != nil { moveEntityView(by: delta) } else { scrollReading(by: delta) }
        case .timeline: moveTimeline(by: delta)
        }
    }

    mutating func openFocused() -> [Effect] {
        switch focus {
        case .list:
            guard let path = selectedSummaryPath else { return [] }
            return open(path: path)
        case .reading:
            return entityView != nil ? openEntityArticle() : openMark()
        case .timeline:
            return openTimelineRow()
        }
    }

    /// `Esc`: clears the list's filter (in the list), leaves the entity view, or drops the focused
    /// mark and search highlights.
    mutating func close() {
        if focus == .list, list.filter != nil {
            setFilter(nil)
        } else if entityView != nil {
            leaveEntityView()
            if reading == nil { previewSelection() }
        } else if var state = reading {
            state.mark = nil
            state.matches = []
            state.match = nil
            state.query = nil
            reading = state
        }
    }

    /// The article the focused pane is about.
    var focusedPath: String? {
        switch focus {
        case .list: return selectedSummaryPath
        case .reading: return entityView == nil ? reading?.document.path : entityView?.articles[safe: entityView?.selected]
        case .timeline: return timeline.selectedEvent?.path ?? reading?.document.path
        }
    }

    mutating func toggleRead() -> [Effect] {
        guard let path = focusedPath else { return [] }
        let nowRead = !read.contains(path)
        say(nowRead ? "marked read" : "marked unread")
        return mark([path], read: nowRead)
    }

    // MARK: Mouse

    /// A click focuses the pane under it and selects the row clicked.
    public mutating func click(row: Int, column: Int) {
        touched = true
        guard let frame = layout.frames.first(where: { column >= $0.x - 1 && column <= $0.x + $0.width
            && row >= $0.y - 1 && row < $0.y + $0.height }) else { return }
        setFocus(frame.pane)
        let line = row - frame.y
        guard line >= 0 else { return }
        switch frame.pane {
        case .list:
            let target = list.top + line
            if target < list.rows.count { moveList(by: target - list.selected) }
        case .timeline:
            let lines = timelineLines(count: frame.height - 1, columns: TimelinePane.EventColumns(self, paneWidth: frame.width))
            switch lines[safe: line - 1] {
            case .row(let target)?, .origin(let target)?:
                guard timeline.isSelectable(timeline.rows[target]) else { return }
                timeline.selected = target
                selectionChanged()
            default:
                break
            }
        case .reading:
            break
        }
    }

    /// The wheel scrolls the pane under the pointer by three lines.
    public mutating func wheel(row: Int, column: Int, down: Bool) {
        touched = true
        guard let frame = layout.frames.first(where: { column >= $0.x && column < $0.x + $0.width }) else { return }
        let previous = focus
        focus = frame.pane
        move(by: down ? 3 : -3)
        focus = previous
        relayout()
    }
}
