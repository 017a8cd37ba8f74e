/// Text made safe for a terminal: control characters become visible placeholders, line breaks
/// become spaces.
public enum Visible {
    public static func text(_ string: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                out.append(" ")
            } else if ControlCharacters.isHidden(scalar) {
                out.append(ControlCharacters.placeholder(for: scalar))
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
