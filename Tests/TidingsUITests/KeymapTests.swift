import XCTest
@testable import TidingsUI

final class KeymapTests: XCTestCase {
    func testEveryBindingIsInTheHelpOverlay() {
        var state = Fixture.state(width: 120, height: 80)
        state.press("?")
        let text = Screen.render(state).text
        for binding in Keymap.standard.bindings {
            XCTAssertTrue(text.contains(binding.summary), binding.summary)
            XCTAssertTrue(text.contains(binding.keyNames), binding.keyNames)
        }
    }

    func testReadmeListsTheKeymap() throws {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        let path = parts.joined(separator: "/") + "/README.md"
        var readme = try String(contentsOfFile: path, encoding: .utf8)
        let begin = "<!-- keys:begin (generated from Keymap.standard.markdown) -->"
        let end = "<!-- keys:end -->"
        let start = try XCTUnwrap(readme.range(of: begin)).upperBound
        let stop = try XCTUnwrap(readme.range(of: end)).lowerBound
        if getenv("TIDINGS_UPDATE_GOLDEN") != nil {
            readme.replaceSubrange(start..<stop, with: Keymap.standard.markdown + "\n")
            try readme.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(String(readme[start..<stop]), Keymap.standard.markdown + "\n",
                       "README.md's key list is out of date; replace it with:\n" + Keymap.standard.markdown)
    }

    func testContextBindingsComeBeforeGlobalOnes() {
        let keymap = Keymap.standard
        XCTAssertEqual(keymap.action(for: .character("]"), in: .reading), .nextDate)
        XCTAssertEqual(keymap.action(for: .character("]"), in: .timeline), .nextLink)
        XCTAssertNil(keymap.action(for: .character("]"), in: .list))
        XCTAssertEqual(keymap.action(for: .down, in: .timeline), .down)
    }

    func testRebinding() throws {
        var keymap = Keymap.standard
        try keymap.rebind("timeline.next-link", to: [">"])
        XCTAssertEqual(keymap.action(for: .character(">"), in: .timeline), .nextLink)
        XCTAssertNil(keymap.action(for: .character("]"), in: .timeline))
        try keymap.rebind("down", to: ["C-n", "j"])
        XCTAssertEqual(keymap.action(for: .control("n"), in: .list), .down)
        XCTAssertThrowsError(try keymap.rebind("timeline.fly", to: ["x"]))
        XCTAssertThrowsError(try keymap.rebind("down", to: ["NoSuchKey"]))
    }

    func testKeyNamesRoundTrip() {
        for binding in Keymap.standard.bindings {
            for key in binding.keys { XCTAssertEqual(Key(name: key.name), key, key.name) }
        }
        XCTAssertEqual(Key(name: "C-L"), .control("l"))
        XCTAssertNil(Key(name: "ab"))
    }
}
