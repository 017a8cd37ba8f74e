import Foundation
import TidingsKit

/// `tidings-train links [--sheet FILE]... [--folder FOLDER] [--events DIR] [--ecb-weight W] [--out FILE]
/// [--features FILE]`:
/// fits the link model to judged pairs (sheets of `../shared/eval/links`, judged S, R, W or U,
/// whose events are those of FOLDER's timeline) and to the ECB+ training pairs, weighted so that
/// they weigh W times the judged sheets together (4); writes `link-model.txt` and prints the
/// cross-validated precision on the sheets and P@1 and AP on the ECB+ dev pairs. `--features`
/// also writes every judged pair's features as tab-separated values, for studying new ones.
enum LinkTraining {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func main(_ arguments: [String]) throws {
        var sheets: [String] = []
        var folder: String?
        var events = "../shared/eval/events"
        var ecbWeight = 4.0
        var out = "Sources/TidingsKit/Resources/" + LinkModel.file
        var featureTable: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--sheet": rest.popFirst().map { sheets.append($0) }
            case "--folder": folder = rest.popFirst()
            case "--events": events = rest.popFirst() ?? events
            case "--ecb-weight": ecbWeight = rest.popFirst().flatMap(Double.init) ?? ecbWeight
            case "--out": out = rest.popFirst() ?? out
            case "--features": featureTable = rest.popFirst()
            default: throw Failure(description: "links: unknown argument \(argument)")
            }
        }
        var examples: [LinkTrainer.Example] = []
        if !sheets.isEmpty {
            guard let folder else { throw Failure(description: "links: --sheet needs --folder, the sheets' articles") }
            let judged = try judgedExamples(sheets, folder: folder)
            examples = judged.map(\.example)
            let good = examples.filter(\.good).count
            print("judged pairs: \(examples.count), good \(good), same happening \(examples.filter(\.same).count)")
            if let featureTable { try writeFeatures(judged, to: featureTable) }
        }
        let ecb = try EventPairs(folder: events)
        let ecbTrain = ecb.examples(split: "train")
        if ecbWeight > 0 {
            // The sheets together weigh 1, the ECB+ pairs `ecbWeight` (with no sheet, the pairs alone).
            let total = examples.isEmpty ? Double(ecbTrain.count) : Double(examples.count) * ecbWeight
            examples += ecbTrain.map { var e = $0; e.weight = total / Double(ecbTrain.count); return e }
        }
        guard !examples.isEmpty else { throw Failure(description: "links: no pairs to train on") }
        var (model, predictions) = LinkTrainer.train(examples)
        let judged = examples.indices.filter { !examples[$0].group.hasPrefix(EventPairs.groupPrefix) }
        if !judged.isEmpty {
            // Thresholds come from the judged sheets alone: ECB+ pairs have no dates and another mix.
            let p = judged.map { predictions[$0] }
            model.threshold = LinkTrainer.threshold(p, judged.map { examples[$0].good }, precision: LinkTrainer.linkPrecision)
            model.sameHappening = max(model.threshold,
                                      LinkTrainer.threshold(p, judged.map { examples[$0].same }, precision: LinkTrainer.happeningPrecision))
            report(judged.map { examples[$0] }, p, model)
        }
        let ecbSeen = examples.indices.filter { examples[$0].group.hasPrefix(EventPairs.groupPrefix) }
        if !ecbSeen.isEmpty {
            // What to choose settings on: the dev pairs are for the final figures.
            print(String(format: "ECB+ train pairs, cross-validated: AP %.3f",
                         LinkTrainer.averagePrecision(ecbSeen.map { predictions[$0] }, ecbSeen.map { examples[$0].good })))
        }
        let dev = ecb.examples(split: "dev")
        let scores = dev.map { model.logit($0.features) }
        print(String(format: "ECB+ dev pairs (%d): P@1 over sentences %.3f, AP %.3f (model scores; tfidf baseline 0.904, 0.710)",
                     dev.count, ecb.precisionAtOne(split: "dev", scores: scores),
                     LinkTrainer.averagePrecision(scores, dev.map(\.good))))
        try Data(model.text.utf8).write(to: URL(fileURLWithPath: out))
        print("wrote \(out)")
        print(model.text, terminator: "")
    }

    /// Cross-validated figures on the judged pairs: how many pass the threshold and how many of
    /// those are good.
    static func report(_ examples: [LinkTrainer.Example], _ predictions: [Double], _ model: LinkModel) {
        let kept = examples.indices.filter { predictions[$0] >= model.threshold }
        let good = kept.filter { examples[$0].good }.count
        let same = examples.indices.filter { predictions[$0] >= model.sameHappening }
        print(String(format: "judged pairs, cross-validated: AP %.3f; at threshold %.3f, %d of %d kept, %.2f good (all: %.2f); same happening at %.3f: %d pairs, %.2f S",
                     LinkTrainer.averagePrecision(predictions, examples.map(\.good)), model.threshold, kept.count,
                     examples.count, kept.isEmpty ? 0 : Double(good) / Double(kept.count),
                     Double(examples.filter(\.good).count) / Double(examples.count), model.sameHappening, same.count,
                     same.isEmpty ? 0 : Double(same.filter { examples[$0].same }.count) / Double(same.count)))
        // What `]` feels like: of each judged event, its best pair among those judged, if a link.
        var best: [String: Int] = [:]
        for i in examples.indices where predictions[i] >= model.threshold {
            if let kept = best[examples[i].group], predictions[kept] >= predictions[i] { continue }
            best[examples[i].group] = i
        }
        let events = Set(examples.map(\.group)).count
        print(String(format: "judged events, cross-validated: %d of %d keep a judged link; the best is good for %.2f",
                     best.count, events, best.isEmpty ? 0 : Double(best.values.filter { examples[$0].good }.count) / Double(best.count)))
    }

    /// One line a pair: its group (sheet#event), the linked event, S/R as good, S as same, then
    /// each feature.
    static func writeFeatures(_ judged: [(example: LinkTrainer.Example, linked: String)], to path: String) throws {
        var lines = [(["group", "linked", "good", "same"] + LinkFeatures.names).joined(separator: "\t")]
        for (example, linked) in judged {
            let values = example.features.values.map { String(format: "%.6f", $0) }
            lines.append(([example.group, linked, example.good ? "1" : "0", example.same ? "1" : "0"] + values)
                .joined(separator: "\t"))
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    }

    /// The pairs of judged sheets with their features in the timeline of `folder`. Events are
    /// matched by file name and event id when the id still names the judged sentence; else by the
    /// sentence and date (a sheet judged before sentences were split otherwise).
    static func judgedExamples(_ sheets: [String], folder: String) throws -> [(example: LinkTrainer.Example, linked: String)] {
        let library = Library(folder: folder)
        _ = library.index(progress: nil)
        var builder = Timeline.Builder(keepsSentences: true)
        library.forEachCompleteSlice { builder.add($0) }
        let timeline = builder.finish()
        var pathOfName: [String: String] = [:]
        for event in timeline.events where event.event.kind == .published {
            pathOfName[(event.path as NSString).lastPathComponent] = event.path
        }
        func local(_ id: String, _ side: [String: Any]?) -> String? {
            guard let (path, event) = TimelineEvent.split(id: id),
                  let mine = pathOfName[(path as NSString).lastPathComponent] else { return nil }
            let same = TimelineEvent.id(path: mine, event: event)
            let sentence = side?["sentence"] as? String ?? ""
            let events = timeline.events(article: mine)
            guard !sentence.isEmpty, !events.contains(where: { $0.id == same && $0.event.text == sentence }) else { return same }
            let holding = events.filter { !$0.event.text.isEmpty && ($0.event.text.contains(sentence) || sentence.contains($0.event.text)) }
            return (holding.first { $0.event.value == side?["date"] as? String } ?? holding.first)?.id
        }
        var examples: [(example: LinkTrainer.Example, linked: String)] = []
        var missing = 0, ungated = 0
        for sheet in sheets {
            for line in try String(contentsOfFile: sheet, encoding: .utf8).split(separator: "\n") {
                guard let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let event = row["event"] as? String, let linked = row["linked"] as? String,
                      let judgement = row["judgement"] as? String, ["S", "R", "W", "U"].contains(judgement) else { continue }
                guard let a = local(event, row["a"] as? [String: Any]), let b = local(linked, row["b"] as? [String: Any]),
                      let features = timeline.linkFeatures(a, b) else {
                    missing += 1
                    continue
                }
                // Pairs without the evidence every link needs are never weighed.
                guard features.hasContent else {
                    ungated += 1
                    continue
                }
                examples.append((LinkTrainer.Example(features: features, good: judgement == "S" || judgement == "R",
                                                     same: judgement == "S", group: sheet + "#" + event), linked))
            }
        }
        if missing > 0 { print("\(missing) judged pairs not found in \(folder)") }
        print("\(ungated) judged pairs left out: they share no words of what happened, or only a place and a few words")
        return examples
    }
}
