import ArgumentParser
import TidingsKit

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the analysis of each file: dates, entities, time expressions and events.")

    @Flag(name: .long, help: "JSON Lines, one object per file.")
    var json = false

    @Argument(help: "Article files.")
    var files: [String]

    /// Parses `extract` arguments directly when they are only files and `--json`: ArgumentParser's
    /// bookkeeping grows with the square of the argument count, minutes for a folder of 20,000
    /// files given by a shell glob. Anything else (help, unknown flags) is left to ArgumentParser.
    static func fastParse(_ arguments: [String]) -> ExtractCommand? {
        guard arguments.first == "extract", arguments.count > 64 else { return nil }
        var command = ExtractCommand()
        var files: [String] = []
        var onlyFiles = false
        for argument in arguments.dropFirst() {
            if onlyFiles || !argument.hasPrefix("-") || argument == "-" {
                files.append(argument)
            } else if argument == "--json" {
                command.json = true
            } else if argument == "--" {
                onlyFiles = true
            } else {
                return nil
            }
        }
        command.files = files
        return command
    }

    func run() throws {
        let reader = ArticleReader()
        let analyzer = Analyzer()
        var out = OutputStream.standardOutput()
        var readCount = 0
        let raw = rawArguments()
        for file in files {
            do {
                let article = try reader.readWithStamp(rawPath: raw[file] ?? Array(file.utf8CString)).article
                readCount += 1
                for warning in article.warnings { warn("\(article.path): \(warning.message)") }
                let analysis = analyzer.analyze(article)
                out.write(json ? ExtractJSON.line(article, analysis) : ExtractListing.text(article, analysis))
            } catch {
                warn(error.description)
            }
        }
        out.flush()
        if readCount == 0 { throw ExitCode.failure }
    }
}
