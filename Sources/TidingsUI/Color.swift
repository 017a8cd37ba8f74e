/// A theme color: the terminal's default, one of the 16 named colors, a 256-color index, or RGB.
public enum Color: Hashable, Sendable {
    case terminalDefault
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// `default`, `red`, `bright-red`, `208`, `#ff8700`; nil for anything else.
    public init?(name: String) {
        let lower = name.lowercased()
        if lower == "default" || lower == "none" {
            self = .terminalDefault
        } else if let index = Color.names.firstIndex(of: lower) {
            self = .indexed(UInt8(index))
        } else if lower.hasPrefix("bright-"), let index = Color.names.firstIndex(of: String(lower.dropFirst(7))) {
            self = .indexed(UInt8(index + 8))
        } else if let number = Int(lower), (0...255).contains(number) {
            self = .indexed(UInt8(number))
        } else if lower.hasPrefix("#"), lower.count == 7, let value = UInt32(lower.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
        } else {
            return nil
        }
    }

    /// The color as a terminal with `depth` shows it: nearest in the xterm palette when there are
    /// fewer colors; nil when there are none.
    public func degraded(to depth: ColorDepth) -> Color? {
        switch (self, depth) {
        case (_, .none): return nil
        case (.terminalDefault, _): return self
        case (_, .trueColor): return self
        case (.rgb(let r, let g, let b), .colors256): return .indexed(Color.nearest256(r, g, b))
        case (.indexed, .colors256): return self
        case (.indexed(let i), .colors16) where i < 16: return self
        case (.indexed(let i), .colors8) where i < 8: return self
        case (.indexed(let i), .colors8) where i < 16: return .indexed(i - 8)
        default:
            let (r, g, b) = rgbValue
            let limit = depth == .colors16 ? 16 : 8
            return .indexed(Color.nearest(r, g, b, among: 0..<limit))
        }
    }

    /// A gray of the 256-color ramp or an RGB one, neither black nor white, that a terminal of
    /// few colors shows as `shown`, black or white.
    func isLost(as shown: Color) -> Bool {
        if case .indexed(let index) = self, index < 16 { return false }
        guard self != .terminalDefault, case .indexed(let shownIndex) = shown, [0, 7, 15].contains(shownIndex) else {
            return false
        }
        let (r, g, b) = rgbValue
        let (low, high) = (min(r, g, b), max(r, g, b))
        return high - low <= 16 && low > 16 && high < 240
    }

    /// The RGB value xterm uses.
    public var rgbValue: (Int, Int, Int) {
        switch self {
        case .terminalDefault: return (0, 0, 0)
        case .rgb(let r, let g, let b): return (Int(r), Int(g), Int(b))
        case .indexed(let i): return Color.paletteRGB(Int(i))
        }
    }

    static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeSteps = [0, 95, 135, 175, 215, 255]

    static func paletteRGB(_ index: Int) -> (Int, Int, Int) {
        if index < 16 { return basic[index] }
        if index < 232 {
            let n = index - 16
            return (cubeSteps[n / 36], cubeSteps[(n / 6) % 6], cubeSteps[n % 6])
        }
        let level = 8 + (index - 232) * 10
        return (level, level, level)
    }

    static func nearest(_ r: Int, _ g: Int, _ b: Int, among range: Range<Int>) -> UInt8 {
        var best = range.lowerBound
        var bestDistance = Int.max
        for index in range {
            let (pr, pg, pb) = paletteRGB(index)
            let distance = (pr - r) * (pr - r) + (pg - g) * (pg - g) + (pb - b) * (pb - b)
            if distance < bestDistance {
                bestDistance = distance
                best = index
            }
        }
        return UInt8(best)
    }

    /// The 6x6x6 cube and the grey ramp (16-255) only: the first 16 vary between terminals.
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        nearest(Int(r), Int(g), Int(b), among: 16..<256)
    }
}

/// How many colors a terminal shows.
public enum ColorDepth: Int, Comparable, Sendable {
    case none = 0, colors8 = 8, colors16 = 16, colors256 = 256, trueColor = 16_777_216

    /// From the number of colors terminfo reports and whether `COLORTERM` promises 24 bits.
    public init(colors: Int, trueColor: Bool) {
        if colors <= 0 || colors < 8 { self = .none }
        else if colors >= 256 { self = trueColor ? .trueColor : .colors256 }
        else if colors >= 16 { self = .colors16 }
        else { self = .colors8 }
    }

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }
}

/// Colors and attributes for one role.
public struct Style: Hashable, Sendable {
    public var foreground: Color = .terminalDefault
    public var background: Color = .terminalDefault
    public var bold = false
    public var underline = false
    public var italic = false
    public var reverse = false
    public var dim = false

    public init(foreground: Color = .terminalDefault, background: Color = .terminalDefault, bold: Bool = false,
                underline: Bool = false, italic: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.italic = italic
        self.reverse = reverse
        self.dim = dim
    }

    var hasAttributes: Bool { bold || underline || italic || reverse || dim }

    func merging(attributesOf other: Style) -> Style {
        var merged = self
        merged.bold = bold || other.bold
        merged.underline = underline || other.underline
        merged.italic = italic || other.italic
        merged.reverse = reverse || other.reverse
        merged.dim = dim || other.dim
        return merged
    }
}
