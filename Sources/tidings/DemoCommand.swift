import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import TidingsUI

/// `tidings demo`: the reader on the bundled demo articles, copied to a temporary folder first
/// (the reader never writes into an articles folder, and the copy may be played with).
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the reader on a small bundled demo corpus.")

    @OptionGroup var display: DisplayOptions

    func run() throws {
        guard let source = ReaderPaths.demoFolder else { throw ReaderError("the demo articles are not installed") }
        var template = Array("/tmp/tidings-demo-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { throw ReaderError("cannot make a temporary folder") }
        let folder = String(cString: template)
        defer { removeFolder(folder) }
        for name in FileText.list(source, suffix: "") {
            guard let text = FileText.read(source + "/" + name), let file = fopen(folder + "/" + name, "wb") else { continue }
            fputs(text, file)
            fclose(file)
        }
        try Reader.run(folder: folder, theme: display.theme, mouse: display.mouse, useCache: false, label: "demo (\(folder))")
    }

    private func removeFolder(_ folder: String) {
        for name in FileText.list(folder, suffix: "") { unlink(folder + "/" + name) }
        rmdir(folder)
    }
}
