import XCTest
@testable import TidingsUI

/// Whether a theme's text can be read: the contrast of every role's colors as a terminal shows
/// them, its own default colors standing in for the ones a theme leaves unset.
final class ThemeContrastTests: XCTestCase {
    private static let darkTerminal = (foreground: (208, 208, 208), background: (0, 0, 0))
    private static let lightTerminal = (foreground: (0, 0, 0), background: (255, 255, 255))

    /// The light theme reads on a dark terminal as on a light one: every role but the faint ones
    /// (borders, boilerplate) at a contrast of 4.5:1 or more, those at 2:1.
    func testLightThemeReadsOnDarkAndLightTerminals() throws {
        let theme = try XCTUnwrap(try? ThemeCatalog(folders: [(Self.themes, "test")]).entries.first { $0.name == "light" }?.result.get())
        for terminal in [Self.darkTerminal, Self.lightTerminal] {
            let styles = theme.resolved(for: .trueColor)
            for role in StyleRole.allCases {
                let style = styles[Int(role.rawValue)]
                var foreground = style.foreground == .terminalDefault ? terminal.foreground : style.foreground.rgbValue
                var background = style.background == .terminalDefault ? terminal.background : style.background.rgbValue
                if style.reverse { swap(&foreground, &background) }
                let faint: Set<StyleRole> = [.border, .boilerplate]
                let ratio = Self.contrast(foreground, background)
                XCTAssertGreaterThanOrEqual(ratio, faint.contains(role) ? 2 : 4.5,
                                            "\(role.name) on a \(terminal.background == (0, 0, 0) ? "dark" : "light") terminal")
            }
        }
    }

    /// Roles take the colors they leave unset from `normal`.
    func testRolesTakeUnsetColorsFromNormal() {
        let theme = Theme(name: "t", styles: [.normal: Style(foreground: .indexed(16), background: .indexed(231)),
                                              .person: Style(foreground: .indexed(88), bold: true)])
        XCTAssertEqual(theme.style(.person), Style(foreground: .indexed(88), background: .indexed(231), bold: true))
        XCTAssertEqual(Theme.builtIn.style(.person), Theme.builtIn.styles[.person], "a normal without colors changes nothing")
    }

    private static var themes: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/themes"
    }

    /// WCAG's contrast ratio of two sRGB colors, 1 to 21.
    static func contrast(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Double {
        func luminance(_ c: (Int, Int, Int)) -> Double {
            func channel(_ v: Int) -> Double {
                let x = Double(v) / 255
                return x <= 0.03928 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
