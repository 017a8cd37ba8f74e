import TOMLKit

/// `$XDG_CONFIG_HOME/tidings/config.toml`: default folder, theme, mouse, the list's width, and key
/// overrides.
/// Problems are collected with their line, and the defaults apply for what is wrong.
public struct Config: Sendable {
    public var folder: String?
    public var theme: String?
    public var mouse = false
    public var split = Layout.defaultSplit
    public var keymap = Keymap.standard
    public var problems: [FileProblem] = []

    public init() {}

    public static func parse(_ source: String, file: String) -> Config {
        var config = Config()
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            config.problems.append(FileProblem(file: file, line: error.source.begin.line, key: nil, message: error.description))
            return config
        } catch {
            config.problems.append(FileProblem(file: file, line: nil, key: nil, message: "\(error)"))
            return config
        }
        func report(_ key: String, _ message: String, section: String? = nil) {
            config.problems.append(FileProblem(file: file, line: SourceLines.line(of: key, section: section, in: source),
                                               key: section.map { $0 + "." + key } ?? key, message: message))
        }
        var rebound: [(name: String, qualified: String)] = []
        for key in table.keys {
            let value = table[key]
            switch key {
            case "folder":
                if let text = value?.string { config.folder = text } else { report(key, "must be a string") }
            case "theme":
                if let text = value?.string { config.theme = text } else { report(key, "must be a string") }
            case "mouse":
                if let on = value?.bool { config.mouse = on } else { report(key, "must be true or false") }
            case "split":
                if let percent = value?.int, Layout.splitRange.contains(percent) { config.split = percent }
                else { report(key, "must be a whole number from \(Layout.splitRange.lowerBound) to \(Layout.splitRange.upperBound)") }
            case "keys":
                guard let keys = value?.table else {
                    report(key, "must be a table [keys]")
                    continue
                }
                for name in keys.keys {
                    let entry = keys[name]
                    let names = entry?.string.map { [$0] } ?? entry?.array.map { array in array.compactMap { $0.string } }
                    guard let names, !names.isEmpty else {
                        report(name, "must be a key name or a list of them", section: "keys")
                        continue
                    }
                    do {
                        try config.keymap.rebind(name, to: names)
                        rebound.append((name, name.contains(".") ? name : "global." + name))
                    } catch {
                        switch error {
                        case .unknownAction(let action): report(name, "unknown action \(action)", section: "keys")
                        case .unknownKey(let key): report(name, "unknown key \(key)", section: "keys")
                        }
                    }
                }
            default:
                report(key, "unknown setting (folder, theme, mouse, split, [keys])")
            }
        }
        // A key that runs two actions in one place: the entry written first keeps it.
        let line = { (entry: (name: String, qualified: String)) in SourceLines.line(of: entry.name, section: "keys", in: source) ?? 0 }
        rebound.sort { line($0) < line($1) }
        for clash in config.keymap.resolveClashes(preferring: rebound.map(\.qualified)) {
            let names = { (qualified: String) in rebound.first { $0.qualified == qualified }?.name }
            if let loser = names(clash.loser) {
                let other = clash.winner == clash.loser ? "listed twice" : "already the key of " + (names(clash.winner).map { "keys." + $0 } ?? clash.winner)
                report(loser, "\(clash.key.name) is \(other); ignored here", section: "keys")
            } else if let winner = names(clash.winner) {
                report(winner, "\(clash.key.name) was the key of \(clash.loser) too; now only of this", section: "keys")
            }
        }
        config.problems = config.problems.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
            .map(\.element)
        return config
    }
}
