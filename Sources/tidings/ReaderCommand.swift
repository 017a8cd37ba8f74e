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

    @OptionGroup var display: DisplayOptions

    @Flag(help: "Do not use the index cache.")
    var noCache = false

    func run() throws {
        try Reader.run(folder: folder, theme: display.theme, mouse: display.mouse, useCache: !noCache)
    }
}

/// Starting the reader: config, theme, folder, terminal, library, loop; then restoring the terminal.
enum Reader {
    static func run(folder requested: String?, theme requestedTheme: String?, mouse requestedMouse: Bool?,
                    useCache: Bool = true, label: String? = nil) throws {
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
        guard FileText.isDirectory(folder) else { throw ReaderError("\(folder) is not a folder") }
        guard isatty(0) != 0, isatty(1) != 0 else { throw ReaderError("the reader needs a terminal") }

        let catalog = ThemeCatalog(folders: ReaderPaths.themeFolders)
        let (theme, problems) = catalog.theme(requestedTheme ?? config.theme)
        notices += problems.map { "theme: \($0); using the default" }

        // Every problem, where it stays readable after the reader: before the terminal is taken.
        for notice in notices { warn(notice) }
        TerminalSignals.install()
        let library = Library(folder: folder, options: Library.Options(useCache: useCache))
        library.start()
        let terminal = Terminal(theme: theme, mouse: requestedMouse ?? config.mouse)
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
