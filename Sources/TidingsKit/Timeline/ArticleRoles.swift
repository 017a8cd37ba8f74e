import Foundation

/// The part each name plays in an article, and the words that say what it is about: what link
/// weighing reads beside the names two events share. A place in a wire dateline ("CLEVELAND,
/// Feb 26 -") or named in passing says little; the subject of a sentence and the names an
/// article is mainly about say much.
struct ArticleRoles {
    /// Entity ids of the dateline's places ("BALA CYNWYD, Pa."), if the article opens with one.
    var datelines: [String]
    /// The first few names that are neither places nor the dateline, and those the title names.
    var mainNames: [String]
    var places: [String]
    /// Content words of the title and of the lead sentence, names left out.
    var leadWords: [String]
    /// Lower-case words of each name, by entity id: kept out of the content words of a sentence
    /// that names it. A word of a name elsewhere ("the quake" beside "the Quake Relief Fund")
    /// is a word.
    var wordsOfName: [String: [String]]

    /// Main names taken from the opening, besides those in the title.
    static let openingNames = 3
    /// Names of an article's opening that may be in its dateline.
    static let datelineNames = 4
    /// A sentence starting within this many scalars of the text's start is its lead.
    static let leadReach = 800

    init(_ summary: ArticleSummary) {
        wordsOfName = [:]
        // Lower-case words of every name, kept out of the title's content words: names weigh as
        // names. (A title has a few words: looking through these beats hashing them into a set.)
        var nameWords: [String] = []
        for entity in summary.entities {
            let words = ContentWords.of(entity.name)
            nameWords += words
            wordsOfName[entity.id, default: []] += words
        }
        var lead: ArticleEvent?
        for event in summary.events where event.kind == .mention && event.start < ArticleRoles.leadReach {
            if lead.map({ event.start < $0.start }) ?? true { lead = event }
        }
        datelines = lead.map { ArticleRoles.datelines(of: $0.text, entities: summary.entities) } ?? []
        // Nationalities and peoples ("French", "Iranian") name places in passing too.
        places = summary.entities.filter { $0.type == .location || $0.type == .group }.map(\.id)
        let title = summary.title.lowercased()
        var main: [String] = []
        for entity in summary.entities where entity.type != .location && entity.type != .group && !datelines.contains(entity.id) {
            if main.count < ArticleRoles.openingNames || ASCIISearch.contains(title, entity.name.lowercased()) { main.append(entity.id) }
        }
        mainNames = main
        titleWords = ContentWords.of(summary.title).filter { !nameWords.contains($0) }
        leadSentence = lead.map { ($0.start, $0.end) }
        leadWords = titleWords
    }

    /// The lead's sentence, by its scalar range.
    var leadSentence: (start: Int, end: Int)?
    var titleWords: [String]

    /// Adds the content words of the lead's sentence to `leadWords`, once worked out.
    mutating func addLead(_ words: [String]) {
        for word in words where !leadWords.contains(word) { leadWords.append(word) }
    }

    /// The event's subject as far as names tell: its first name that is neither a place nor the
    /// dateline.
    func subject(of event: ArticleEvent, types: [String: EntityType]) -> String? {
        event.entities.first { !datelines.contains($0) && types[$0] != .location && types[$0] != .group }
    }

    /// Content words of a sentence, the words of the names it names (`entities`) left out.
    func words(of text: String, naming entities: [String]) -> [String] {
        // Every sentence passes here and names a few names: looking through their words costs
        // less than hashing them into a set.
        var names: [String] = []
        for entity in entities { names += wordsOfName[entity] ?? [] }
        let words = ContentWords.of(text)
        return names.isEmpty ? words : words.filter { !names.contains($0) }
    }

    /// The entities a wire dateline names: a lead opening with an upper-case place, a comma and,
    /// within a few words, " - " ("CLEVELAND, Feb 26 - ...", "BALA CYNWYD, Pa., March 5 - ...").
    static func datelines(of lead: String, entities: [EntityRef]) -> [String] {
        guard let end = datelineEnd(of: lead), let comma = lead[..<end].firstIndex(of: ",") else { return [] }
        let place = ASCIISearch.trimmingWhitespace(lead[..<comma])
        guard !place.isEmpty, place == place.uppercased(), place != place.lowercased() else { return [] }
        let dateline = lead[..<end].uppercased()
        // Names come in order of first mention: a dateline's are among the first.
        return entities.prefix(datelineNames).filter { !$0.name.isEmpty && ASCIISearch.contains(dateline, $0.name.uppercased()) }.map(\.id)
    }

    /// Where a lead's wire dateline ends (after its " - "), if it opens with one: a comma, then
    /// " - " within `datelineReach` characters.
    static func datelineEnd(of lead: String) -> String.Index? {
        // Both are looked for in the opening only: a lead can be long, and every article's is read.
        let opening = lead.prefix(datelineReach + 3)
        guard let comma = opening.firstIndex(of: ","), let dash = ASCIISearch.range(of: " - ", in: opening), comma < dash.lowerBound,
              lead.distance(from: lead.startIndex, to: dash.lowerBound) <= datelineReach else { return nil }
        return dash.upperBound
    }

    /// Characters before a dateline's " - " at most.
    static let datelineReach = 60

    /// The lead's text without its dateline: a dateline's town and state are no content.
    static func withoutDateline(_ lead: String) -> Substring {
        datelineEnd(of: lead).map { lead[$0...] } ?? lead[...]
    }
}
