import TOMLKit

/// A problem in a theme or config file: where, and what.
public struct FileProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var key: String?
    public var message: String

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let key { text += ": \(key)" }
        return text + ": " + message
    }
}

/// Every problem found in one file, in the order of its lines.
public struct FileProblems: Error, Equatable, Sendable, CustomStringConvertible {
    public var all: [FileProblem]

    public var description: String { all.map(\.description).joined(separator: "\n") }
}

/// Reading theme files: `name`, then `[styles]` with one entry per role, each a table
/// `{ fg = "...", bg = "...", bold = true, ... }` or a string `"#ffaf5f bold underline"`.
public enum ThemeFile {
    public static let attributes = ["bold", "underline", "italic", "reverse", "dim"]

    /// The theme, or every problem of the file (a file that is not TOML has one).
    public static func parse(_ source: String, file: String) -> Result<Theme, FileProblems> {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            return .failure(FileProblems(all: [FileProblem(file: file, line: error.source.begin.line, key: nil, message: error.description)]))
        } catch {
            return .failure(FileProblems(all: [FileProblem(file: file, line: nil, key: nil, message: "\(error)")]))
        }
        var problems: [FileProblem] = []
        func problem(_ key: String, _ message: String, section: String? = nil) {
            problems.append(FileProblem(file: file, line: SourceLines.line(of: key, section: section, in: source), key: key,
                                        message: message))
        }
        var name = String(file.split(separator: "/").last ?? "theme").replacingSuffix(".toml")
        for key in table.keys {
            switch key {
            case "name":
                if let value = table[key]?.string { name = value } else { problem(key, "must be a string") }
            case "description", "styles":
                continue
            default:
                problem(key, "unknown key (expected name, description, [styles])")
            }
        }
        var theme = Theme(name: name, styles: [:])
        if let styles = table["styles"]?.table {
            for key in styles.keys {
                guard let role = StyleRole.named(key) else {
                    problem(key, "unknown style (known: \(StyleRole.allCases.map(\.name).joined(separator: ", ")))", section: "styles")
                    continue
                }
                switch parseStyle(styles[key]) {
                case .success(let style): theme.styles[role] = style
                case .failure(let error): problem(key, error.text, section: "styles")
                }
            }
        } else {
            problem("styles", "missing [styles] table")
        }
        guard problems.isEmpty else { return .failure(FileProblems(all: problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })) }
        return .success(theme)
    }

    struct StyleError: Error { var text: String }

    static func parseStyle(_ value: TOMLValueConvertible?) -> Result<Style, StyleError> {
        var style = Style()
        if let text = value?.string {
            for word in text.split(separator: " ").map(String.init) {
                if !apply(attribute: word, to: &style) {
                    guard let color = Color(name: word) else { return .failure(StyleError(text: "unknown color or attribute \"\(word)\"")) }
                    style.foreground = color
                }
            }
            return .success(style)
        }
        guard let table = value?.table else { return .failure(StyleError(text: "must be a table { fg = ..., bold = true } or a string")) }
        for key in table.keys {
            let entry = table[key]
            switch key {
            case "fg", "bg":
                let name = entry?.string ?? entry?.int.map(String.init)
                guard let name, let color = Color(name: name) else {
                    return .failure(StyleError(text: "\(key): not a color (a name, 0-255 or #rrggbb)"))
                }
                if key == "fg" { style.foreground = color } else { style.background = color }
            case _ where attributes.contains(key):
                guard let on = entry?.bool else { return .failure(StyleError(text: "\(key): must be true or false")) }
                if on { _ = apply(attribute: key, to: &style) }
            default:
                return .failure(StyleError(text: "unknown field \(key) (fg, bg, \(attributes.joined(separator: ", ")))"))
            }
        }
        return .success(style)
    }

    static func apply(attribute: String, to style: inout Style) -> Bool {
        switch attribute {
        case "bold": style.bold = true
        case "underline": style.underline = true
        case "italic": style.italic = true
        case "reverse": style.reverse = true
        case "dim": style.dim = true
        default: return false
        }
        return true
    }
}

/// Finds the line of a key in TOML text, for messages (TOMLKit keeps no positions of values).
enum SourceLines {
    static func line(of key: String, section: String?, in source: String) -> Int? {
        var inSection = section == nil
        for (number, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw).trimmed()
            if line.hasPrefix("[") {
                let name = line.trimmingPrefixSuffix("[", "]")
                inSection = section == nil ? false : name == section
                if section == nil, name == key { return number + 1 }
                continue
            }
            guard inSection else { continue }
            for candidate in [key, "\"" + key + "\""] where line.hasPrefix(candidate) {
                let rest = line.dropFirst(candidate.count).drop { $0 == " " || $0 == "\t" }
                if rest.first == "=" { return number + 1 }
            }
        }
        return nil
    }
}

extension String {
    func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }

    func trimmingPrefixSuffix(_ prefix: String, _ suffix: String) -> String {
        var s = Substring(self)
        if s.hasPrefix(prefix) { s = s.dropFirst(prefix.count) }
        if s.hasSuffix(suffix) { s = s.dropLast(suffix.count) }
        return String(s).trimmed()
    }
}
