import TidingsKit
@testable import TidingsUI

/// Articles with analyses written by hand: every occurrence of a phrase becomes a mention, so
/// screens show highlights whatever the taggers of the day find.
struct FixtureArticle {
    var path: String
    var text: String
    var entities: [(phrase: String, type: EntityType, id: String)] = []
    var times: [(phrase: String, value: String, granularity: Granularity)] = []

    var entry: CorpusEntry {
        analyzed(ArticleParser.parse(path: path, scalars: Array(text.unicodeScalars),
                                     fileName: String(path.split(separator: "/").last!),
                                     modified: CalendarDate(year: 2024, month: 1, day: 1)))
    }

    /// `article` (read from a file or made from `text`) with this fixture's mentions.
    func analyzed(_ article: Article) -> CorpusEntry {
        let scalars = article.scalars
        let tokens = Tokenizer.tokenize(scalars, ranges: article.contentRanges)
        let sentences = SentenceSplitter.split(scalars, tokens: tokens, ranges: article.contentRanges)
        var taken: [Range<Int>] = []
        func occurrences(_ phrase: String) -> [Range<Int>] {
            let needle = Array(phrase.unicodeScalars)
            var found: [Range<Int>] = []
            var i = article.bodyRange.lowerBound
            while i + needle.count <= scalars.count {
                let range = i..<i + needle.count
                let bounded = (i == 0 || !scalars[i - 1].properties.isAlphabetic)
                    && (range.upperBound == scalars.count || !scalars[range.upperBound].properties.isAlphabetic)
                if bounded, Array(scalars[range]) == needle, !taken.contains(where: { $0.overlaps(range) }) {
                    found.append(range)
                    taken.append(range)
                    i += needle.count
                } else {
                    i += 1
                }
            }
            return found
        }
        let times = self.times.flatMap { time in
            occurrences(time.phrase).map {
                TimeExpression(start: $0.lowerBound, end: $0.upperBound, type: .date, value: time.value,
                               granularity: time.granularity)
            }
        }.sorted { $0.start < $1.start }
        let mentions = entities.flatMap { entity in
            occurrences(entity.phrase).map {
                EntityMention(start: $0.lowerBound, end: $0.upperBound, type: entity.type, id: entity.id)
            }
        }.sorted { $0.start < $1.start }
        let text = AnalyzedText(scalars: scalars, tokens: tokens, sentences: sentences)
        let events = ArticleEvent.events(in: text, times: times, entities: mentions, published: article.date)
        return CorpusEntry(article: article, analysis: Analysis(tokens: tokens, sentences: sentences,
                                                                entities: mentions, times: times, events: events))
    }
}

/// A small corpus about an invented flood: three linked articles, one unrelated, one with
/// control characters and wide characters.
enum Fixture {
    static let people: [(String, EntityType, String)] = [
        ("Mira Castell", .person, "mira-castell"), ("Castell", .person, "mira-castell"),
        ("Teodor Lind", .person, "teodor-lind"), ("Lind", .person, "teodor-lind"),
        ("Halvard Renn", .person, "halvard-renn"),
        ("Oran Basin Authority", .organization, "oran-basin-authority"),
        ("Ministry of Waterways", .organization, "ministry-of-waterways"),
        ("Kessel Dam", .location, "kessel-dam"), ("Lower Varnholt", .location, "lower-varnholt"),
        ("Varnholt", .location, "varnholt"), ("Oran River", .location, "oran-river"),
        ("Esterian", .group, "esterian"), ("Red Lantern", .organization, "red-lantern"),
    ]

    static let cracks = FixtureArticle(path: "/news/2024-02-20-cracks.txt", text: """
        title: Engineers find cracks in the Kessel Dam above Varnholt
        date: 2024-02-20
        source: Varnholt Courier

        Inspectors of the Oran Basin Authority found hairline cracks in the spillway of the Kessel Dam on Monday, chief engineer Teodor Lind said on Tuesday.

        The dam holds back the Oran River above Varnholt, a town of 40,000 people in the Esterian lowlands.

        Lind asked the Ministry of Waterways for money to repair the spillway before the spring melt, which peaks in March.

        Mayor Mira Castell said the council would meet on Feb. 22 to discuss an emergency plan.

        Read also: Lower Varnholt evacuated as Oran River rises
        """, entities: people, times: [("Monday", "2024-02-19", .day), ("Tuesday", "2024-02-20", .day),
                                       ("March", "2024-03", .month), ("Feb. 22", "2024-02-22", .day)])

