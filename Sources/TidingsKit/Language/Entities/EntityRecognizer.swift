import Foundation

/// Finds entity mentions of people, organizations, places, groups and other names: a hashed-feature
/// sequence tagger (averaged perceptron, BILOU labels, Viterbi) over the tokens of each sentence,
/// then one identity per entity of the article (`EntityIdentity`).
public struct EntityRecognizer: Sendable {
    public static let modelFile = "entity-model.bin"
    public static let gazetteerFolder = "Gazetteers"

    public static let shared = EntityRecognizer(resources: ResourceFolder.url)

    let model: EntityModel?
    let gazetteer: Gazetteer
    /// Why the recognizer finds nothing, when its data could not be loaded.
    public let problem: String?

    init(model: EntityModel?, gazetteer: Gazetteer, problem: String? = nil) {
        self.model = model
        self.gazetteer = gazetteer
        self.problem = model == nil ? problem ?? "no entity model" : nil
    }

    /// Loads the model and word lists from a resource folder; with none, recognizes nothing and
    /// says why in `problem` (once on standard error).
    public init(resources: URL?) {
        guard let resources else {
            self.init(model: nil, gazetteer: Gazetteer(), problem: "resource folder \(ResourceFolder.bundleName) not found")
            Self.report(problem)
            return
        }
        do {
            let gazetteer = try Gazetteer(folder: resources.appendingPathComponent(Self.gazetteerFolder))
            let model = try EntityModel.load(contentsOf: resources.appendingPathComponent(Self.modelFile))
            self.init(model: model, gazetteer: gazetteer)
        } catch {
            self.init(model: nil, gazetteer: Gazetteer(), problem: "\(error)")
            Self.report(problem)
        }
    }

    private static func report(_ problem: String?) {
        guard let problem else { return }
        FileHandle.standardError.write(Data("tidings: entities are not recognized: \(problem)\n".utf8))
    }

    public var isReady: Bool { model != nil }

    /// Words of titles and offices, which make a person's name only together with one.
    static let titleWords: Set<String> = [
        "acting", "ambassador", "chairman", "chairwoman", "chancellor", "chief", "commander", "deputy", "director",
        "first", "general", "governor", "head", "king", "lady", "lord", "mayor", "minister", "mr", "mrs", "ms",
        "pope", "premier", "president", "prime", "prince", "princess", "queen", "secretary", "senator", "sir",
        "speaker", "vice",
    ]

    public func recognize(_ text: AnalyzedText) -> [EntityMention] {
        guard let model else { return [] }
        let (tokens, sentences) = EntityTokens.tokens(of: text, gazetteer: gazetteer)
        let tagger = EntityTagger(features: EntityFeatures(bits: model.bits))
        let labels = tagger.tag(tokens, sentences: sentences, scorer: model)
        var found: [(range: Range<Int>, type: EntityType)] = []
        for sentence in sentences {
            for var span in EntityLabels.spans(labels[sentence]) {
                // A name begins with a word: "# Flood" is a heading's mark and a name. (It may end
                // with punctuation: "Fla.", "Rad (B)".)
                while span.first <= span.last, !tokens[span.first].spelling.contains(.word) { span.first += 1 }
                guard span.first <= span.last else { continue }
                var type = EntityLabels.types[span.type]
                if type == .location, gazetteer.isInstitution(tokens[span.first...span.last]) { type = .organization }
                // "Deputy Head", "the Prime Minister": a title alone names no one.
                if type == .person, (span.first...span.last).allSatisfy({
                    EntityRecognizer.titleWords.contains(text.string(Int(tokens[$0].start)..<Int(tokens[$0].end)).lowercased())
                }) { continue }
                found.append((Int(tokens[span.first].start)..<Int(tokens[span.last].end), type))
            }
        }
        return EntityIdentity.assign(found, in: text)
    }
}
