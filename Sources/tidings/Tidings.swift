import ArgumentParser
import TidingsKit

@main
struct Tidings: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tidings",
        abstract: "A terminal reader for news: articles, highlighted entities and dates, and a linked timeline.",
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
                exit(withError: error)
            }
            return
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
