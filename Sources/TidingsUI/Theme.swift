/// A named set of styles, one per role; roles a theme leaves out take the built-in default's.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [StyleRole: Style]

    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// A role's style; the colors it leaves unset are `normal`'s, so that a theme that sets the
    /// background (a light one) paints the whole screen and reads the same on any terminal.
    public func style(_ role: StyleRole) -> Style {
        var style = styles[role] ?? Theme.builtIn.styles[role] ?? Style()
        guard role != .normal, let normal = styles[.normal] else { return style }
        if style.foreground == .terminalDefault { style.foreground = normal.foreground }
        if style.background == .terminalDefault { style.background = normal.background }
        return style
    }

    /// The styles as a terminal with `depth` shows them, indexed by role. Without colors
    /// (or with `NO_COLOR`), highlights keep their attributes plus the monochrome ones, so dates,
    /// entities and selections stay distinct.
    public func resolved(for depth: ColorDepth) -> [Style] {
        StyleRole.allCases.map { role in
            var style = style(role)
            if depth == .none {
                style = Style(bold: style.bold, underline: style.underline, italic: style.italic, reverse: style.reverse, dim: style.dim).merging(attributesOf: Theme.monochrome[role] ?? Style())
            } else {
                let asked = style
                style.foreground = asked.foreground.degraded(to: depth) ?? .terminalDefault
                style.background = asked.background.degraded(to: depth) ?? .terminalDefault
                // With 8 or 16 colors a gray becomes black or white, what terminals use for their
                // background: text in it, or a band of it, would vanish. The terminal's own colors
                // and the role's attributes (dim text, a reversed status line) stand in for it.
                if asked.foreground.isLost(as: style.foreground) {
                    style.foreground = .terminalDefault
                    style.dim = style.dim || asked.foreground.rgbValue.0 < 128
                }
                if asked.background.isLost(as: style.background) {
                    style.background = .terminalDefault
                    style = style.merging(attributesOf: Theme.monochrome[role] ?? Style())
                }
            }
            return style
        }
    }

    /// Attributes that tell roles apart without color.
    static let monochrome: [StyleRole: Style] = [
        .title: Style(reverse: true), .status: Style(reverse: true), .statusMessage: Style(bold: true, reverse: true),
        .statusWarning: Style(bold: true, underline: true, reverse: true), .borderFocused: Style(bold: true),
        .border: Style(dim: true), .paneTitleFocused: Style(bold: true, reverse: true), .paneTitle: Style(bold: true),
        .selection: Style(reverse: true), .selectionInactive: Style(underline: true), .unread: Style(bold: true),
        .person: Style(bold: true), .organization: Style(bold: true, underline: true), .location: Style(underline: true),
        .group: Style(italic: true), .misc: Style(underline: true, italic: true), .date: Style(bold: true, italic: true),
        .focusedMark: Style(underline: true, reverse: true), .boilerplate: Style(dim: true), .placeholder: Style(reverse: true),
        .searchMatch: Style(italic: true, reverse: true), .timelineHeader: Style(bold: true),
        .timelineRail: Style(bold: true), .timelineMarker: Style(), .timelineLinked: Style(bold: true),
        .prompt: Style(bold: true), .helpKey: Style(bold: true), .meta: Style(dim: true),
    ]

    /// The default (dark) theme, always available; `themes/default.toml` says the same.
    public static let builtIn = Theme(name: "default", styles: [
        .normal: Style(),
        .title: Style(foreground: .indexed(255), background: .indexed(24), bold: true),
        .status: Style(foreground: .indexed(252), background: .indexed(236)),
        .statusMessage: Style(foreground: .indexed(229), background: .indexed(236), bold: true),
        .statusWarning: Style(foreground: .indexed(16), background: .indexed(214), bold: true),
        .border: Style(foreground: .indexed(240)),
        .borderFocused: Style(foreground: .indexed(75), bold: true),
        .paneTitle: Style(foreground: .indexed(250)),
        .paneTitleFocused: Style(foreground: .indexed(255), bold: true),
        .selection: Style(foreground: .indexed(255), background: .indexed(25), bold: true),
        .selectionInactive: Style(background: .indexed(238)),
        .unread: Style(foreground: .indexed(214), bold: true),
        .listDate: Style(foreground: .indexed(109)),
        .meta: Style(foreground: .indexed(245)),
        .person: Style(foreground: .indexed(215), bold: true),
        .organization: Style(foreground: .indexed(141), bold: true),
        .location: Style(foreground: .indexed(114)),
        .group: Style(foreground: .indexed(180)),
        .misc: Style(foreground: .indexed(182), italic: true),
        .date: Style(foreground: .indexed(81), underline: true),
        .focusedMark: Style(foreground: .indexed(16), background: .indexed(220), bold: true),
        .boilerplate: Style(foreground: .indexed(242), dim: true),
        .placeholder: Style(foreground: .indexed(203), reverse: true),
        .searchMatch: Style(foreground: .indexed(16), background: .indexed(150)),
        .timelineHeader: Style(foreground: .indexed(75), bold: true),
        .timelineRail: Style(foreground: .indexed(81)),
        .timelineMarker: Style(foreground: .indexed(109)),
        .timelineLinked: Style(foreground: .indexed(220), bold: true),
        .prompt: Style(foreground: .indexed(255), background: .indexed(236), bold: true),
        .helpKey: Style(foreground: .indexed(220), bold: true),
    ])
}
