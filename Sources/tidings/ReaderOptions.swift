import ArgumentParser

/// The options every command that opens the reader takes (`tidings [FOLDER]` and `tidings demo`).
struct ReaderOptions: ParsableArguments {
    @Option(help: "A theme name or a theme file.")
    var theme: String?

    @Flag(inversion: .prefixedNo, help: "Mouse support: wheel scrolls, a click focuses (default: the config's, off).")
    var mouse: Bool?

    @Flag(help: "Do not use the index cache: analyse every article at the start, store nothing.")
    var noCache = false
}
