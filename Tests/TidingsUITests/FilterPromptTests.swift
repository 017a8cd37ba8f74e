import XCTest
import TidingsKit
@testable import TidingsUI

/// `f`: terms that combine, errors that say what is wrong, Esc, history and completion.
final class FilterPromptTests: XCTestCase {
    private func shown(_ state: AppState) -> Set<String> {
        Set(state.list.rows.map { state.summaries[$0].path })
    }

    /// The prompt opens empty: typing starts a new filter instead of appending to the old one.
    func testPromptOpensEmptyAndUpRecallsTheFilterInForce() {
        var state = Fixture.state(width: 80, height: 24)
        state.enter("f", "dam")
        state.press("f")
        XCTAssertEqual(state.prompt?.text, "")
        state.type("@Lind")
        state.press("Enter")
        XCTAssertEqual(state.list.filter?.label, "@Lind")
        XCTAssertEqual(shown(state), [Fixture.cracks.path, Fixture.evacuation.path])
        state.press("f", "Up")
        XCTAssertEqual(state.prompt?.text, "@Lind")
        state.press("Up")
        XCTAssertEqual(state.prompt?.text, "dam")
        state.press("Up")
        XCTAssertEqual(state.prompt?.text, "dam", "the oldest entry stays")
        state.press("Down", "Down")
        XCTAssertEqual(state.prompt?.text, "", "past the newest: what was typed")
        state.press("Esc")
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.list.filter?.label, "@Lind", "Esc in the prompt keeps the filter")
    }

    /// Text, an entity and dates together: every term must hold.
    func testTermsCombine() {
        var state = Fixture.state(width: 120, height: 40)
        state.enter("f", "Varnholt @Teodor Lind")
        XCTAssertEqual(shown(state), [Fixture.cracks.path, Fixture.evacuation.path])
        state.enter("f", "@Teodor Lind 2024-03")
        XCTAssertEqual(shown(state), [Fixture.evacuation.path])
        state.enter("f", "@Teodor Lind evacuated")
        XCTAssertEqual(state.list.filter?.terms, [.entity("Teodor Lind"), .text("evacuated")],
                       "a name runs only as far as it names an entity")
        XCTAssertEqual(shown(state), [Fixture.evacuation.path])
        state.enter("f", "@Castell 2024-03-01.. Minister")
        XCTAssertEqual(shown(state), [Fixture.resignation.path])
        XCTAssertEqual(state.message?.text, "1 article matches @Castell 2024-03-01.. Minister")
    }

    /// An impossible date is an error that leaves the list as it was, not text matching nothing.
    func testImpossibleDatesAreErrors() {
        var state = Fixture.state(width: 120, height: 40)
        state.enter("f", "@Lind")
        for (typed, problem) in [("2024-02-30", "not a date: 2024-02-30"), ("2024-13", "not a date: 2024-13"),
                                 ("2024-03-10..2024-03-01", "2024-03-10..2024-03-01 ends before it starts"),
                                 ("..", "a date range needs a start or an end")] {
            state.enter("f", typed)
            XCTAssertEqual(state.list.filter?.label, "@Lind", typed)
            XCTAssertTrue(state.message?.isWarning ?? false, typed)
            XCTAssertTrue(state.message?.text.hasPrefix(problem) ?? false, state.message?.text ?? "no message")
        }
        XCTAssertEqual(try ListFilter.parse("6,000 covid-19")?.terms, [.text("6,000"), .text("covid-19")])
        XCTAssertEqual(try ListFilter.parse("  "), nil)
    }

    /// Esc in the list clears the filter in force.
    func testEscapeClearsTheFilter() {
        var state = Fixture.state(width: 80, height: 24)
        state.enter("f", "bakery")
        XCTAssertEqual(state.list.rows.count, 1)
        state.press("Esc")
        XCTAssertNil(state.list.filter)
        XCTAssertEqual(state.list.rows.count, 5)
        XCTAssertEqual(state.message?.text, "filter cleared")
    }

    /// Tab completes the name after `@` from the corpus's entities, and cycles through them.
    func testTabCompletesEntityNames() {
        var state = Fixture.state(width: 60, height: 20)
        state.press("f")
        state.type("flood @te")
        state.press("Tab")
        XCTAssertEqual(state.prompt?.text, "flood @Teodor Lind")
        state.press("f")
        state.press("C-u")
        state.type("@L")
        state.press("Tab")
        XCTAssertEqual(state.prompt?.text, "@Lower Varnholt", "names that begin so come first")
        XCTAssertTrue(Screen.render(state).text.contains("Tab 1/3: Lower Varnholt · Teodor"), Screen.render(state).text)
        state.press("Tab")
        XCTAssertEqual(state.prompt?.text, "@Teodor Lind", "then names with a later word that does")
        state.press("Tab", "S-Tab")
        XCTAssertEqual(state.prompt?.text, "@Teodor Lind")
        state.press("Enter")
        XCTAssertEqual(shown(state), [Fixture.cracks.path, Fixture.evacuation.path])
    }
}
