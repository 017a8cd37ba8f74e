/// A key press, as the backend decodes it and config files and help name it.
public enum Key: Hashable, Sendable {
    case character(Unicode.Scalar)
    /// Control with a letter: `.control("l")` is Ctrl-L.
    case control(Unicode.Scalar)
    case enter, tab, backTab, backspace, escape, delete
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)

    static let namedKeys: [(String, Key)] = [
        ("Enter", .enter), ("Tab", .tab), ("S-Tab", .backTab), ("Backspace", .backspace), ("Esc", .escape),
        ("Delete", .delete), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PgUp", .pageUp), ("PgDn", .pageDown), ("Home", .home), ("End", .end), ("Space", .character(" ")),
    ]

    /// The name in help, hints and config files: `j`, `Space`, `C-l`, `S-Tab`, `F1`.
    public var name: String {
        if let named = Key.namedKeys.first(where: { $0.1 == self }) { return named.0 }
        switch self {
        case .character(let scalar): return String(scalar)
        case .control(let scalar): return "C-" + String(scalar)
        case .function(let n): return "F\(n)"
        default: return "?"
        }
    }

    /// Parses a key name; nil when it names no key.
    public init?(name: String) {
        if let named = Key.namedKeys.first(where: { $0.0.lowercased() == name.lowercased() }) {
            self = named.1
            return
        }
        let scalars = Array(name.unicodeScalars)
        if scalars.count == 1, scalars[0].value >= 0x21, scalars[0].value != 0x7F {
            self = .character(scalars[0])
        } else if scalars.count == 3, name.lowercased().hasPrefix("c-"), scalars[2].properties.isLowercase
                    || scalars[2].properties.isUppercase {
            self = .control(Unicode.Scalar(String(scalars[2]).lowercased())!)
        } else if name.hasPrefix("F"), let n = Int(name.dropFirst()), (1...12).contains(n) {
            self = .function(n)
        } else {
            return nil
        }
    }
}
