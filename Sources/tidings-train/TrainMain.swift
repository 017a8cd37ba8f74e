import Foundation
import TidingsKit

/// `tidings-train [--epochs N] [--bits N] [--dropout RATE] [--seed N] [--dev FOLDER] [--out FILE] [--resources FOLDER] [FOLDER...]`:
/// trains the entity tagger on annotated folders (`<doc>.txt` with a header and a blank line, and
/// `<doc>.gold.json`, spans in scalars from the body's start) and writes the model resource. A
/// folder named twice is read twice, so its documents weigh double. `tidings-train dates ...`
/// trains the resolver of partial dates instead (`DateResolverCommand`), `tidings-train links ...`
/// the link model (`LinkTraining`).
@main
enum TrainMain {
    static func main() {
        let mode = CommandLine.arguments.dropFirst().first
        if mode == "dates" || mode == "links" {
            do {
                let arguments = Array(CommandLine.arguments.dropFirst(2))
                if mode == "dates" { try DateResolverCommand.run(arguments) } else { try LinkTraining.main(arguments) }
            } catch {
                FileHandle.standardError.write(Data("tidings-train \(mode!): \(error)\n".utf8))
                exit(1)
            }
            return
        }
        var epochs = EntityTrainer.defaultEpochs
        var bits = EntityTrainer.defaultBits
        var dropout = EntityTrainer.defaultWordDropout
        var seed = EntityTrainer.defaultSeed
        var dev: String? = nil
        var resources = "Sources/TidingsKit/Resources"
        var out: String? = nil
        var folders: [String] = []
        var arguments = CommandLine.arguments.dropFirst()
        while let argument = arguments.popFirst() {
            switch argument {
            case "--epochs": epochs = arguments.popFirst().flatMap(Int.init) ?? epochs
            case "--bits": bits = arguments.popFirst().flatMap(Int.init) ?? bits
            case "--dropout": dropout = arguments.popFirst().flatMap(Double.init) ?? dropout
            case "--seed": seed = arguments.popFirst().flatMap { UInt64($0) } ?? seed
            case "--dev": dev = arguments.popFirst()
            case "--out": out = arguments.popFirst()
            case "--resources": resources = arguments.popFirst() ?? resources
            case "--help", "-h":
                print("usage: tidings-train [--epochs N] [--bits N] [--dropout RATE] [--seed N] [--dev FOLDER] [--out FILE] [--resources FOLDER] [FOLDER...]")
                return
            default: folders.append(argument)
            }
        }
        // GUM, the only recent and varied text of the two (CoNLL is Reuters news of 1996), is read
        // twice so that it weighs double: names in new text are typed better, by cross-validation
        // on GUM, with the CoNLL development set kept above 92.
        if folders.isEmpty {
            folders = ["../shared/eval/ner/conll-train", "../shared/eval/ner/gum-other", "../shared/eval/ner/gum-other"]
        }
        let target = out ?? resources + "/" + EntityRecognizer.modelFile
        do {
            let started = Date()
            let trainer = try EntityTrainer(resources: URL(fileURLWithPath: resources), bits: bits, epochs: epochs, wordDropout: dropout, seed: seed)
            let documents = try folders.flatMap(AnnotatedFolder.read)
            let devDocuments = try dev.map(AnnotatedFolder.read) ?? []
            print("read \(documents.count) documents in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
            let model = trainer.train(documents, progress: { print($0) }, evaluate: devDocuments.isEmpty ? nil : { model, epoch in
                report(trainer.score(model, on: devDocuments), epoch: epoch)
            })
            let bytes = model.encoded()
            try Data(bytes).write(to: URL(fileURLWithPath: target))
            print(String(format: "wrote %@: %.2f MB, %d weights, trained in %.0f s", target, Double(bytes.count) / 1e6,
                         model.storedWeights, Date().timeIntervalSince(started)))
        } catch {
            FileHandle.standardError.write(Data("tidings-train: \(error)\n".utf8))
            exit(1)
        }
    }

    static func report(_ scores: [EntityType: (tp: Int, predicted: Int, gold: Int)], epoch: Int) {
        var line = "  dev after epoch \(epoch):"
        var total = (tp: 0, predicted: 0, gold: 0)
        for type in EntityType.allCases {
            guard let s = scores[type] else { continue }
            if [.person, .organization, .location].contains(type) {
                total = (total.tp + s.tp, total.predicted + s.predicted, total.gold + s.gold)
            }
            line += String(format: " %@ %.1f", type.rawValue, f1(s))
        }
        print(line + String(format: " | PER/ORG/LOC %.2f", f1(total)))
    }

    static func f1(_ s: (tp: Int, predicted: Int, gold: Int)) -> Double {
        s.predicted + s.gold == 0 ? 0 : 200 * Double(s.tp) / Double(s.predicted + s.gold)
    }
}
