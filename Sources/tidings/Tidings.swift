import ArgumentParser
import Foundation
import TidingsKit

@main
struct Tidings: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tidings",
        abstract: "A terminal reader for news: articles, highlighted entities and dates, and a linked timeline.",
        usage: """
            tidings [FOLDER] [--theme <theme>] [--[no-]mouse] [--no-cache]
            tidings <subcommand>
            """,
        discussion: ReaderCommand.optionsHelp,
        version: version,
        subcommands: [ReaderCommand.self, DemoCommand.self, ExtractCommand.self, TimelineCommand.self,
                      IndexCommand.self, ThemesCommand.self],
        defaultSubcommand: ReaderCommand.self
    )

    static func main() {
        if let extract = ExtractCommand.fastParse(Array(CommandLine.arguments.dropFirst())) {
            do {
                try extract.run()
            } catch {
                fail(error)
            }
            return
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            fail(error)
        }
    }

    /// Help and the version print in full; an error is one line on standard error (without the
    /// usage ArgumentParser would add), and a command that already said why just exits.
    static func fail(_ error: Error) -> Never {
        let code = exitCode(for: error)
        if code.isSuccess { exit(withError: error) }
        let message = message(for: error).split(separator: "\n").first.map(String.init) ?? ""
        if !message.isEmpty { warn(message) }
        Foundation.exit(code.rawValue)
    }
}
