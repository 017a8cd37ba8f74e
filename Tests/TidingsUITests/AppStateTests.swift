import XCTest
import TidingsKit
@testable import TidingsUI

final class AppStateTests: XCTestCase {
    private func openCracks(_ state: inout AppState) {
        state.press("G", "Enter")
        XCTAssertEqual(state.reading?.document.path, Fixture.cracks.path)
    }

    func testLinkedEventJumpLandsInAnotherArticle() {
        var state = Fixture.state(width: 120, height: 40)
        openCracks(&state)
        state.press("]", "Enter")
        XCTAssertEqual(state.focus, .timeline)
        let from = state.timeline.selectedEvent!
        XCTAssertEqual(from.path, Fixture.cracks.path)
        state.press("]")
        let to = state.timeline.selectedEvent!
        XCTAssertNotEqual(to.path, from.path)
        XCTAssertFalse(Set(to.entities.map(\.id)).isDisjoint(with: from.entities.map(\.id)))
        XCTAssertTrue(state.message!.text.hasPrefix("→ Lower Varnholt evacuated"), state.message!.text)
        state.press("Backspace")
        XCTAssertEqual(state.timeline.selectedEvent?.id, from.id)
    }

    func testTimelineEnterOpensTheArticleAtTheEventSentence() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("3", "G")
        let event = state.timeline.selectedEvent!
        let effects = state.handle(.enter)
        XCTAssertEqual(state.focus, .reading)
        XCTAssertEqual(state.reading?.document.path, event.path)
        XCTAssertTrue(effects.contains(.setRead(path: event.path, read: true)))
        XCTAssertGreaterThanOrEqual(state.reading!.focusedMark!.start, event.event.start)
    }

    /// The timeline shows where the list's article sits; an event chosen in the timeline stays
    /// chosen when it opens its article.
    func testTimelineFollowsTheListsArticle() {
        var state = Fixture.state(width: 120, height: 40)
        XCTAssertEqual(state.timeline.selectedEvent?.path, state.selectedSummaryPath)
        XCTAssertEqual(state.timeline.selectedEvent?.event.kind, .published)
        state.press("j", "j")
        XCTAssertEqual(state.timeline.selectedEvent?.path, state.selectedSummaryPath)
        XCTAssertEqual(state.timeline.selectedEvent?.event.kind, .published)

        state.press("3", "G")
        let chosen = state.timeline.selectedEvent!
        XCTAssertNotEqual(chosen.event.kind, .published)
        state.press("Enter")
        XCTAssertEqual(state.timeline.selectedEvent?.id, chosen.id)
    }

    func testLinkListPicksALink() {
        var state = Fixture.state(width: 120, height: 40)
        openCracks(&state)
        state.press("]", "Enter", "L")
        let picker = state.linkPicker!
        XCTAssertFalse(picker.entries.isEmpty)
        state.press("Enter")
        XCTAssertNil(state.linkPicker)
        XCTAssertEqual(state.timeline.selectedEvent?.id, picker.entries[0].event)
    }

    func testEntityViewListsMentionsAndCompanions() {
        var state = Fixture.state(width: 120, height: 40)
        openCracks(&state)
        state.press("}", "}", "}")
        guard case .entity(let mention) = state.reading!.focusedMark!.kind else { return XCTFail("no entity") }
        XCTAssertEqual(mention.id, "teodor-lind")
        state.press("Enter")
        let view = state.entityView!
        XCTAssertEqual(Set(view.articles), [Fixture.cracks.path, Fixture.evacuation.path])
        XCTAssertTrue(view.companions.contains { $0.entity.id == "mira-castell" && $0.articles == 2 })
        XCTAssertEqual(state.timeline.scope, .entity)
        XCTAssertTrue(state.timeline.rows.allSatisfy {
            guard case .event(let i) = $0 else { return true }
            return state.timeline.events[Int(i)].entities.contains { $0.id == "teodor-lind" }
        })
        state.press("j", "Enter")
        XCTAssertNil(state.entityView)
        XCTAssertEqual(state.reading?.document.path, view.articles[1])
    }

    /// A name the tagger typed differently from article to article ("Varnholt" a place in one, a
    /// person in another) is one entity to the view: every article naming it is listed, a
    /// companion typed two ways is listed once, and the timeline holds the events of both.
    func testEntityViewGathersANameTypedDifferentlyInEachArticle() {
        func article(_ name: String, _ date: String, _ sentence: String,
                     _ entities: [(String, EntityType)]) -> FixtureArticle {
            FixtureArticle(path: "/news/\(date)-\(name).txt", text: "title: \(name)\ndate: \(date)\n\n\(sentence)\n",
                           entities: entities.map { ($0, $1, EntityIdentity.id(type: $1, name: $0)) },
                           times: [("Monday", date, .day)])
        }
        let articles = [
            article("plan", "2024-04-12", "Varnholt published its plan for the Kessel Dam on Monday, Castell said.",
                    [("Varnholt", .location), ("Kessel Dam", .location), ("Castell", .person)]),
            article("cracks", "2024-02-20", "Cracks in the Kessel Dam above Varnholt were found on Monday, Castell said.",
                    [("Varnholt", .person), ("Kessel Dam", .organization), ("Castell", .person)]),
            article("council", "2024-02-23", "The Varnholt council met on Monday.", [("Varnholt", .misc)]),
            article("chess", "2024-03-12", "Leona Vik won the chess open on Monday.", [("Leona Vik", .person)]),
        ]
        let entries = articles.map(\.entry)
        var state = AppState(store: MemoryArticleStore(entries: entries), folderLabel: "~/news", width: 120, height: 40)
        state.apply(.loaded(entries.map { ArticleSummary(article: $0.article, analysis: $0.analysis) }))
        state.openEntity(EntityIdentity.id(type: .location, name: "Varnholt"))
        let view = state.entityView!
        XCTAssertEqual(view.articles, articles.prefix(3).map(\.path).sorted(by: >))
        XCTAssertEqual(view.companions.map(\.entity.name).sorted(), ["Castell", "Kessel Dam"])
        XCTAssertEqual(view.companions.map(\.articles), [2, 2])
        XCTAssertEqual(Set(state.timeline.events.map(\.path)), Set(view.articles))

        state.openEntity(EntityIdentity.id(type: .person, name: "Castell"))
        XCTAssertEqual(state.entityView!.companions.map(\.entity.name).sorted(), ["Kessel Dam", "Varnholt"])
        XCTAssertEqual(state.entityView!.companions.map(\.articles), [2, 2])
    }

    func testLibraryUpdatesKeepThePlace() {
        var state = Fixture.state(width: 120, height: 40)
        openCracks(&state)
        state.press("j", "j", "]")
        let top = state.reading!.top
        let mark = state.reading!.mark
        var later = Fixture.bakery
        later.path = "/news/2024-04-01-later.txt"
        later.text = later.text.replacingOccurrences(of: "2024-03-07", with: "2024-04-01")
        let entry = later.entry
        (state.store as! MemoryArticleStore).put(entry)
        state.apply(.scanned)
        state.apply(.added(ArticleSummary(article: entry.article, analysis: entry.analysis)))
        XCTAssertEqual(state.reading?.document.path, Fixture.cracks.path)
        XCTAssertEqual(state.reading?.top, top)
        XCTAssertEqual(state.reading?.mark, mark)
        XCTAssertEqual(state.selectedSummaryPath, Fixture.cracks.path)
        XCTAssertEqual(state.summaries.first?.path, later.path)
        XCTAssertEqual(state.message?.text, "new: 2024-04-01-later.txt")
        XCTAssertTrue(Screen.render(state).text.contains("6 articles · 5 unread"))

        state.apply(.removed(path: Fixture.cracks.path))
        XCTAssertTrue(state.reading!.deleted)
        XCTAssertTrue(Screen.render(state).text.contains("deleted · Engineers find cracks"))
        XCTAssertEqual(state.summaries.count, 5)
    }

    /// The reader builds the timeline on a worker: the list shows first, and the timeline that
    /// arrives later takes in the changes made meanwhile.
    func testTimelineBuiltElsewhereTakesInLaterChanges() {
        let entries = Fixture.all.map(\.entry)
        let summaries = entries.map { ArticleSummary(article: $0.article, analysis: $0.analysis) }
        var state = AppState(store: MemoryArticleStore(entries: entries), folderLabel: "~/news", width: 120, height: 40)
        state.buildsTimelineOnLoad = false
        state.apply(.loaded(summaries))
        XCTAssertTrue(state.timelinePending)
        XCTAssertEqual(state.summaries.count, 5)
        // The list keeps rows: entities and events are the timeline's.
        XCTAssertTrue(state.summaries.allSatisfy(\.isListRow))
        XCTAssertTrue(Screen.render(state).text.contains("Linking events…"))

        let built = Timeline(summaries)
        state.apply(.removed(path: Fixture.cracks.path))
        state.install(timeline: built, replaying: [.removed(path: Fixture.cracks.path)])
        XCTAssertFalse(state.timelinePending)
        XCTAssertFalse(Screen.render(state).text.contains("Linking events…"))
        XCTAssertFalse(state.timeline.events.isEmpty)
        XCTAssertFalse(state.timeline.events.contains { $0.path == Fixture.cracks.path })
        XCTAssertTrue(state.timeline.events.contains { $0.path == Fixture.evacuation.path })
    }

    /// A timeline that keeps no sentences shows the same screen, its rows' sentences read from
    /// the store once each.
    func testTimelineWithoutSentencesReadsThemFromTheStore() throws {
        let entries = Fixture.all.map(\.entry)
        let summaries = entries.map { ArticleSummary(article: $0.article, analysis: $0.analysis) }
        let store = MemoryArticleStore(entries: entries)
        var kept = AppState(store: MemoryArticleStore(entries: entries), folderLabel: "~/news", width: 120, height: 40)
        kept.apply(.loaded(summaries))
        var builder = Timeline.Builder(keepsSentences: false)
        builder.add(summaries)
        let lean = builder.finish()
        XCTAssertFalse(lean.keepsSentences)
        XCTAssertTrue(lean.events.allSatisfy { $0.event.text.isEmpty })
        var read = AppState(store: store, folderLabel: "~/news", width: 120, height: 40)
        read.buildsTimelineOnLoad = false
        read.apply(.loaded(summaries.map(\.listRow)))
        read.install(timeline: lean, replaying: [])
        _ = kept.handle(.character("3"))
        _ = read.handle(.character("3"))
        XCTAssertEqual(Screen.render(read).text, Screen.render(kept).text)
        let reads = store.textReads
        XCTAssertGreaterThan(reads, 0)
        _ = Screen.render(read)
        XCTAssertEqual(store.textReads, reads, "read once")
    }

    /// Words two linked events say, with no name in common, show as their sentences write them,
    /// also from a timeline that keeps no sentences.
    func testLinkedWordsShowAsWrittenWithoutKeptSentences() throws {
        let floods = ["a", "b"].map { name in
            FixtureArticle(path: "/news/floods-\(name).txt",
                           text: "title: Valley report \(name)\ndate: 2024-05-06\n\nRivers flooded villages and closed schools across the valleys on Monday.\n",
                           times: [("Monday", "2024-05-06", .day)])
        }
        let entries = (HappeningLinkTests.others + floods).map(\.entry)
        let summaries = entries.map { ArticleSummary(article: $0.article, analysis: $0.analysis) }
        var builder = Timeline.Builder(keepsSentences: false, linkModel: Fixture.linkModel)
        builder.add(summaries)
        var state = AppState(store: MemoryArticleStore(entries: entries), folderLabel: "~/news", width: 120, height: 40)
        state.buildsTimelineOnLoad = false
        state.apply(.loaded(summaries.map(\.listRow)))
        state.install(timeline: builder.finish(), replaying: [])
        let event = try XCTUnwrap(state.corpusTimeline.events(article: floods[0].path).first { $0.event.kind != .published })
        let link = try XCTUnwrap(state.corpusTimeline.links(of: event.id).first)
        XCTAssertEqual(link.shared, [])
        let reason = LinkPickerOverlay.reason(LinkPicker.Entry(event: link.event, link: link, sameHappening: false), from: event.id, state: state)
        for word in ["flooded", "closed", "schools", "valleys"] { XCTAssertTrue(reason.contains(word), reason) }
    }

    /// A library with a cache sends list rows (no entities, no events): the timeline, built
    /// elsewhere from complete summaries, is waited for, and the corpus is not said to have no
    /// dated events meanwhile.
    func testListRowsWaitForTheTimelineBuiltElsewhere() {
        let entries = Fixture.all.map(\.entry)
        let summaries = entries.map { ArticleSummary(article: $0.article, analysis: $0.analysis) }
        var state = AppState(store: MemoryArticleStore(entries: entries), folderLabel: "~/news", width: 120, height: 40)
        state.buildsTimelineOnLoad = false
        state.apply(.loaded(summaries.map(\.listRow)))
        XCTAssertTrue(state.timelinePending)
        XCTAssertTrue(Screen.render(state).text.contains("Linking events…"))
        XCTAssertFalse(Screen.render(state).text.contains("No dated events"))

        state.install(timeline: Timeline(summaries), replaying: [])
        XCTAssertFalse(state.timelinePending)
        XCTAssertFalse(state.timeline.events.isEmpty)
    }

    func testFilterByEntityAndDates() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("f")
        state.type("@lind")
        state.press("Enter")
        XCTAssertEqual(Set(state.list.rows.map { state.summaries[$0].path }), [Fixture.cracks.path, Fixture.evacuation.path])
        state.press("f", "C-u")
        state.type("2024-03-01..2024-03-10")
        state.press("Enter")
        XCTAssertEqual(Set(state.list.rows.map { state.summaries[$0].path }), [Fixture.evacuation.path, Fixture.bakery.path])
        for (range, paths) in [("2024-03-07..", [Fixture.bakery.path, Fixture.festival.path, Fixture.resignation.path]),
                               ("..2024-03-02", [Fixture.cracks.path, Fixture.evacuation.path])] {
            state.press("f", "C-u")
            state.type(range)
            state.press("Enter")
            XCTAssertEqual(Set(state.list.rows.map { state.summaries[$0].path }), Set(paths), range)
            XCTAssertEqual(try ListFilter.parse(range)?.label, range)
        }
        state.press("f", "C-u", "Enter")
        XCTAssertEqual(state.list.rows.count, 5)
    }

    /// The help scrolls as a pager does: g and G to its ends, never past them, so k moves at once.
    func testHelpScrollsWithinItsLines() {
        var state = Fixture.state(width: 80, height: 24)
        let last = PageOverlay.lastTop(state, page: .help)
        XCTAssertGreaterThan(last, 0)
        state.press("?", "G")
        XCTAssertTrue(state.showHelp)
        XCTAssertEqual(state.pageTop, last)
        state.press("j", "j", "PgDn", "k")
        XCTAssertEqual(state.pageTop, last - 1)
        let lastLine = PageOverlay.helpLines(state.keymap, width: 76).last!.text
        state.press("G")
        XCTAssertTrue(Screen.render(state).text.contains(lastLine))
        state.press("g")
        XCTAssertEqual(state.pageTop, 0)
        state.press("x")
        XCTAssertFalse(state.showHelp)
    }

    func testSearchCorpusAndArticle() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("/")
        state.type("spillway")
        state.press("Enter")
        XCTAssertEqual(Set(state.list.matches), [Fixture.cracks.path, Fixture.evacuation.path])
        let first = state.selectedSummaryPath
        state.press("n")
        XCTAssertNotEqual(state.selectedSummaryPath, first)
        state.press("Enter", "/")
        XCTAssertEqual(state.reading?.document.path, Fixture.cracks.path)
        state.type("SPILLWAY")
        state.press("Enter")
        XCTAssertEqual(state.reading?.matches.count, 2)
        XCTAssertEqual(state.reading?.match, 0)
        state.press("n")
        XCTAssertEqual(state.reading?.match, 1)
    }

    func testReadToggleAndHandOffs() {
        var state = Fixture.state(width: 120, height: 40)
        let path = state.selectedSummaryPath!
        XCTAssertEqual(state.handle(.character("u")), [.setRead(path: path, read: true)])
        XCTAssertEqual(state.handle(.character("u")), [.setRead(path: path, read: false)])
        XCTAssertEqual(state.handle(.character("o")), [.page(path: path)])
        XCTAssertEqual(state.handle(.character("O")), [.edit(path: path)])
        state.press("Enter", "]")
        guard case .copy(let text)? = state.handle(.character("y")).first else { return XCTFail("no copy") }
        XCTAssertEqual(text, "Halvard Renn resigned on Monday, three weeks after the Kessel Dam flood forced 6,000 people out of their homes in Varnholt. (2024-03-25, Esteria Today)")
        XCTAssertEqual(state.handle(.character("q")), [.quit])
    }

    func testScopeAndZoom() {
        var state = Fixture.state(width: 120, height: 40)
        openCracks(&state)
        state.press("3", "t")
        XCTAssertEqual(state.timeline.scope, .article)
        XCTAssertTrue(state.timeline.rows.allSatisfy {
            guard case .event(let i) = $0 else { return true }
            return state.timeline.events[Int(i)].path == Fixture.cracks.path
        })
        state.press("t")
        XCTAssertEqual(state.timeline.scope, .story, "no entity chosen: the selected event's story")
        state.press("t", "z")
        XCTAssertEqual(state.timeline.scope, .all)
        XCTAssertEqual(state.timeline.zoom, .month)
        XCTAssertTrue(state.timeline.rows.contains(.month(year: 2024, month: 2, count: 5)))
        state.press("z")
        XCTAssertTrue(state.timeline.rows.contains(.year(1947, count: 1)))
        state.press("Enter")
        XCTAssertEqual(state.timeline.zoom, .month)
    }

    func testHistoryGoesBackAndForward() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("Enter")
        let first = state.reading!.document.path
        state.press("1", "j", "Enter")
        let second = state.reading!.document.path
        XCTAssertNotEqual(first, second)
        state.press("Backspace")
        XCTAssertEqual(state.reading?.document.path, first)
        state.press("=")
        XCTAssertEqual(state.reading?.document.path, second)
    }

    /// Going back and forth through an entity view brings back its scoped timeline too.
    func testHistoryRestoresTheTimelineScope() {
        var state = Fixture.state(width: 120, height: 40)
        openCracks(&state)
        state.press("}")
        XCTAssertEqual(state.reading?.focusedMark?.isTime, false)
        state.press("Enter")
        guard let entity = state.entityView?.entity.id else { return XCTFail("no entity view") }
        XCTAssertEqual(state.timeline.scope, .entity)
        state.press("Backspace")
        XCTAssertNil(state.entityView)
        XCTAssertEqual(state.timeline.scope, .all)
        state.press("=")
        XCTAssertEqual(state.entityView?.entity.id, entity)
        XCTAssertEqual(state.timeline.scope, .entity)
        XCTAssertEqual(state.timeline.entity, entity)
        XCTAssertEqual(state.scopeLabel, state.entityView?.entity.name)
    }
}
