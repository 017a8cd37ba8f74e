/// Where the reader starts: the article on screen when it last quit, at the same text, or else the
/// newest article. Until the first key the list follows the library as articles arrive (a cold
/// start lists them one batch at a time), so the selection does not stay on whichever came first.
public struct StartPlace: Equatable, Sendable {
    public var path: String
    /// Scalar offset of the first text line that was in view.
    public var offset: Int

    public init(path: String, offset: Int) {
        self.path = path
        self.offset = offset
    }
}

extension AppState {
    /// The article on screen (opened or previewed from the list) and its first visible text, to
    /// start there next time.
    public var placeToKeep: StartPlace? {
        guard let state = reading, !state.deleted else { return nil }
        return StartPlace(path: state.document.path, offset: state.document.offset(atLine: state.top))
    }

    /// Before any key: selects the article to resume when the list has it, else the newest.
    mutating func followStart() {
        guard !touched, !list.rows.isEmpty else { return }
        let resumed = startPlace.flatMap { place in list.rows.firstIndex { summaries[$0].path == place.path } }
        list.selected = resumed ?? 0
        list.top = 0
        list.keepVisible(rows: frameSize(.list).height)
        guard reading?.document.path != selectedSummaryPath else { return }
        previewSelection()
        if let place = startPlace, var state = reading, state.document.path == place.path {
            state.top = state.document.line(containing: place.offset)
            reading = state
            clampReading()
        }
    }
}
