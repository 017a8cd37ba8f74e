/// Text made safe for a terminal: control characters become visible placeholders, line breaks
/// become spaces.
public enum Visible {
    public static func text(_ string: String) -> String {
        text(string.unicodeScalars)
    }

    public static func text<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        String(scalars: scalars, mapping: visible)
    }

    private static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar == "\n" || scalar == "\r" || scalar == "\t" { return " " }
        return ControlCharacters.isHidden(scalar) ? ControlCharacters.placeholder(for: scalar) : scalar
    }
}
