import Foundation
import TidingsKit

/// A folder of annotated documents: `<doc>.txt` and `<doc>.gold.json` (a list of
/// `{"start", "end", "type"}` in scalars from the start of the body, after the first blank line).
enum AnnotatedFolder {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ folder: String) throws -> [EntityTrainingDocument] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".gold.json") }.sorted()
        guard !names.isEmpty else { throw Failure(description: "\(folder): no .gold.json files") }
        return try names.map { name in
            let base = folder + "/" + name.dropLast(".gold.json".count)
            let article = try ArticleReader().read(path: base + ".txt")
            let bodyStart = blankLineEnd(article.scalars)
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
            guard let list = json as? [[String: Any]] else { throw Failure(description: "\(name): not a list of spans") }
            let spans = list.compactMap { span -> (range: Range<Int>, type: EntityType)? in
                guard let start = span["start"] as? Int, let end = span["end"] as? Int, start < end,
                      let type = (span["type"] as? String).flatMap(EntityType.init(rawValue:)) else { return nil }
                return (bodyStart + start..<bodyStart + end, type)
            }
            let ranges = article.contentRanges
            let tokens = Tokenizer.tokenize(article.scalars, ranges: ranges)
            let sentences = SentenceSplitter.split(article.scalars, tokens: tokens, ranges: ranges)
            return EntityTrainingDocument(text: AnalyzedText(scalars: article.scalars, tokens: tokens, sentences: sentences),
                                          spans: spans)
        }
    }

    /// Where the body starts: after the first blank line.
    static func blankLineEnd(_ scalars: [Unicode.Scalar]) -> Int {
        var i = 0
        while i + 1 < scalars.count {
            if scalars[i] == "\n" && scalars[i + 1] == "\n" { return i + 2 }
            i += 1
        }
        return 0
    }
}
