import XCTest
import TidingsKit
@testable import TidingsUI

/// Golden screens at three sizes after key sequences, and sizes down to nothing.
final class ScreenTests: XCTestCase {
    func testStartAt120x40() {
        golden("start-120x40", width: 120, height: 40)
    }

    func testReadingWithFocusedDateAt120x40() {
        golden("reading-date-120x40", width: 120, height: 40, keys: "G", "Enter", "]", "]")
    }

    func testTimelineLinkJumpAt120x40() {
        golden("timeline-link-120x40", width: 120, height: 40, keys: "G", "Enter", "]", "Enter", "]")
    }

    func testEntityViewAt120x40() {
        golden("entity-120x40", width: 120, height: 40, keys: "Enter", "}", "Enter")
    }

    func testMaximizedReadingAt120x40() {
        var state = golden("reading-maximized-120x40", width: 120, height: 40, keys: "Enter", "2", "+", "j")
        state.press("+")
        XCTAssertEqual(state.layout.frames.map(\.pane), [.list, .reading, .timeline])
    }

    func testHelpAt120x40() {
        golden("help-120x40", width: 120, height: 40, keys: "?")
    }

    func testReadingAt80x24() {
        golden("reading-80x24", width: 80, height: 24, keys: "G", "Enter", "}", "}")
    }

    func testTimelineAt80x24() {
        golden("timeline-80x24", width: 80, height: 24, keys: "3")
    }

    func testScrolledTimelineAt60x20() {
        golden("timeline-scrolled-60x20", width: 60, height: 20, keys: "3", "G")
    }

    func testLinkListAt120x40() {
        golden("links-120x40", width: 120, height: 40, keys: "G", "Enter", "]", "Enter", "L")
    }

    func testLinkListAt60x20() {
        golden("links-60x20", width: 60, height: 20, keys: "G", "Enter", "]", "Enter", "L")
    }

    func testMaximizedTimelineAt120x40() {
        golden("timeline-maximized-120x40", width: 120, height: 40, keys: "3", "+", "k", "k")
    }

    func testMaximizedTimelineAt80x24() {
        golden("timeline-maximized-80x24", width: 80, height: 24, keys: "3", "+", "k", "k")
    }

    func testListAt40x12() {
        golden("list-40x12", width: 40, height: 12)
    }

    func testReadingAt40x12() {
        golden("reading-40x12", width: 40, height: 12, keys: "Enter", "]")
    }

    func testSearchPromptAt40x12() {
        var state = Fixture.state(width: 40, height: 12)
        state.press("/")
        state.type("flood")
        Golden.check("prompt-40x12", state)
    }

    /// Every size from nothing up, with every overlay and pane: nothing traps, every row fits.
    func testEverySizeRenders() {
        for width in [0, 1, 2, 5, 9, 10, 19, 20, 34, 59, 60, 99, 100] {
            for height in [0, 1, 2, 3, 4, 5, 8, 12] {
                for keys in [[], ["Enter", "]"], ["3", "]", "L"], ["?"], ["Enter", "}", "Enter"], ["/", "x"]] {
                    var state = Fixture.state(width: 120, height: 40)
                    for key in keys { state.press(key) }
                    state.resize(width: width, height: height)
                    let grid = Screen.render(state)
                    XCTAssertEqual(grid.cells.count, width * height)
                    for key in ["j", "k", "Tab", "PgDn", "G", "]", "}"] { state.press(key) }
                    _ = Screen.render(state)
                }
            }
        }
    }

    func testControlCharactersNeverReachTheGrid() {
        let grid = Screen.render(festivalOpened())
        XCTAssertFalse(grid.cells.contains { $0.scalar.value < 0x20 && !$0.isContinuation || (0x7F...0x9F).contains($0.scalar.value) })
        XCTAssertTrue(grid.text.contains("␛[31m"), grid.text)
    }

    func testWideCharactersKeepColumnsAligned() {
        let grid = Screen.render(festivalOpened())
        let line = grid.text.split(separator: "\n").first { $0.contains("灯りの町") }!
        XCTAssertEqual(CellWidth.of(String(line)), 120, String(line))
    }

    /// Checks the screen after `keys` against its golden text and styles, and gives the state.
    @discardableResult
    private func golden(_ name: String, width: Int, height: Int, keys: String..., file: StaticString = #filePath,
                        line: UInt = #line) -> AppState {
        var state = Fixture.state(width: width, height: height)
        for key in keys { state.press(key) }
        Golden.check(name, state, file: file, line: line)
        return state
    }

    /// The reader at 120x40 with the festival article (escapes, wide characters) open.
    private func festivalOpened() -> AppState {
        var state = Fixture.state(width: 120, height: 40)
        let row = state.list.rows.firstIndex { state.summaries[$0].path == Fixture.festival.path }!
        state.press("g")
        for _ in 0..<row { state.press("j") }
        state.press("Enter")
        return state
    }
}
