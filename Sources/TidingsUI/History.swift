/// A place the reader has been: restored by `Backspace` and `=`.
public struct Place: Equatable, Sendable {
    public var focus: Pane
    public var path: String?
    public var top: Int
    public var mark: Int?
    public var entity: String?
    public var event: String?
    /// The timeline's scope there, and the entity and the story's event it was scoped to.
    public var scope: TimelineScope
    public var scopeEntity: String?
    public var scopeStory: String?
}

/// Back and forward through places, like a browser.
public struct History: Sendable {
    public private(set) var back: [Place] = []
    public private(set) var forward: [Place] = []
    static let limit = 200

    mutating func record(_ place: Place) {
        if back.last != place { back.append(place) }
        if back.count > History.limit { back.removeFirst() }
        forward.removeAll()
    }

    mutating func goBack(from current: Place) -> Place? {
        guard let place = back.popLast() else { return nil }
        forward.append(current)
        return place
    }

    mutating func goForward(from current: Place) -> Place? {
        guard let place = forward.popLast() else { return nil }
        back.append(current)
        return place
    }
}

extension AppState {
    var currentPlace: Place {
        Place(focus: focus, path: reading?.document.path, top: reading?.top ?? 0, mark: reading?.mark,
              entity: entityView?.entity.id, event: timeline.selectedID, scope: timeline.scope, scopeEntity: timeline.entity,
              scopeStory: timeline.story)
    }

    mutating func recordPlace() {
        history.record(currentPlace)
    }

    mutating func travel(back: Bool) {
        let current = currentPlace
        guard let place = back ? history.goBack(from: current) : history.goForward(from: current) else {
            say(back ? "nothing further back" : "nothing further forward")
            return
        }
        restore(place)
    }

    mutating func restore(_ place: Place) {
        if let id = place.entity {
            entityView = EntityView(id: id, summaries: summaries, timeline: corpusTimeline, scopeBefore: scopeOutsideEntityView)
        } else {
            entityView = nil
            if let path = place.path, reading?.document.path != path { show(path: path) }
            if var state = reading, state.document.path == place.path {
                state.top = place.top
                state.mark = place.mark.flatMap { state.document.marks.indices.contains($0) ? $0 : nil }
                reading = state
                clampReading()
            }
        }
        if (timeline.scope, timeline.entity, timeline.story) != (place.scope, place.scopeEntity, place.scopeStory) {
            timeline.scope = place.scope
            timeline.entity = place.scopeEntity
            timeline.story = place.scopeStory
            rebuildTimeline()
        }
        if let id = place.event, corpusTimeline.event(id: id) != nil { focusEvent(id) }
        focus = place.focus
        if focus != .reading { side = focus }
        // The panes' widths follow the focus.
        relayout()
    }
}
