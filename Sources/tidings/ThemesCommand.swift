import ArgumentParser
import TidingsKit
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
            // Names, paths and problems come from files: made visible before they reach a terminal.
            switch entry.result {
            case .success: out.write(Visible.text("\(name)ok       \(place)") + "\n")
            case .failure(let problems):
                invalid += 1
                // Every problem of the file, one a line, under the first.
                let indent = String(repeating: " ", count: CellWidth.of(name) + 9)
                let lines = problems.all.map { Visible.text($0.description) }
                out.write(Visible.text(name) + "invalid  " + lines.joined(separator: "\n" + indent) + "\n")
            }
        }
        out.flush()
        if invalid > 0 { throw ExitCode(1) }
    }
}
