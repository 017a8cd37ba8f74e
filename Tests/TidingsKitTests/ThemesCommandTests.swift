import XCTest

/// `tidings themes` with the real binary: every problem of an invalid theme, one a line.
final class ThemesCommandTests: XCTestCase {
    func testEveryProblemOfAThemeIsListed() throws {
        let folder = try TemporaryFolder()
        try folder.write("tidings/themes/broken.toml", """
            name = "broken"
            colour = "red"

            [styles]
            date = { fg = "chartreuse" }
            persn = "red"
            """)
        let result = try TidingsBinary.run(["themes"], environment: ["XDG_CONFIG_HOME": folder.path, "HOME": folder.path])
        XCTAssertEqual(result.status, 1, result.stdout)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let first = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("broken ") }, result.stdout)
        XCTAssertTrue(lines[first].hasSuffix("broken.toml:2: colour: unknown key (expected name, description, [styles])"), lines[first])
        XCTAssertTrue(lines[first + 1].hasSuffix("broken.toml:5: date: fg: not a color (a name, 0-255 or #rrggbb)"), lines[first + 1])
        XCTAssertTrue(lines[first + 2].contains("broken.toml:6: persn: unknown style"), lines[first + 2])
        XCTAssertTrue(lines[first + 1].hasPrefix(String(repeating: " ", count: 10)), "under the first: \(lines[first + 1])")
    }
}
