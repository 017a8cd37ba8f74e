import ArgumentParser
import TidingsUI

/// `tidings themes`: every theme found, where from, and whether it is valid.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes found, where from, and whether each is valid.")

    func run() throws {
        let catalog = ThemeCatalog(folders: ReaderPaths.themeFolders)
        var out = OutputStream.standardOutput()
        var invalid = 0
        let width = (catalog.entries.map(\.name.count).max() ?? 0) + 2
        for entry in catalog.entries {
            let name = entry.name + String(repeating: " ", count: max(1, width - entry.name.count))
            let place = entry.path.map { "\(entry.origin): \($0)" } ?? entry.origin
            switch entry.result {
            case .success: out.write("\(name)ok       \(place)\n")
            case .failure(let problem):
                invalid += 1
                out.write("\(name)invalid  \(problem)\n")
            }
        }
        out.flush()
        if invalid > 0 { throw ExitCode(1) }
    }
}
