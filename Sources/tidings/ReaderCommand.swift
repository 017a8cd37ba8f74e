import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import TidingsKit
import TidingsUI

/// `tidings [FOLDER]`: the reader.
struct ReaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read the articles of a folder (the default command).")

    @Argument(help: "The folder of articles (default: the config's folder, else $XDG_DATA_HOME/tidings/articles).")
    var folder: String?

    @OptionGroup var options: ReaderOptions

    func run() throws {
        try Reader.run(folder: folder, options: options)
    }

    /// The reader's argument and options as its own help lists them, for `tidings --help`: the
    /// reader is what `tidings` runs.
    static var optionsHelp: String {
        let help = helpMessage(columns: 78)
        guard let start = help.range(of: "ARGUMENTS:") else { return "" }
        let lines = help[start.upperBound...].split(separator: "\n")
            .filter { !$0.hasSuffix(":") && !$0.contains("--help") }
        return (["tidings [FOLDER] opens the reader (also `tidings read`):"] + lines).joined(separator: "\n")
    }
}

/// Starting the reader: config, theme, folder, terminal, library, loop; then restoring the terminal.
enum Reader {
    static func run(folder requested: String?, options: ReaderOptions, label: String? = nil) throws {
        var notices: [String] = []
        var config = Config()
        if let source = FileText.read(ReaderPaths.configFile) {
            config = Config.parse(source, file: ReaderPaths.configFile)
            notices += config.problems.map(\.description)
        }
        let folder = ReaderPaths.expandingTilde(requested ?? config.folder ?? ReaderPaths.defaultArticles)
        if requested == nil, config.folder == nil, !ReaderPaths.makeFolders(folder) {
            throw ReaderError("cannot create \(folder)")
        }
        if let problem = FolderArgument.problem(folder) { throw ReaderError(problem) }
        guard isatty(0) != 0, isatty(1) != 0 else { throw ReaderError("the reader needs a terminal") }

        let catalog = ThemeCatalog(folders: ReaderPaths.themeFolders)
        let (theme, problems) = catalog.theme(options.theme ?? config.theme)
        notices += problems.map { "theme: \($0); using the default" }

        // Every problem, where it stays readable after the reader: before the terminal is taken.
        for notice in notices { warn(notice) }
        TerminalSignals.install()
        let library = Library(folder: folder, options: Library.Options(useCache: !options.noCache))
        library.start()
        let terminal = Terminal(theme: theme, mouse: options.mouse ?? config.mouse)
        var state = AppState(store: LibraryStore(library), folderLabel: label ?? ReaderPaths.label(folder),
                             width: terminal.width, height: terminal.height, keymap: config.keymap)
        state.split = config.split
        state.startPlace = library.lastArticle.map { StartPlace(path: $0, offset: library.lastPosition) }
        state.report(problems: notices)
        ReaderLoop(state: state, terminal: terminal, library: library).run()
        terminal.close()
        library.stop()
    }
}

struct ReaderError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
