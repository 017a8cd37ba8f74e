import Foundation
import TidingsKit

/// `tidings-train dates [--folds N] [--epochs N] [--rate R] [--out FILE] [--resources FOLDER] [--scorer FILE] [--keep DIR] FOLDER`:
/// trains the resolver of partial dates on a folder of `<doc>.txt` (first line `date YYYY-MM-DD`)
/// and `<doc>.gold.json` (TIMEX3 spans in scalars of the whole file, with values) and writes the
/// model resource; `--keep DIR` keeps the system files scored (`pooled`, `trained`, per fold) there. With `--folds N` it first cross-validates by document: each fold is tagged by a
/// model trained on the others and scored by the TempEval-3 scorer, per fold and pooled.
enum DateResolverCommand {
    struct Document {
        var name: String
        var folder: String
        var text: AnalyzedText
        var anchor: CalendarDate
        var examples: [DateResolverExample]
    }

    static func run(_ arguments: [String]) throws {
        var folds = 0
        var epochs = DateResolverTraining.defaultEpochs
        var rate = DateResolverTraining.defaultRate
        var resources = "Sources/TidingsKit/Resources"
        var out: String? = nil
        var scorer: String? = nil
        var folder: String? = nil
        var keep: String? = nil
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--folds": folds = rest.popFirst().flatMap(Int.init) ?? folds
            case "--epochs": epochs = rest.popFirst().flatMap(Int.init) ?? epochs
            case "--rate": rate = rest.popFirst().flatMap(Double.init) ?? rate
            case "--out": out = rest.popFirst()
            case "--resources": resources = rest.popFirst() ?? resources
            case "--scorer": scorer = rest.popFirst()
            case "--keep": keep = rest.popFirst()
            default: folder = argument
            }
        }
        let gold = folder ?? "../shared/eval/timex/tbaq"
        let scorerPath = scorer ?? URL(fileURLWithPath: gold).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("timex_score.py").path
        let started = Date()
        let documents = try read(gold)
        let count = documents.reduce(0) { $0 + $1.examples.count }
        print(String(format: "read %d documents, %d partial dates to learn from, in %.1f s", documents.count, count,
                     Date().timeIntervalSince(started)))
        let work = keep.map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tidings-dates-\(getpid())")
        defer { if keep == nil { try? FileManager.default.removeItem(at: work) } }
        if folds > 1 {
            let all = work.appendingPathComponent("pooled")
            for fold in 0..<folds {
                let (train, test) = (documents.enumerated().filter { $0.offset % folds != fold }.map(\.element),
                                     documents.enumerated().filter { $0.offset % folds == fold }.map(\.element))
                let model = DateResolverTraining.train(train.flatMap(\.examples), epochs: epochs, rate: rate)
                let foldFolder = work.appendingPathComponent("fold\(fold)")
                try writeSystem(test, model: model, to: foldFolder.appendingPathComponent("system"))
                try writeSystem(test, model: model, to: all)
                try linkGold(test, into: foldFolder.appendingPathComponent("gold"))
                print("fold \(fold + 1): \(test.count) docs  " + (try score(scorerPath, gold: foldFolder.appendingPathComponent("gold").path,
                                                                          system: foldFolder.appendingPathComponent("system").path)))
            }
            print("pooled: \(documents.count) docs  " + (try score(scorerPath, gold: gold, system: all.path)))
        }
        let model = DateResolverTraining.train(documents.flatMap(\.examples), epochs: epochs, rate: rate)
        let target = out ?? resources + "/" + DateResolverModel.file
        try Data(model.encoded().utf8).write(to: URL(fileURLWithPath: target))
        try writeSystem(documents, model: model, to: work.appendingPathComponent("trained"))
        print("trained on all: " + (try score(scorerPath, gold: gold, system: work.appendingPathComponent("trained").path)))
        print(String(format: "wrote %@ in %.0f s", target, Date().timeIntervalSince(started)))
    }

    static func read(_ folder: String) throws -> [Document] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".gold.json") }
            .map { String($0.dropLast(".gold.json".count)) }.sorted()
        guard !names.isEmpty else { throw AnnotatedFolder.Failure(description: "\(folder): no .gold.json files") }
        return try names.map { name in
            let article = try ArticleReader().read(path: folder + "/" + name + ".txt")
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/" + name + ".gold.json")))
            guard let list = json as? [[String: Any]] else { throw AnnotatedFolder.Failure(description: "\(name): not a list of times") }
            let gold = list.compactMap { time -> DateResolverTraining.GoldTime? in
                guard let start = time["start"] as? Int, let end = time["end"] as? Int, start < end,
                      let value = time["value"] as? String else { return nil }
                return DateResolverTraining.GoldTime(range: start..<end, value: value)
            }
            let text = AnalyzedText(article: article)
            return Document(name: name, folder: folder, text: text, anchor: article.date,
                            examples: DateResolverTraining.examples(text, anchor: article.date, gold: gold))
        }
    }

    /// The scorer's system files: dates and times with their values, offsets in scalars of the file.
    static func writeSystem(_ documents: [Document], model: DateResolverModel, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let tagger = TemporalTagger(resolver: model)
        for document in documents {
            let times = tagger.tag(document.text, anchor: document.anchor).filter { $0.type == .date || $0.type == .time }
            let list = times.map { ["start": $0.start, "end": $0.end, "value": $0.value] as [String: Any] }
            try JSONSerialization.data(withJSONObject: list).write(to: folder.appendingPathComponent(document.name + ".json"))
        }
    }

    static func linkGold(_ documents: [Document], into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for document in documents {
            for suffix in [".txt", ".gold.json"] {
                let source = URL(fileURLWithPath: document.folder + "/" + document.name + suffix).standardizedFileURL
                try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(document.name + suffix),
                                                           withDestinationURL: source)
            }
        }
    }

    /// DATE value, strict and relaxed F1 from the scorer's JSON figures.
    static func score(_ scorer: String, gold: String, system: String) throws -> String {
        let figures = system + ".figures.json"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer, gold, system, "--json", figures]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: figures))) as? [String: Any],
              let date = json["DATE"] as? [String: Any] else {
            throw AnnotatedFolder.Failure(description: "\(scorer) failed on \(system)")
        }
        func f1(_ key: String) -> Double { ((date[key] as? [String: Any])?["F1"] as? Double ?? 0) * 100 }
        return String(format: "DATE value F1 %.2f  strict %.2f  relaxed %.2f", f1("value"), f1("strict"), f1("relaxed"))
    }
}
