import XCTest
@testable import TidingsUI

final class HelpOverlayTests: XCTestCase {
    /// `q` closes the help, as in tig, mutt and newsboat; only then does it quit.
    func testQuitKeyClosesTheHelp() {
        var state = Fixture.state(width: 80, height: 24)
        state.press("?", "j")
        XCTAssertEqual(state.handle(.character("q")), [])
        XCTAssertFalse(state.showHelp)
        XCTAssertEqual(state.handle(.character("q")), [.quit])
    }

    /// The help takes the panes' place at every size: its border is theirs, no pane border shows
    /// through, nothing is cut with "…", and the bottom border says what is below.
    func testHelpFitsThePanesBoxAt80x24And60x20() {
        golden("help-80x24", width: 80, height: 24)
        golden("help-60x20", width: 60, height: 20)
        for (width, height) in [(120, 40), (80, 24), (60, 20)] {
            var state = Fixture.state(width: width, height: height)
            state.press("?")
            let rows = Screen.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            XCTAssertTrue(rows[1].hasPrefix("┌ Keys") && rows[1].hasSuffix("┐"), rows[1])
            XCTAssertTrue(rows[height - 2].hasPrefix("└") && rows[height - 2].hasSuffix("┘"), rows[height - 2])
            XCTAssertTrue(rows[height - 2].contains("more"), "\(width)x\(height): \(rows[height - 2])")
            for row in rows[2..<height - 2] {
                XCTAssertTrue(row.hasPrefix("│") && row.hasSuffix("│"), row)
                XCTAssertFalse(row.dropFirst().dropLast().contains("│"), "a pane border shows through: \(row)")
                XCTAssertFalse(row.contains("…"), row)
            }
            state.press("G")
            XCTAssertFalse(Screen.render(state).text.contains("more"), "at the end, nothing more below")
        }
    }

    /// Every binding of every context shows, the entity view's and the links list's included,
    /// its description whole across wrapped lines.
    func testHelpListsEveryContextWhole() {
        var state = Fixture.state(width: 60, height: 20)
        state.press("?")
        var seen = ""
        for _ in 0..<40 {
            seen += Screen.render(state).text
            state.press("PgDn")
        }
        let flat = seen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" }).joined(separator: " ")
        for context in KeyContext.allCases where Keymap.standard.bindings.contains(where: { $0.context == context }) {
            XCTAssertTrue(flat.contains(context.title), context.title)
        }
        for binding in Keymap.standard.bindings {
            XCTAssertTrue(flat.contains(binding.summary.split(separator: " ").joined(separator: " ")), binding.summary)
        }
    }

    /// The entity view's and the links list's keys are the keymap's: rebinding them works.
    func testEntityViewAndLinksListKeysComeFromTheKeymap() throws {
        var keymap = Keymap.standard
        try keymap.rebind("links.close", to: ["x"])
        try keymap.rebind("entity.close", to: ["C-g"])
        var state = Fixture.state(width: 120, height: 40)
        state.keymap = keymap
        state.press("G", "Enter", "]", "Enter", "L")
        XCTAssertNotNil(state.linkPicker)
        state.press("x")
        XCTAssertNil(state.linkPicker)
        state.press("2", "}", "Enter")
        XCTAssertNotNil(state.entityView)
        state.press("C-g")
        XCTAssertNil(state.entityView)
    }

    private func golden(_ name: String, width: Int, height: Int, file: StaticString = #filePath, line: UInt = #line) {
        var state = Fixture.state(width: width, height: height)
        state.press("?")
        Golden.check(name, state, file: file, line: line)
    }
}
