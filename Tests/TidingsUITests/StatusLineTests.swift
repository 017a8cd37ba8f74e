import XCTest
@testable import TidingsUI

final class StatusLineTests: XCTestCase {
    /// Beside a message, key hints are dropped whole, the least useful first, never cut.
    func testHintsBesideAMessageAreWhole() {
        for (width, height) in [(120, 40), (80, 24), (60, 20), (40, 12)] {
            for keys in [["x"], ["Enter", "x"], ["3", "x"], ["Enter", "]"], ["3", "t"]] {
                var state = Fixture.state(width: width, height: height)
                for key in keys { state.press(key) }
                let message = try! XCTUnwrap(state.message?.text)
                let status = String(Screen.render(state).text.split(separator: "\n", omittingEmptySubsequences: false)[height - 1])
                // A message takes up to two thirds of the line (cut beyond).
                let messageWidth = min(CellWidth.of(message) + 1, width * 2 / 3)
                let hintsPart = String(status.prefix(max(0, width - messageWidth - 1))).trimmed()
                let all = Screen.hints(state)
                let shown = hintsPart.isEmpty ? [] : hintsPart.components(separatedBy: " · ")
                XCTAssertEqual(shown, Array(all.prefix(shown.count)), "\(width)x\(height) \(keys): \(status)")
                XCTAssertFalse(hintsPart.contains("…"), "\(width)x\(height) \(keys): \(status)")
            }
        }
        var state = Fixture.state(width: 80, height: 24)
        state.press("x")
        XCTAssertTrue(Screen.render(state).text.contains(" j/k move · Enter open "), "80 columns keep the first hints")
    }

    /// Counts agree with their nouns and verbs: "1 article matches", "2 articles match".
    func testCountMessagesAgreeInNumber() {
        var state = Fixture.state(width: 120, height: 40)
        state.enter("/", "Saltmere")
        XCTAssertEqual(state.message?.text, "1 article matches Saltmere")
        state.enter("/", "spillway")
        XCTAssertEqual(state.message?.text, "2 articles match spillway")
        state.enter("f", "bakery")
        XCTAssertEqual(state.message?.text, "1 article matches bakery")
    }
}

final class ClipboardReachTests: XCTestCase {
    /// Inside tmux a copy is only "copied" when tmux passes it on; else the hint says how.
    func testTmuxHintFollowsItsOptions() {
        XCTAssertNil(ClipboardReach.tmuxHint(setClipboard: "on", allowPassthrough: "off"))
        XCTAssertNil(ClipboardReach.tmuxHint(setClipboard: "external", allowPassthrough: "on"))
        XCTAssertNil(ClipboardReach.tmuxHint(setClipboard: "off", allowPassthrough: "all"))
        XCTAssertEqual(ClipboardReach.tmuxHint(setClipboard: "external", allowPassthrough: "off"),
                       "tmux may drop the copy (it is external): set -g set-clipboard on in ~/.tmux.conf")
        XCTAssertEqual(ClipboardReach.tmuxHint(setClipboard: nil, allowPassthrough: nil),
                       "tmux may drop the copy: set -g set-clipboard on in ~/.tmux.conf")
    }
}
