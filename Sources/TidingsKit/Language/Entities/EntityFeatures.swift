/// The features of each token, as bucket numbers of the hashed weight table. Every token gets
/// the same number of features (`perToken`), one per template, so a sentence's features are one
/// flat array.
struct EntityFeatures {
    static let perToken = 32
    /// Changes whenever the templates change, so a model trained on other features is refused.
    static let version: UInt32 = 3

    let bits: Int

    init(bits: Int) { self.bits = bits }

    @inline(__always)
    private func bucket(_ template: UInt64, _ value: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: FeatureHash.combine(value, template &+ 0x51) >> UInt64(64 - bits))
    }

    @inline(__always)
    private func bucket(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt32 {
        bucket(template, FeatureHash.combine(a, b))
    }

    /// Appends the features of `tokens` (one sentence) to `out`.
    func extract(_ tokens: ArraySlice<EntityToken>, memory: DocumentMemory, into out: inout [UInt32]) {
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: tokens.count * Self.perToken))
        let sentenceCaps: UInt64 = tokens.allSatisfy { !$0.spelling.contains(.lowercase) } ? 1 : 0
        tokens.withUnsafeBufferPointer { tokens in
            out.withUnsafeMutableBufferPointer { out in
                var f = start
                @inline(__always) func add(_ bucket: UInt32) {
                    out[f] = bucket
                    f += 1
                }
                let end = tokens.count
                let boundary: UInt64 = 0x5EED
                for i in 0..<end {
                    let t = tokens[i]
                    let p1 = i > 0 ? tokens[i - 1] : nil
                    let p2 = i > 1 ? tokens[i - 2] : nil
                    let n1 = i + 1 < end ? tokens[i + 1] : nil
                    let n2 = i + 2 < end ? tokens[i + 2] : nil
                    let position = UInt64(min(i, 2))
                    let caps = UInt64(t.spelling.rawValue & 3)
                    add(bucket(0, 0))
                    add(bucket(1, t.exact))
                    add(bucket(2, t.lower))
                    add(bucket(3, t.shape))
                    add(bucket(4, t.shortShape))
                    add(bucket(5, t.prefix2))
                    add(bucket(6, t.prefix3))
                    add(bucket(7, t.suffix2))
                    add(bucket(8, t.suffix3))
                    add(bucket(9, t.suffix4))
                    add(bucket(10, p1?.lower ?? boundary))
                    add(bucket(11, n1?.lower ?? boundary))
                    add(bucket(12, p2?.lower ?? boundary))
                    add(bucket(13, n2?.lower ?? boundary))
                    add(bucket(14, p1?.shortShape ?? boundary, t.shortShape))
                    add(bucket(15, t.shortShape, n1?.shortShape ?? boundary))
                    add(bucket(16, p1?.lower ?? boundary, t.lower))
                    add(bucket(17, t.lower, n1?.lower ?? boundary))
                    add(bucket(18, position, t.shortShape))
                    add(bucket(19, UInt64(t.lists), caps))
                    add(bucket(20, UInt64(t.place), caps))
                    add(bucket(21, UInt64(p1?.lists ?? 255), UInt64(t.lists)))
                    add(bucket(22, UInt64(t.lists), UInt64(n1?.lists ?? 255)))
                    let elsewhere: UInt64 = t.isCapitalized && memory.seenLowercase(t.lower) ? 1 : 0
                    add(bucket(23, elsewhere &* 8 &+ position, caps))
                    add(bucket(24, UInt64(memory.earlierLabels(t)), caps))
                    add(bucket(25, sentenceCaps, t.shortShape))
                    add(bucket(26, UInt64(t.spelling.rawValue & 16), t.shortShape))
                    add(bucket(27, UInt64(p1?.place ?? 255), UInt64(n1?.place ?? 255)))
                    add(bucket(28, UInt64(t.wordClass), caps))
                    add(bucket(29, UInt64(t.wordGroup), caps))
                    add(bucket(30, UInt64(p1?.wordGroup ?? 255), UInt64(t.wordGroup)))
                    add(bucket(31, UInt64(t.wordGroup), UInt64(n1?.wordGroup ?? 255)))
                }
            }
        }
    }
}

/// What the tagger remembers of the document so far: the words it saw in lowercase, and every
/// label it gave each capitalized word earlier. All of them, not the last alone: a name typed two
/// ways in one document tells the tagger to look again, where remembering only the latest label
/// repeated one early mistake on every later mention (judged by cross-validation on GUM).
struct DocumentMemory {
    private var lowercase: HashedMap
    private var labels: HashedMap

    init(_ tokens: [EntityToken]) {
        lowercase = HashedMap(capacity: tokens.count / 2)
        labels = HashedMap(capacity: tokens.count / 4)
        for token in tokens where token.spelling.contains(.lowercase) { lowercase.insert(token.lower) }
    }

    @inline(__always)
    func seenLowercase(_ lower: UInt64) -> Bool { lowercase.contains(lower) }

    /// The labels `token` got earlier, as bits: 1 when left outside any entity, 2 << t for type t;
    /// 0 when unseen (or not capitalized, or a word hidden in training).
    @inline(__always)
    func earlierLabels(_ token: EntityToken) -> UInt8 {
        token.isCapitalized && token.lower != EntityToken.unknownWord ? labels.value(for: token.lower) ?? 0 : 0
    }

    /// Records the labels given to one sentence's tokens.
    mutating func remember(_ tokens: ArraySlice<EntityToken>, labels sentenceLabels: ArraySlice<UInt8>) {
        for (token, label) in zip(tokens, sentenceLabels) where token.isCapitalized && token.lower != EntityToken.unknownWord {
            let bit = EntityLabels.typeIndex(label).map { UInt8(2) << $0 } ?? 1
            labels.set((labels.value(for: token.lower) ?? 0) | bit, for: token.lower)
        }
    }
}
