import XCTest
@testable import TidingsUI

/// Configuration and theme problems: every one reported, with its line, and kept in the
/// reader's messages.
final class ConfigProblemTests: XCTestCase {
    /// A key given to two actions of one place is reported: the entry written first keeps it.
    func testDuplicateKeyBindingsAreReported() {
        let config = Config.parse("""
            [keys]
            down = "C-p"
            up = "C-p"
            "timeline.zoom" = ["x", "x"]
            "reading.next-date" = ["}", ">"]
            """, file: "/c/config.toml")
        XCTAssertEqual(config.keymap.action(for: .control("p"), in: .list), .down)
        XCTAssertEqual(config.keymap.action(for: .character("}"), in: .reading), .nextDate)
        XCTAssertEqual(config.keymap.bindings.first { $0.qualifiedName == "timeline.zoom" }?.keys, [.character("x")])
        XCTAssertEqual(config.problems.map(\.description), [
            "/c/config.toml:3: keys.up: C-p is already the key of keys.down; ignored here",
            "/c/config.toml:4: keys.timeline.zoom: x is listed twice; ignored here",
            "/c/config.toml:5: keys.reading.next-date: } was the key of reading.next-entity too; now only of this",
        ])
        XCTAssertEqual(config.keymap.bindings.first { $0.qualifiedName == "reading.next-entity" }?.keys, [],
                       "next-entity lost its only key, as the problem says")
    }

    func testTheStandardKeymapHasNoClashes() {
        var keymap = Keymap.standard
        XCTAssertEqual(keymap.resolveClashes(preferring: []), [])
        XCTAssertEqual(keymap, Keymap.standard)
    }

    /// A theme's problems are all reported, in the order of their lines, not the first alone.
    func testEveryThemeProblemIsReported() {
        let source = """
            name = "broken"
            colour = "red"

            [styles]
            person = { fg = "#ffaf5f", bold = true }
            date = { fg = "chartreuse" }
            persn = "red"
            """
        guard case .failure(let problems) = ThemeFile.parse(source, file: "/t/broken.toml") else { return XCTFail("parsed") }
        XCTAssertEqual(problems.all.map(\.line), [2, 6, 7])
        XCTAssertEqual(problems.all.map(\.key), ["colour", "date", "persn"])
    }

    /// Problems found at start: a notice that counts them, every one in the messages that `m` opens.
    func testProblemsAtStartStayInTheMessages() {
        var state = Fixture.state(width: 80, height: 24)
        let problems = ["/c/config.toml:3: keys.up: C-p is already the key of keys.down; ignored here",
                        "/c/config.toml:9: colour: unknown setting (folder, theme, mouse, [keys])",
                        "theme: /t/broken.toml:6: date: fg: not a color (a name, 0-255 or #rrggbb); using the default"]
        state.report(problems: problems)
        XCTAssertTrue(state.message!.text.hasPrefix("3 problems (m lists them): /c/config.toml:3"), state.message!.text)
        state.press("j", "Tab", "m")
        XCTAssertEqual(state.page, .messages, "gone from the status line, they are still in the messages")
        let text = Screen.render(state).text
        let flat = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" }).joined(separator: " ")
        for problem in problems { XCTAssertTrue(flat.contains(problem), "\(problem) in\n\(text)") }
        state.press("q")
        XCTAssertNil(state.page)
        state.enter("/", "zzzz")
        state.press("m")
        XCTAssertTrue(Screen.render(state).text.contains("not found: zzzz"), "warnings said later join them")
    }
}
