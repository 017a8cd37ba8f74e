import XCTest
@testable import TidingsUI

final class ThemeTests: XCTestCase {
    static let themesFolder = SourceTree.root + "/themes"

    func testEveryBundledThemeIsValid() throws {
        let catalog = ThemeCatalog(folders: [(ThemeTests.themesFolder, "source tree")])
        XCTAssertEqual(Set(catalog.entries.map(\.name)),
                       ["default", "light", "solarized-dark", "gruvbox", "high-contrast", "colorblind-safe", "mono"])
        for entry in catalog.entries {
            let theme = try entry.result.get()
            XCTAssertEqual(Set(theme.styles.keys), Set(StyleRole.allCases), "\(entry.name) leaves roles out")
        }
    }

    func testDefaultFileIsTheBuiltInTheme() throws {
        let catalog = ThemeCatalog(folders: [(ThemeTests.themesFolder, "source tree")])
        XCTAssertEqual(try catalog.entries.first { $0.name == "default" }!.result.get().styles, Theme.builtIn.styles)
    }

    func testMonoThemeUsesNoColor() throws {
        let catalog = ThemeCatalog(folders: [(ThemeTests.themesFolder, "source tree")])
        let mono = try catalog.entries.first { $0.name == "mono" }!.result.get()
        XCTAssertTrue(mono.styles.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault })
    }

    func testInvalidThemeNamesFileLineAndKey() {
        let source = """
            name = "broken"

            [styles]
            person = { fg = "#ffaf5f", bold = true }
            date = { fg = "chartreuse" }
            """
        guard case .failure(let problems) = ThemeFile.parse(source, file: "/t/broken.toml") else { return XCTFail("parsed") }
        let problem = problems.all[0]
        XCTAssertEqual(problem.file, "/t/broken.toml")
        XCTAssertEqual(problem.line, 5)
        XCTAssertEqual(problem.key, "date")
        XCTAssertTrue(problem.description.hasPrefix("/t/broken.toml:5: date: fg: not a color"), problem.description)

        guard case .failure(let unknowns) = ThemeFile.parse("[styles]\npersn = \"red\"\n", file: "x.toml") else { return XCTFail() }
        let unknown = unknowns.all[0]
        XCTAssertEqual(unknown.line, 2)
        XCTAssertEqual(unknown.key, "persn")
        guard case .failure(let syntax) = ThemeFile.parse("[styles\n", file: "x.toml") else { return XCTFail() }
        XCTAssertEqual(syntax.all.first?.line, 1)
    }

    func testMissingOrInvalidThemeFallsBackToTheDefault() {
        let catalog = ThemeCatalog(folders: [])
        let (theme, problems) = catalog.theme("nosuch")
        XCTAssertEqual(theme, Theme.builtIn)
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(catalog.theme(nil).problems, [])
    }

    func testStringStyles() {
        guard case .success(let theme) = ThemeFile.parse("[styles]\ndate = \"bright-cyan bold underline\"\n", file: "x") else {
            return XCTFail()
        }
        XCTAssertEqual(theme.styles[.date], Style(foreground: .indexed(14), bold: true, underline: true))
    }

    func testColorsDegrade() {
        let orange = Color(name: "#ff8700")!
        XCTAssertEqual(orange.degraded(to: .trueColor), orange)
        XCTAssertEqual(orange.degraded(to: .colors256), .indexed(208))
        XCTAssertEqual(Color.indexed(208).degraded(to: .colors16), .indexed(3))
        XCTAssertEqual(Color.indexed(12).degraded(to: .colors8), .indexed(4))
        XCTAssertEqual(Color.indexed(24).degraded(to: .colors8), .indexed(6))
        XCTAssertNil(orange.degraded(to: .none))
        XCTAssertEqual(Color.terminalDefault.degraded(to: .colors8), .terminalDefault)
        XCTAssertEqual(ColorDepth(colors: 256, trueColor: true), .trueColor)
        XCTAssertEqual(ColorDepth(colors: 8, trueColor: false), .colors8)
        XCTAssertEqual(ColorDepth(colors: -1, trueColor: false), .none)
    }

    /// The default theme's grays would be black or white with 8 colors: the borders, the
    /// status line and the list's unfocused selection must still show on any background.
    func testGraysStayVisibleWithFewColors() {
        let eight = Theme.builtIn.resolved(for: .colors8)
        func style(_ role: StyleRole) -> Style { eight[Int(role.rawValue)] }
        XCTAssertEqual(style(.border).foreground, .terminalDefault)
        XCTAssertTrue(style(.border).dim)
        XCTAssertEqual(style(.meta).foreground, .terminalDefault)
        XCTAssertEqual(style(.status).background, .terminalDefault)
        XCTAssertTrue(style(.status).reverse)
        XCTAssertEqual(style(.selectionInactive).background, .terminalDefault)
        XCTAssertTrue(style(.selectionInactive).underline)
        // Colors that are not grays keep their nearest match, and named colors are kept.
        XCTAssertEqual(style(.title).background, .indexed(6))
        XCTAssertEqual(style(.statusWarning).foreground, .indexed(0))
        // 16 colors have a gray for the borders.
        XCTAssertEqual(Theme.builtIn.resolved(for: .colors16)[Int(StyleRole.border.rawValue)].foreground, .indexed(8))
    }

    func testWithoutColorsHighlightsKeepDistinctAttributes() {
        let styles = Theme.builtIn.resolved(for: .none)
        XCTAssertTrue(styles.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault })
        let highlights: [StyleRole] = [.person, .organization, .location, .group, .misc, .date, .focusedMark, .selection]
        XCTAssertEqual(Set(highlights.map { styles[Int($0.rawValue)] }).count, highlights.count)
        XCTAssertTrue(styles[Int(StyleRole.boilerplate.rawValue)].dim)
    }

    func testConfigReportsProblemsWithLines() {
        let config = Config.parse("""
            folder = "~/news"
            theme = "gruvbox"
            mouse = true
            colour = "red"

            [keys]
            "timeline.next-link" = ">"
            down = ["j", "C-n"]
            "reading.fly" = "x"
            up = "Hyper"
            """, file: "/c/config.toml")
        XCTAssertEqual(config.folder, "~/news")
        XCTAssertEqual(config.theme, "gruvbox")
        XCTAssertTrue(config.mouse)
        XCTAssertEqual(config.keymap.action(for: .character(">"), in: .timeline), .nextLink)
        XCTAssertEqual(config.keymap.action(for: .control("n"), in: .list), .down)
        XCTAssertEqual(config.keymap.action(for: .character("k"), in: .list), .up)
        XCTAssertEqual(config.problems.map(\.description), [
            "/c/config.toml:4: colour: unknown setting (folder, theme, mouse, split, [keys])",
            "/c/config.toml:9: keys.reading.fly: unknown action reading.fly",
            "/c/config.toml:10: keys.up: unknown key Hyper",
        ])
    }
}
