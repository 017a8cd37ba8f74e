import ArgumentParser
import TidingsKit

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the analysis of each file: dates, entities, time expressions and events.")

    @Flag(name: .long, help: "JSON Lines, one object per file.")
    var json = false

    @Flag(name: .long, help: "With --json, also the text the offsets count into and where its body starts.")
    var text = false

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
            } else if argument == "--text" {
                command.text = true
            } else if argument == "--" {
                onlyFiles = true
            } else {
                return nil
            }
        }
        command.files = files
        return command
    }

    /// What one file gave: its output, or why it could not be read, and its warnings.
    private struct FileResult: Sendable {
        var output: String?
        var warnings: [String]
    }

    /// Files are analysed on every core, a batch at a time, and printed in the order given.
    func run() throws {
        let reader = ArticleReader()
        let analyzer = Analyzer()
        let json = self.json, withText = self.text
        var out = OutputStream.standardOutput()
        var readCount = 0
        let raw = rawArguments()
        let batchSize = 256
        for batchStart in stride(from: 0, to: files.count, by: batchSize) {
            let batch = files[batchStart..<min(files.count, batchStart + batchSize)].map { ($0, raw[$0]) }
            let results = ParallelMap.map(batch) { file, rawPath -> FileResult in
                do {
                    let article = try reader.readWithStamp(rawPath: rawPath ?? Array(file.utf8CString)).article
                    let analysis = analyzer.analyze(article)
                    return FileResult(output: json ? ExtractJSON.line(article, analysis, withText: withText) : ExtractListing.text(article, analysis),
                                      warnings: article.warnings.map { "\(article.path): \($0.message)" })
                } catch {
                    return FileResult(output: nil, warnings: [String(describing: error)])
                }
            }
            for result in results {
                result.warnings.forEach(warn)
                if let output = result.output {
                    readCount += 1
                    out.write(output)
                }
            }
        }
        out.flush()
        if readCount == 0 { throw ExitCode.failure }
    }
}
