import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import TidingsUI

/// `tidings demo`: the reader on the bundled demo articles, copied to a folder of the user's
/// cache first (the reader never writes into an articles folder, and the copy may be played
/// with). The folder is the same every time, so the demo's read marks and last article carry
/// over from one run to the next instead of piling up state for folders that are gone.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the reader on a small bundled demo corpus.")

    @OptionGroup var options: ReaderOptions

    func run() throws {
        guard let source = ReaderPaths.demoFolder else { throw ReaderError("the demo articles are not installed") }
        let folder = ReaderPaths.demoCopy
        guard ReaderPaths.makeFolders(folder) else { throw ReaderError("cannot create \(folder)") }
        // Only what differs is written: a demo already running on the folder sees no change.
        for name in FileText.list(source, suffix: "") {
            guard let text = FileText.read(source + "/" + name), FileText.read(folder + "/" + name) != text,
                  let file = fopen(folder + "/" + name, "wb") else { continue }
            fputs(text, file)
            fclose(file)
        }
        try Reader.run(folder: folder, options: options, label: "demo (\(ReaderPaths.label(folder)))")
    }
}
