/// The themes Tidings can find: folders searched in order (an earlier folder's theme hides a
/// later one of the same name), then the built-in default.
public struct ThemeCatalog: Sendable {
    public struct Entry: Sendable {
        public var name: String
        /// The file, or nil for the built-in default.
        public var path: String?
        /// Where it was found, for `tidings themes`.
        public var origin: String
        public var result: Result<Theme, FileProblems>
    }

    public private(set) var entries: [Entry] = []

    public init(folders: [(path: String, origin: String)]) {
        for folder in folders {
            for file in FileText.list(folder.path, suffix: ".toml") {
                let name = file.replacingSuffix(".toml")
                guard !entries.contains(where: { $0.name == name }) else { continue }
                let path = folder.path + "/" + file
                entries.append(Entry(name: name, path: path, origin: folder.origin, result: ThemeCatalog.load(path: path)))
            }
        }
        if !entries.contains(where: { $0.name == "default" }) {
            entries.append(Entry(name: "default", path: nil, origin: "built in", result: .success(Theme.builtIn)))
        }
    }

    static func load(path: String) -> Result<Theme, FileProblems> {
        guard let source = FileText.read(path) else {
            return .failure(FileProblems(all: [FileProblem(file: path, line: nil, key: nil, message: "cannot read the file")]))
        }
        return ThemeFile.parse(source, file: path)
    }

    /// The theme a name or path asks for; the built-in default with the problems when it is
    /// missing or invalid.
    public func theme(_ nameOrPath: String?) -> (theme: Theme, problems: [FileProblem]) {
        guard let nameOrPath, !nameOrPath.isEmpty else {
            return (try? entries.first { $0.name == "default" }?.result.get()) .map { ($0, []) } ?? (Theme.builtIn, [])
        }
        let result: Result<Theme, FileProblems>
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            result = ThemeCatalog.load(path: nameOrPath)
        } else if let entry = entries.first(where: { $0.name == nameOrPath }) {
            result = entry.result
        } else {
            let known = entries.map(\.name).joined(separator: ", ")
            result = .failure(FileProblems(all: [FileProblem(file: nameOrPath, line: nil, key: nil, message: "no such theme (known: \(known))")]))
        }
        switch result {
        case .success(let theme): return (theme, [])
        case .failure(let problems): return (Theme.builtIn, problems.all)
        }
    }
}
