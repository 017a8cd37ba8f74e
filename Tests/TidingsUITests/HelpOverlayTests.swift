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
}
