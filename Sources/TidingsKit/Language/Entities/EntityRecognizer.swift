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

    public func recognize(_ text: AnalyzedText) -> [EntityMention] {
        guard let model else { return [] }
        let (tokens, sentences) = EntityTokens.tokens(of: text, gazetteer: gazetteer)
        let tagger = EntityTagger(features: EntityFeatures(bits: model.bits))
        let labels = tagger.tag(tokens, sentences: sentences, scorer: model)
        var found: [NameTypeAgreement.Name] = []
        let openers = SentenceOpeners(tokens: tokens, sentences: sentences)
        func word(_ index: Int) -> String { text.string(Int(tokens[index].start)..<Int(tokens[index].end)) }
        for sentence in sentences {
            for var span in EntityLabels.spans(labels[sentence]) {
                // A name begins with a word: "# Flood" is a heading's mark and a name. (It may end
                // with punctuation: "Fla.", "Rad (B)".)
                while span.first <= span.last, !tokens[span.first].spelling.contains(.word) { span.first += 1 }
                guard span.first <= span.last else { continue }
                var type = EntityLabels.types[span.type]
                if type == .location, gazetteer.isInstitution(tokens[span.first...span.last]) { type = .organization }
                // "Meltwater flooded the cellars": a common word opening a sentence names nothing.
                if span.first == span.last, type != .group,
                   openers.isCommonWord(at: span.first, word(span.first), sentence: sentence, tokens: tokens, gazetteer: gazetteer) {
                    continue
                }
                // The kind of thing a name's last word names decides its type, unless the tagger
                // saw a person or the place list holds the name.
                if type != .person, span.first < span.last, tokens[span.last].isCapitalized,
                   let kind = NameHeads.type(byLastWord: word(span.last)), kind != type,
                   !Gazetteer.isPlace(tokens[span.first...span.last]) {
                    type = kind
                }
                let nextIsLowercase = span.last + 1 < sentence.upperBound && tokens[span.last + 1].spelling.contains(.lowercase)
                // "the Red Lantern society" is an organization's name; not "a Hong Kong-listed
                // company" (a lowercase last word makes an adjective).
                if type == .misc, nextIsLowercase, tokens[span.last].isCapitalized,
                   NameHeads.organizationNouns.contains(word(span.last + 1)) {
                    type = .organization
                }
                // "Minister of Waterways": a name after an office's "of" is part of the office,
                // unless it is a listed place ("President of France").
                if type != .person, span.first >= sentence.lowerBound + 2, word(span.first - 1) == "of",
                   tokens[span.first - 2].isCapitalized, PersonTitles.isOffice(word(span.first - 2)),
                   !Gazetteer.isPlace(tokens[span.first...span.last]) {
                    continue
                }
                // "the Esterian lowlands": one word between an article and a lowercase word is
                // used as an adjective, not as a person's name.
                if type == .person, span.first == span.last, span.first > sentence.lowerBound, span.last + 1 < sentence.upperBound,
                   ["the", "The"].contains(word(span.first - 1)), tokens[span.last + 1].spelling.contains(.lowercase) {
                    type = .misc
                }
                // An organization only before a noun ("the Orvanian government"), as clubs'
                // names are formed alike ("Airdrieonians 2 Falkirk 1").
                if type == .misc || type == .organization && nextIsLowercase, span.first == span.last,
                   DemonymForms.isDemonymLike(tokens[span.first], word(span.first)) {
                    type = .group
                }
                if type == .person {
                    // "Deputy Head", "the Prime Minister": a title alone names no one.
                    if (span.first...span.last).allSatisfy({ PersonTitles.isTitle(word($0)) }) { continue }
                    // An office is not part of the name ("Mayor Mira Castell", "Gov. Ann Lee").
                    while span.first < span.last, PersonTitles.isOffice(word(span.first)) {
                        span.first += 1
                        while span.first < span.last, !tokens[span.first].spelling.contains(.word) { span.first += 1 }
                    }
                    // Nor is a common word that opens the sentence before a full name ("Baker
                    // Jonas Ekwall, 71, ...").
                    let opening = tokens[span.first].lists
                    if span.first == sentence.lowerBound, span.last - span.first >= 2,
                       opening & Gazetteer.Lists.commonWord != 0, opening & Gazetteer.Lists.firstName == 0 {
                        span.first += 1
                    }
                }
                found.append(NameTypeAgreement.Name(first: span.first, last: span.last, type: type, sentence: sentence))
            }
        }
        NameTypeAgreement(tokens: tokens, text: text).agree(&found)
        return EntityIdentity.assign(found.map { (Int(tokens[$0.first].start)..<Int(tokens[$0.last].end), $0.type) }, in: text)
    }
}
