/// Label scores for the tagger: the trained model, or the weights being trained.
protocol EntityScorer {
    var decoderTransitions: EntityDecoder.Transitions { get }
    /// Fills the first `count` rows of `EntityLabels.count` scores of `out`, growing it if short.
    func emissions(_ features: [UInt32], count: Int, into out: inout [Float])
}

extension EntityModel: EntityScorer {}

/// Tags a document sentence by sentence, in order, so that later sentences see the labels earlier
/// ones got (`DocumentMemory`).
struct EntityTagger {
    let features: EntityFeatures

    /// The label of every token. `decoded` sees each sentence's tokens, features and labels right
    /// after decoding (training updates its weights there).
    func tag(_ tokens: [EntityToken], sentences: [Range<Int>], scorer: EntityScorer,
             decoded: (Range<Int>, [UInt32], [UInt8]) -> Void = { _, _, _ in }) -> [UInt8] {
        var memory = DocumentMemory(tokens)
        var labels = [UInt8](repeating: EntityLabels.outside, count: tokens.count)
        var buckets: [UInt32] = []
        var emissions: [Float] = []
        var decoder = EntityDecoder()
        var sentenceLabels: [UInt8] = []
        for sentence in sentences where !sentence.isEmpty {
            buckets.removeAll(keepingCapacity: true)
            features.extract(tokens[sentence], memory: memory, into: &buckets)
            scorer.emissions(buckets, count: sentence.count, into: &emissions)
            let transitions = scorer.decoderTransitions
            emissions.withUnsafeBufferPointer { e in
                decoder.decode(e, count: sentence.count, transitions: transitions, into: &sentenceLabels)
            }
            labels.replaceSubrange(sentence, with: sentenceLabels)
            memory.remember(tokens[sentence], labels: sentenceLabels[...])
            decoded(sentence, buckets, sentenceLabels)
        }
        return labels
    }
}
