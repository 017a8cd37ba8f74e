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

    func run() throws {
        let reader = ArticleReader()
        let analyzer = Analyzer()
        var out = OutputStream.standardOutput()
        var readCount = 0
        for file in files {
            do {
                let article = try reader.readWithStamp(rawPath: rawArgument(matching: file)).article
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
