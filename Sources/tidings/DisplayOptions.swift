import ArgumentParser

/// The options every command that opens the reader takes.
struct DisplayOptions: ParsableArguments {
    @Option(help: "A theme name or a theme file.")
    var theme: String?

    @Flag(inversion: .prefixedNo, help: "Mouse support: wheel scrolls, a click focuses (default: the config's, off).")
    var mouse: Bool?
}
