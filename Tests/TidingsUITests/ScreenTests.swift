import XCTest
import TidingsKit
@testable import TidingsUI

/// Golden screens at three sizes after key sequences, and sizes down to nothing.
final class ScreenTests: XCTestCase {
    func testStartAt120x40() {
        Golden.check("start-120x40", Fixture.state(width: 120, height: 40))
    }

    func testReadingWithFocusedDateAt120x40() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("G", "Enter", "]", "]")
        Golden.check("reading-date-120x40", state)
    }

    func testTimelineLinkJumpAt120x40() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("G", "Enter", "]", "Enter", "]")
        Golden.check("timeline-link-120x40", state)
    }

    func testEntityViewAt120x40() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("Enter", "}", "Enter")
        Golden.check("entity-120x40", state)
    }

    func testMaximizedReadingAt120x40() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("Enter", "2", "+", "j")
        Golden.check("reading-maximized-120x40", state)
        state.press("+")
        XCTAssertEqual(state.layout.frames.map(\.pane), [.list, .reading, .timeline])
    }

    func testHelpAt120x40() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("?")
        Golden.check("help-120x40", state)
    }

    func testReadingAt80x24() {
        var state = Fixture.state(width: 80, height: 24)
        state.press("G", "Enter", "}", "}")
        Golden.check("reading-80x24", state)
    }

    func testTimelineAt80x24() {
        var state = Fixture.state(width: 80, height: 24)
        state.press("3")
        Golden.check("timeline-80x24", state)
    }

    func testListAt40x12() {
        Golden.check("list-40x12", Fixture.state(width: 40, height: 12))
    }

    func testReadingAt40x12() {
        var state = Fixture.state(width: 40, height: 12)
        state.press("Enter", "]")
        Golden.check("reading-40x12", state)
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
        var state = Fixture.state(width: 120, height: 40)
        let row = state.list.rows.firstIndex { state.summaries[$0].path == Fixture.festival.path }!
        state.press("g")
        for _ in 0..<row { state.press("j") }
        state.press("Enter")
        let grid = Screen.render(state)
        XCTAssertFalse(grid.cells.contains { $0.scalar.value < 0x20 && !$0.isContinuation || (0x7F...0x9F).contains($0.scalar.value) })
        XCTAssertTrue(grid.text.contains("␛[31m"), grid.text)
    }

    func testWideCharactersKeepColumnsAligned() {
        var state = Fixture.state(width: 120, height: 40)
        let row = state.list.rows.firstIndex { state.summaries[$0].path == Fixture.festival.path }!
        state.press("g")
        for _ in 0..<row { state.press("j") }
        state.press("Enter")
        let grid = Screen.render(state)
        let line = grid.text.split(separator: "\n").first { $0.contains("灯りの町") }!
        XCTAssertEqual(CellWidth.of(String(line)), 120, String(line))
    }
}
