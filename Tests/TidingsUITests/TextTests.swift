import XCTest
@testable import TidingsUI

final class TextTests: XCTestCase {
    /// Decomposed accents (as macOS file names and some feeds have them) show on their letters.
    func testCombiningMarksJoinTheirLetters() {
        var grid = Grid(width: 12, height: 1)
        let used = grid.write("Cafe\u{301} Hane\u{30C}", row: 0, column: 0, limit: 12, role: .normal)
        XCTAssertEqual(used, 9)
        XCTAssertEqual(grid.text, "Caf\u{E9} Han\u{11B}")
        // A mark with no composed form is dropped rather than shown apart.
        grid.write("q\u{301}", row: 0, column: 0, limit: 12, role: .normal)
        XCTAssertEqual(grid[0, 0].scalar, "q")
    }

    func testCellWidths() {
        XCTAssertEqual(CellWidth.of("Kyiv"), 4)
        XCTAssertEqual(CellWidth.of("Київ"), 4)
        XCTAssertEqual(CellWidth.of("灯りの町"), 8)
        XCTAssertEqual(CellWidth.of("한국"), 4)
        XCTAssertEqual(CellWidth.of("🎨"), 2)
        // A flag: two regional indicators, a column each as the C library and terminals count them.
        XCTAssertEqual(CellWidth.of("🇩🇪"), 2)
        XCTAssertEqual(CellWidth.of("e\u{301}"), 1)
        XCTAssertEqual(CellWidth.of("\u{200B}"), 0)
        XCTAssertEqual(CellWidth.of("ＡＢ"), 4)
    }

    func testGridKeepsWideCharactersWhole() {
        var grid = Grid(width: 5, height: 1)
        XCTAssertEqual(grid.write("a灯b", row: 0, column: 0, limit: 5, role: .normal), 4)
        XCTAssertEqual(grid.text, "a灯b")
        grid.put(Cell("x"), row: 0, column: 2)
        XCTAssertEqual(grid.text, "a xb")
        XCTAssertEqual(grid.write("灯灯灯", row: 0, column: 0, limit: 5, role: .normal), 4)
        XCTAssertEqual(grid.text, "灯灯")
    }

    func testLayoutCollapses() {
        XCTAssertEqual(Layout(width: 120, height: 40, focus: .list, side: .list).frames.map(\.pane), [.list, .reading, .timeline])
        XCTAssertEqual(Layout(width: 80, height: 24, focus: .timeline, side: .timeline).frames.map(\.pane), [.reading, .timeline])
        XCTAssertEqual(Layout(width: 80, height: 24, focus: .reading, side: .list).frames.map(\.pane), [.list, .reading])
        XCTAssertEqual(Layout(width: 40, height: 12, focus: .timeline, side: .timeline).frames.map(\.pane), [.timeline])
        XCTAssertEqual(Layout(width: 1, height: 1, focus: .list, side: .list).frames, [])
        let frames = Layout(width: 120, height: 40, focus: .list, side: .list).frames
        XCTAssertEqual(frames.map(\.width).reduce(0, +) + 4, 120)
    }
}
