import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import TidingsKit

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the analysis of each file: dates, entities, time expressions and events.")

    @Flag(name: .long, help: "JSON Lines, one object per file.")
    var json = false

    @Flag(name: .long, help: "With --json, also the text the offsets count into and where its body starts.")
    var text = false

    @Argument(help: "Article files, or folders: the articles in them and in the folders below, as the reader finds them.")
    var files: [String]

    /// Parses `extract` arguments directly when they are only files and `--json`: ArgumentParser's
    /// bookkeeping grows with the square of the argument count, minutes for a folder of 20,000
    /// files given by a shell glob. Anything else (help, unknown flags) is left to ArgumentParser.
    static func fastParse(_ arguments: [String]) -> ExtractCommand? {
        guard arguments.first == "extract", arguments.count > 64 else { return nil }
        var command = ExtractCommand()
        // A command made without parsing has no values yet: every flag is set before it is read.
        command.json = false
        command.text = false
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
        let inputs = Self.inputs(files, raw: rawArguments())
        let batchSize = 256
        for batchStart in stride(from: 0, to: inputs.count, by: batchSize) {
            let batch = inputs[batchStart..<min(inputs.count, batchStart + batchSize)]
            let results = ParallelMap.map(Array(batch)) { input -> FileResult in
                guard let rawPath = input.rawPath else { return FileResult(output: nil, warnings: input.problems) }
                do {
                    let article = try reader.readWithStamp(rawPath: rawPath).article
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

    /// A file to analyse (its path as the file system has it), or what a folder could not list.
    private struct Input: Sendable {
        var rawPath: [CChar]?
        var problems: [String] = []
    }

    /// Each argument that is not a folder, and in place of each folder the articles under it, in
    /// the order of their paths.
    private static func inputs(_ arguments: [String], raw: [String: [CChar]]) -> [Input] {
        var inputs: [Input] = []
        for argument in arguments {
            let rawPath = raw[argument] ?? Array(argument.utf8CString)
            var info = stat()
            guard stat(rawPath, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                inputs.append(Input(rawPath: rawPath))
                continue
            }
            let listing = FolderScanner.scan(rawPath: rawPath)
            var problems = listing.failures.map(\.description)
            if listing.files.isEmpty, problems.isEmpty { problems = ["\(argument): no articles in this folder"] }
            if !problems.isEmpty { inputs.append(Input(problems: problems)) }
            inputs += listing.files.map { Input(rawPath: $0.rawPath) }
        }
        return inputs
    }
}
