import Foundation
import TidingsKit

/// The ECB+ sentence pairs of `../shared/eval/events` ("do the two report the same happening?")
/// as link features: each document becomes an article whose sentences are events of one day
/// (ECB+ gives no dates, so dates weigh nothing here), their names found by the entity tagger,
/// the first sentence its lead. Train and dev documents make one timeline, so words and names are
/// as rare as in the whole set.
struct EventPairs {
    static let groupPrefix = "ecb+ "

    struct Pair {
        var a: String
        var b: String
        var same: Bool
    }

    let timeline: Timeline
    var pairs: [String: [Pair]] = [:]

    init(folder: String) throws {
        let analyzer = Analyzer()
        var sentences: [(doc: String, number: Int, text: String)] = []
        for split in ["train", "dev"] {
            let path = folder + "/ecbplus-sentences-\(split).jsonl"
            for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
                guard let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let id = row["id"] as? String, let doc = row["doc"] as? String, let text = row["text"] as? String,
                      let number = id.split(separator: "#").last.flatMap({ Int($0) }) else { continue }
                sentences.append((doc, number, text))
            }
            pairs[split] = try String(contentsOfFile: folder + "/ecbplus-pairs-\(split).jsonl", encoding: .utf8)
                .split(separator: "\n").compactMap { line in
                    guard let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                          let a = row["a"] as? String, let b = row["b"] as? String, let same = row["same"] as? Int else { return nil }
                    return Pair(a: EventPairs.eventID(a), b: EventPairs.eventID(b), same: same == 1)
                }
        }
        let day = CalendarDate(year: 2000, month: 1, day: 1)
        var summaries: [String: ArticleSummary] = [:]
        var order: [String] = []
        for sentence in sentences {
            let scalars = Array(("date \(day.iso)\n\n" + sentence.text).unicodeScalars)
            let article = ArticleParser.parse(path: sentence.doc, scalars: scalars, fileName: sentence.doc, modified: day)
            let analysis = analyzer.analyze(article)
            var ids: [String] = []
            var summary = summaries[sentence.doc] ?? ArticleSummary(
                path: sentence.doc, date: day, dateSource: .header, title: "", source: nil, entities: [],
                events: [ArticleEvent.publication(on: day)], readAlso: [], warnings: [])
            if summaries[sentence.doc] == nil { order.append(sentence.doc) }
            for mention in analysis.entities where !ids.contains(mention.id) {
                ids.append(mention.id)
                if !summary.entities.contains(where: { $0.id == mention.id }) {
                    let name = String(String.UnicodeScalarView(article.scalars[mention.start..<mention.end]))
                    summary.entities.append(EntityRef(id: mention.id, name: name, type: mention.type))
                }
            }
            // Offsets far apart: only a document's first sentence is within its lead's reach.
            let start = sentence.number * 10_000
            summary.events.append(ArticleEvent(id: "s\(sentence.number)", kind: .mention, value: day.iso, granularity: .day,
                                               start: start, end: start + sentence.text.unicodeScalars.count,
                                               entities: ids, text: sentence.text))
            summaries[sentence.doc] = summary
        }
        timeline = Timeline(order.map { summaries[$0]! })
    }

    /// `35_7ecb.xml#3` as an event id of the timeline.
    static func eventID(_ id: String) -> String {
        guard let (doc, number) = TimelineEvent.split(id: id) else { return id }
        return TimelineEvent.id(path: doc, event: "s" + number)
    }

    func examples(split: String) -> [LinkTrainer.Example] {
        (pairs[split] ?? []).map { pair in
            LinkTrainer.Example(features: timeline.linkFeatures(pair.a, pair.b) ?? LinkFeatures(), good: pair.same,
                                same: pair.same, group: EventPairs.groupPrefix + pair.a)
        }
    }

    /// Share of sentences with a positive partner whose best-scored partner is positive (ties at
    /// the top count the share of positives among them), as the ECB+ scorer counts it.
    func precisionAtOne(split: String, scores: [Double]) -> Double {
        var partners: [String: [(score: Double, same: Bool)]] = [:]
        for (pair, score) in zip(pairs[split] ?? [], scores) {
            partners[pair.a, default: []].append((score, pair.same))
            partners[pair.b, default: []].append((score, pair.same))
        }
        var total = 0.0, counted = 0
        for list in partners.values where list.contains(where: \.same) {
            let best = list.map(\.score).max()!
            let top = list.filter { $0.score == best }
            total += Double(top.filter(\.same).count) / Double(top.count)
            counted += 1
        }
        return counted == 0 ? 0 : total / Double(counted)
    }
}
