/// The features of each token, as bucket numbers of the hashed weight table. Every token gets
/// the same number of features (`perToken`), one per template, so a sentence's features are one
/// flat array.
struct EntityFeatures {
    static let perToken = 28
    /// Changes whenever the templates change, so a model trained on other features is refused.
    static let version: UInt32 = 1

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
        let first = tokens.startIndex, end = tokens.endIndex
        let boundary: UInt64 = 0x5EED
        let sentenceCaps: UInt64 = tokens.allSatisfy { !$0.spelling.contains(.lowercase) } ? 1 : 0
        for i in tokens.indices {
            let t = tokens[i]
            let p1 = i > first ? tokens[i - 1] : nil
            let p2 = i > first + 1 ? tokens[i - 2] : nil
            let n1 = i + 1 < end ? tokens[i + 1] : nil
            let n2 = i + 2 < end ? tokens[i + 2] : nil
            let position = UInt64(min(i - first, 2))
            let caps = UInt64(t.spelling.rawValue & 3)
            out.append(bucket(0, 0))
            out.append(bucket(1, t.exact))
            out.append(bucket(2, t.lower))
            out.append(bucket(3, t.shape))
            out.append(bucket(4, t.shortShape))
            out.append(bucket(5, t.prefix2))
            out.append(bucket(6, t.prefix3))
            out.append(bucket(7, t.suffix2))
            out.append(bucket(8, t.suffix3))
            out.append(bucket(9, t.suffix4))
            out.append(bucket(10, p1?.lower ?? boundary))
            out.append(bucket(11, n1?.lower ?? boundary))
            out.append(bucket(12, p2?.lower ?? boundary))
            out.append(bucket(13, n2?.lower ?? boundary))
            out.append(bucket(14, p1?.shortShape ?? boundary, t.shortShape))
            out.append(bucket(15, t.shortShape, n1?.shortShape ?? boundary))
            out.append(bucket(16, p1?.lower ?? boundary, t.lower))
            out.append(bucket(17, t.lower, n1?.lower ?? boundary))
            out.append(bucket(18, position, t.shortShape))
            out.append(bucket(19, UInt64(t.lists), caps))
            out.append(bucket(20, UInt64(t.place), caps))
            out.append(bucket(21, UInt64(p1?.lists ?? 255), UInt64(t.lists)))
            out.append(bucket(22, UInt64(t.lists), UInt64(n1?.lists ?? 255)))
            let elsewhere: UInt64 = t.isCapitalized && memory.seenLowercase(t.lower) ? 1 : 0
            out.append(bucket(23, elsewhere &* 8 &+ position, caps))
            out.append(bucket(24, UInt64(memory.earlierLabel(t)), caps))
            out.append(bucket(25, sentenceCaps, t.shortShape))
            out.append(bucket(26, UInt64(t.spelling.rawValue & 16), t.shortShape))
            out.append(bucket(27, UInt64(p1?.place ?? 255), UInt64(n1?.place ?? 255)))
        }
    }
}

/// What the tagger remembers of the document so far: the words it saw in lowercase, and the type
/// it gave each capitalized word earlier.
struct DocumentMemory {
    private var lowercase: HashedSet
    private var labels: [UInt64: UInt8] = [:]

    init(_ tokens: [EntityToken]) {
        lowercase = HashedSet(capacity: tokens.count / 2)
        for token in tokens where token.spelling.contains(.lowercase) { lowercase.insert(token.lower) }
    }

    @inline(__always)
    func seenLowercase(_ lower: UInt64) -> Bool { lowercase.contains(lower) }

    /// 0 when unseen (or not capitalized), 1 when last seen outside any entity, 2+t for type t.
    @inline(__always)
    func earlierLabel(_ token: EntityToken) -> UInt8 {
        token.isCapitalized ? labels[token.lower] ?? 0 : 0
    }

    /// Records the labels given to one sentence's tokens.
    mutating func remember(_ tokens: ArraySlice<EntityToken>, labels sentenceLabels: ArraySlice<UInt8>) {
        for (token, label) in zip(tokens, sentenceLabels) where token.isCapitalized {
            labels[token.lower] = EntityLabels.typeIndex(label).map { UInt8($0 + 2) } ?? 1
        }
    }
}
