import XCTest
import TidingsKit
@testable import TidingsUI

/// The focused event's story: a timeline scope under `t`, and `~` in the list's filter.
final class StoryScopeTests: XCTestCase {
    /// The fixture with a second report of the minister's resignation, its article open and its
    /// event chosen in the timeline.
    func stateOnTheResignation() throws -> AppState {
        let entries = (Fixture.all + [HappeningScreenTests.wire]).map(\.entry)
        var state = AppState(store: MemoryArticleStore(entries: entries), folderLabel: "~/news", width: 120, height: 40)
        state.linkModel = Fixture.linkModel
        state.apply(.loaded(entries.map { ArticleSummary(article: $0.article, analysis: $0.analysis) }))
        let resigned = try XCTUnwrap(state.corpusTimeline.events(article: Fixture.resignation.path).first { $0.event.kind == .mention })
        // Its happening's row opened to its reports, then the report itself.
        state.press("3")
        state.focusEvent(resigned.id)
        state.press("l")
        state.focusEvent(resigned.id)
        state.press("Enter", "3")
        XCTAssertEqual(state.reading?.document.path, Fixture.resignation.path)
        XCTAssertEqual(state.timeline.selectedEvent?.id, resigned.id)
        return state
    }

    func testTheStoryScopeListsTheFocusedEventsStory() throws {
        var state = try stateOnTheResignation()
        let focused = try XCTUnwrap(state.timeline.selectedEvent)
        let story = try XCTUnwrap(state.corpusTimeline.story(of: focused.id))
        XCTAssertTrue(story.events.contains { $0.path == HappeningScreenTests.wire.path }, "both reports of the resignation")
        XCTAssertFalse(story.events.contains { $0.path == Fixture.bakery.path || $0.path == Fixture.festival.path })
        // all -> this article -> (no entity chosen) -> the story.
        state.press("t", "t")
        XCTAssertEqual(state.timeline.scope, .story)
        XCTAssertEqual(state.timeline.events.map(\.id), story.events.map(\.id))
        XCTAssertEqual(state.timeline.selectedEvent?.id, focused.id)
        let name = state.corpusTimeline.storyName(of: story.events)
        XCTAssertEqual(Screen.paneTitle(state, .timeline), "Timeline · story: " + name)
        XCTAssertEqual(state.message?.text, "timeline: story: \(name) · t cycles all, this article, an entity (Enter on a name), the event's story")
        Golden.check("timeline-story-120x40", state)

        // Moving in the scope keeps its story; `t` goes back to all.
        state.press("g")
        XCTAssertEqual(state.timeline.events.map(\.id), story.events.map(\.id))
        state.press("t")
        XCTAssertEqual(state.timeline.scope, .all)
    }

    /// The scope follows the folder: a report that goes leaves the story, and when the event the
    /// story was chosen by goes, the pane says so.
    func testTheStoryScopeFollowsArticlesThatGo() throws {
        var state = try stateOnTheResignation()
        state.press("t", "t")
        XCTAssertTrue(state.timeline.events.contains { $0.path == HappeningScreenTests.wire.path })
        state.apply(.removed(path: HappeningScreenTests.wire.path))
        XCTAssertEqual(state.timeline.scope, .story)
        XCTAssertFalse(state.timeline.events.isEmpty)
        XCTAssertFalse(state.timeline.events.contains { $0.path == HappeningScreenTests.wire.path })
        state.apply(.removed(path: Fixture.resignation.path))
        XCTAssertTrue(state.timeline.events.isEmpty)
        XCTAssertTrue(Screen.render(state).text.contains("The story's event is gone."))
    }

    /// Without an event selected there is no story to show: `t` passes it.
    func testTheStoryScopeNeedsAnEvent() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("3", "z", "z")
        XCTAssertNil(state.timeline.selectedEvent)
        for _ in 0..<4 {
            state.press("t")
            XCTAssertNotEqual(state.timeline.scope, .story)
        }
    }

    /// Back and forward bring the story scope back with its story.
    func testHistoryKeepsTheStoryScope() throws {
        var state = try stateOnTheResignation()
        state.press("t", "t")
        let events = state.timeline.events.map(\.id)
        state.recordPlace()
        state.press("t")
        state.travel(back: true)
        XCTAssertEqual(state.timeline.scope, .story)
        XCTAssertEqual(state.timeline.events.map(\.id), events)
    }

    /// `~` in the filter: the articles of the story of the event chosen in the timeline, with the
    /// other terms; without a chosen event, an error that leaves the filter as it was.
    func testTheFilterTakesTheStoryOfTheChosenEvent() throws {
        var state = try stateOnTheResignation()
        let story = try XCTUnwrap(state.corpusTimeline.story(of: state.timeline.selectedEvent!.id))
        let paths = Set(story.events.map(\.path))
        state.enter("f", "~")
        XCTAssertEqual(Set(state.list.rows.map { state.summaries[$0].path }), paths)
        let name = state.corpusTimeline.storyName(of: story.events)
        XCTAssertEqual(state.list.filter?.label, "story: " + name)
        XCTAssertEqual(Screen.paneTitle(state, .list), "Articles · story: " + name)
        state.enter("f", "~ Courier")
        let courier = state.summaries.filter { paths.contains($0.path) && $0.source == "Varnholt Courier" }.map(\.path)
        XCTAssertTrue(courier.contains(HappeningScreenTests.wire.path))
        XCTAssertEqual(Set(state.list.rows.map { state.summaries[$0].path }), Set(courier))

        state.press("z", "z")
        XCTAssertNil(state.timeline.selectedEvent)
        state.enter("f", "~")
        XCTAssertEqual(state.list.filter?.label, "story: " + name + " Courier")
        XCTAssertEqual(state.message?.text, "~ is the story of an event: choose one in the timeline; the filter is unchanged")
    }
}
