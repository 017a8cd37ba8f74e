/// The article list: which summaries show (after the filter), which is selected, the scroll.
public struct ListState: Sendable {
    public var filter: ListFilter?
    /// Indices into the reader's summaries, in display order.
    public var rows: [Int] = []
    public var selected = 0
    public var top = 0
    /// Paths that matched the last corpus search.
    public var matches: [String] = []

    mutating func keepVisible(rows visible: Int) {
        selected = max(0, min(selected, rows.count - 1))
        guard visible > 0 else { return }
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        top = max(0, min(top, max(0, rows.count - visible)))
    }
}

extension AppState {
    var selectedSummaryPath: String? {
        guard list.rows.indices.contains(list.selected) else { return nil }
        return summaries[list.rows[list.selected]].path
    }

    /// Recomputes the list's rows after the summaries or the filter changed, keeping the
    /// selected article selected.
    mutating func refilter(keeping keep: String?) {
        var naming: [String: Set<String>] = [:]
        for name in list.filter?.entityNames ?? [] { naming[name] = corpusTimeline.articles(namingEntityLike: name) }
        let story = Set(list.filter?.storyEvent.flatMap(corpusTimeline.story(of:))?.events.map(\.path) ?? [])
        list.rows = summaries.indices.filter { list.filter?.matches(summaries[$0], naming: naming, story: story) ?? true }
        if let keep, let index = list.rows.firstIndex(where: { summaries[$0].path == keep }) {
            list.selected = index
        }
        list.keepVisible(rows: frameSize(.list).height)
    }

    mutating func moveList(by delta: Int) {
        guard !list.rows.isEmpty else { return }
        list.selected = max(0, min(list.rows.count - 1, list.selected + delta))
        list.keepVisible(rows: frameSize(.list).height)
        previewSelection()
    }

    /// Filters the list by what was typed; text that is no filter leaves the list as it was.
    mutating func setFilter(typed input: String) {
        let filter: ListFilter?
        do {
            filter = try ListFilter.parse(input, namesEntity: { [corpusTimeline] in !corpusTimeline.articles(namingEntityLike: $0).isEmpty },
                                          story: { [corpusTimeline, timeline] in
                guard let event = timeline.selectedEvent, let story = corpusTimeline.story(of: event.id) else { return nil }
                return (event.id, corpusTimeline.storyName(of: story.events))
            })
        } catch {
            say(error.text + "; the filter is unchanged", warning: true)
            return
        }
        setFilter(filter)
    }

    mutating func setFilter(_ filter: ListFilter?) {
        list.filter = filter
        list.selected = 0
        list.top = 0
        refilter(keeping: nil)
        if let filter = list.filter {
            say(counted(list.rows.count, "article", "matches", "match") + " " + filter.label)
        } else {
            say("filter cleared")
        }
        previewSelection()
    }

    mutating func searchCorpus(_ query: String) {
        list.matches = store.search(query, limit: 1000)
        guard !list.matches.isEmpty else {
            say("no article matches \(query)", warning: true)
            return
        }
        say(counted(list.matches.count, "article", "matches", "match") + " " + query)
        stepListMatch(forward: true, includingCurrent: true)
    }

    mutating func stepListMatch(forward: Bool, includingCurrent: Bool = false) {
        let matching = Set(list.matches)
        guard !matching.isEmpty, !list.rows.isEmpty else { return }
        let count = list.rows.count
        let start = includingCurrent ? 0 : 1
        for step in start...count {
            let index = ((list.selected + (forward ? step : -step)) % count + count) % count
            if matching.contains(summaries[list.rows[index]].path) {
                list.selected = index
                list.keepVisible(rows: frameSize(.list).height)
                previewSelection()
                return
            }
        }
        say("no match in the list (filtered out)", warning: true)
    }
}
