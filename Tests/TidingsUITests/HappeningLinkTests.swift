import XCTest
import TidingsKit
@testable import TidingsUI

/// `]`/`[` move between happenings: a bridge collapse three papers report on one day, and the
/// minister's resignation over it two papers report two days later, among unrelated articles.
final class HappeningLinkTests: XCTestCase {
    static let names: [(String, EntityType, String)] = [
        ("Brenn Bridge", .location, "brenn-bridge"), ("Tavel River", .location, "tavel-river"),
        ("Oskar Vale", .person, "oskar-vale"), ("Vale", .person, "oskar-vale"),
    ]

    /// Articles of one day, each `(name, source, title, text)`, whose sentence is dated `weekday`.
    static func reports(on date: String, _ weekday: String, _ articles: [(String, String, String, String)]) -> [FixtureArticle] {
        articles.map { name, source, title, text in
            FixtureArticle(path: "/news/\(date)-\(name).txt", text: "title: \(title)\ndate: \(date)\nsource: \(source)\n\n\(text)\n",
                           entities: names, times: [(weekday, date, .day)])
        }
    }

    static let collapse = reports(on: "2024-05-06", "Monday", [
        ("collapse-a", "Tavel Gazette", "Brenn Bridge collapses into the Tavel River",
         "The Brenn Bridge over the Tavel River collapsed on Monday, killing four drivers, transport minister Oskar Vale said."),
        ("collapse-b", "Northern Wire", "Four drivers killed as Brenn Bridge collapses",
         "Four drivers were killed when the Brenn Bridge collapsed into the Tavel River on Monday, Oskar Vale said."),
        ("collapse-c", "Evening Courant", "Brenn Bridge collapse kills four drivers",
         "The Brenn Bridge collapsed into the Tavel River on Monday and four drivers were killed, said Oskar Vale."),
    ])
    static let resignation = reports(on: "2024-05-08", "Wednesday", [
        ("vale-a", "Tavel Gazette", "Oskar Vale resigns over Brenn Bridge collapse",
         "Transport minister Oskar Vale resigned on Wednesday over the Brenn Bridge collapse that killed four drivers."),
        ("vale-b", "Northern Wire", "Minister Oskar Vale quits after Brenn Bridge collapse",
         "Oskar Vale resigned as transport minister on Wednesday after the Brenn Bridge collapse killed four drivers."),
    ])
    /// Articles about other things, so that the story's words are rare in the folder.
    static let others = (1...16).flatMap { n in
        reports(on: String(format: "2024-04-%02d", n), "Tuesday", [
            ("market-\(n)", "Market Notes", "Market day number \(n)",
             "Stall holders sold apples, cheese and bread at market day number \(n) on Tuesday."),
        ])
    }

    func reader() -> AppState {
        var state = Fixture.state(width: 120, height: 40, articles: Self.collapse + Self.resignation + Self.others)
        state.press("3")
        return state
    }

    func sentence(_ state: AppState, _ article: FixtureArticle) throws -> String {
        try XCTUnwrap(state.corpusTimeline.events(article: article.path).first { $0.event.kind != .published }).id
    }

    func testNextLinkGoesToTheNextHappeningNotToAnotherReport() throws {
        var state = reader()
        let bridge = try sentence(state, Self.collapse[0])
        let quits = try sentence(state, Self.resignation[0])
        XCTAssertEqual(state.corpusTimeline.reportCount(of: bridge), 3)
        XCTAssertEqual(state.corpusTimeline.reportCount(of: quits), 2)
        state.focusEvent(bridge)
        let start = try XCTUnwrap(state.timeline.selectedEvent?.id)
        XCTAssertEqual(state.corpusTimeline.happening(of: start), state.corpusTimeline.happening(of: bridge))
        state.press("]")
        let landed = try XCTUnwrap(state.timeline.selectedEvent?.id)
        XCTAssertEqual(state.corpusTimeline.happening(of: landed), state.corpusTimeline.happening(of: quits),
                       "] went to \(landed), not the resignation")
        Golden.check("happening-link-120x40", state)
        // No later happening: not into another report of the resignation, nor back to the bridge.
        state.press("]")
        XCTAssertEqual(state.timeline.selectedEvent?.id, landed)
        // `[` retraces the jump.
        state.press("[")
        XCTAssertEqual(state.timeline.selectedEvent?.id, start)
    }

    /// `L` on the resignation: the other paper's report first, then the bridge, once.
    func testTheLinkListPutsTheOtherReportsFirst() throws {
        var state = reader()
        state.focusEvent(try sentence(state, Self.resignation[0]))
        state.press("L")
        let picker = try XCTUnwrap(state.linkPicker)
        let paths = picker.entries.compactMap { TimelineEvent.split(id: $0.event)?.path }
        XCTAssertEqual(paths.first, Self.resignation[1].path)
        XCTAssertEqual(picker.entries.map(\.sameHappening), [true] + Array(repeating: false, count: picker.entries.count - 1))
        XCTAssertEqual(Set(paths).count, paths.count, "one entry per article")
        XCTAssertEqual(Set(paths), Set([Self.resignation[1].path] + Self.collapse.map(\.path)))
        Golden.check("happening-links-120x40", state)
    }

    /// Even with a happening's reports shown, `]` from one of them skips the others.
    func testNextLinkSkipsTheOtherReportsOfAnOpenHappening() throws {
        var state = reader()
        let bridge = try sentence(state, Self.collapse[0])
        state.focusEvent(bridge)
        state.press("l")
        let reports = state.corpusTimeline.reports(of: bridge)
        state.press("]")
        XCTAssertFalse(reports.contains(state.timeline.selectedEvent!.id), "] stayed in the happening")
        XCTAssertNotEqual(state.corpusTimeline.happening(of: state.timeline.selectedEvent!.id),
                          state.corpusTimeline.happening(of: bridge))
    }
}