    static let evacuation = FixtureArticle(path: "/news/2024-03-02-evacuation.txt", text: """
        title: Lower Varnholt evacuated as Oran River rises
        date: 2024-03-02
        source: Esteria Today

        Mayor Mira Castell ordered the evacuation of Lower Varnholt on Saturday after the Oran River rose two metres overnight.

        About 6,000 people were taken to schools. The Esterian Red Lantern society set up field kitchens.

        Teodor Lind said water was seeping through the cracked spillway that inspectors had found on Feb. 19.

        Minister Halvard Renn is expected in Varnholt on Sunday.

        Support independent journalism in Esteria: subscribe to Esteria Today.
        """, entities: people, times: [("Saturday", "2024-03-02", .day), ("Feb. 19", "2024-02-19", .day),
                                       ("Sunday", "2024-03-03", .day)])

    static let resignation = FixtureArticle(path: "/news/2024-03-25-resigns.txt", text: """
        title: Minister of Waterways Halvard Renn resigns
        date: 2024-03-25
        source: Esteria Today

        Halvard Renn resigned on Monday, three weeks after the Kessel Dam flood forced 6,000 people out of their homes in Varnholt.

        Mayor Mira Castell said the resignation was "a beginning, not an end".
        """, entities: people, times: [("Monday", "2024-03-25", .day), ("three weeks", "P3W", .week)])

    static let bakery = FixtureArticle(path: "/news/2024-03-07-bakery.txt", text: """
        title: Harbour bakery wins the rye bread prize
        date: 2024-03-07

        A small bakery in Saltmere won the national rye bread prize on Thursday.

        Its starter dates from 1947.
        """, entities: [("Saltmere", .location, "saltmere")],
        times: [("Thursday", "2024-03-07", .day), ("1947", "1947", .year)])

    static let festival = FixtureArticle(path: "/news/2024-03-15-festival.txt", text: """
        title: Lantern festival in Kōmura draws crowds
        date: 2024-03-15

        Lanterns painted with 灯りの町 floated down the canal\u{1B}[31m in Kōmura 🎨 on Friday.
        """, entities: [("Kōmura", .location, "komura")], times: [("Friday", "2024-03-15", .day)])

    static var all: [FixtureArticle] { [cracks, evacuation, resignation, bakery, festival] }

    /// Links weighed by fixed weights, so that what the screens show of links and happenings
    /// tests the reader, not the weights the shipped model learns (its own tests test those).
    static let linkModel: LinkModel = {
        let weights = ["key-names": 1.18, "other-subjects": -0.42, "other-names": 0.67, "places": 1.1, "dateline": -0.09,
                       "sentence-words": 1.26, "cosine": 0.68, "lead-words": 2.01, "same-day": 0.24, "nearness": 0.63,
                       "within": -0.36]
        return LinkModel(bias: -1.46, weights: LinkFeatures.names.map { weights[$0] ?? 0 }, threshold: 0.716,
                         sameHappening: 0.82)
    }()

    /// A reader with `articles` loaded (from `store`, made of them when not given).
    static func state(width: Int, height: Int, articles: [FixtureArticle] = all, store: MemoryArticleStore? = nil) -> AppState {
        let entries = articles.map(\.entry)
        let store = store ?? MemoryArticleStore(entries: entries)
        var state = AppState(store: store, folderLabel: "~/news", width: width, height: height)
        state.linkModel = linkModel
        state.apply(.loaded(entries.map { ArticleSummary(article: $0.article, analysis: $0.analysis) }))
        return state
    }
}

extension AppState {
    /// Runs key names as typed: `["j", "Enter", "]"]`.
    mutating func press(_ names: String...) {
        for name in names {
            let key = Key(name: name)!
            _ = handle(key)
        }
    }

    mutating func type(_ text: String) {
        for scalar in text.unicodeScalars { _ = handle(.character(scalar)) }
    }

    /// Opens a prompt with `key` (`/`, `f`), types `text` and enters it.
    mutating func enter(_ key: String, _ text: String) {
        press(key)
        type(text)
        press("Enter")
    }
}
