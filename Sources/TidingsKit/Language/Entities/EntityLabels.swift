/// BILOU labels over the five entity types: 0 is outside; type t has Begin 1+4t, Inside 2+4t,
/// Last 3+4t and Unit 4+4t.
enum EntityLabels {
    static let types: [EntityType] = [.person, .organization, .location, .group, .misc]
    static let count = 1 + 4 * types.count
    static let outside: UInt8 = 0

    enum Part: UInt8 { case begin = 1, inside, last, unit }

    @inline(__always)
    static func label(type: Int, part: Part) -> UInt8 { UInt8(4 * type) + part.rawValue }

    /// The type index of a label (nil for outside).
    @inline(__always)
    static func typeIndex(_ label: UInt8) -> Int? { label == 0 ? nil : Int(label - 1) / 4 }

    @inline(__always)
    static func part(_ label: UInt8) -> Part? { label == 0 ? nil : Part(rawValue: (label - 1) % 4 + 1) }

    /// Whether `label` may follow `previous` (nil: the sentence start).
    static func allowed(_ previous: UInt8?, _ label: UInt8) -> Bool {
        let opensOrOutside = label == 0 || part(label) == .begin || part(label) == .unit
        guard let previous, previous != 0 else { return opensOrOutside }
        switch part(previous)! {
        case .begin, .inside: return !opensOrOutside && typeIndex(previous) == typeIndex(label)
        case .last, .unit: return opensOrOutside
        }
    }

    /// Whether a sentence may end on `label`.
    static func mayEnd(_ label: UInt8) -> Bool {
        label == 0 || part(label) == .last || part(label) == .unit
    }

    /// Labels of `count` tokens holding the given token spans (`first...last`, type index).
    static func labels(count: Int, spans: [(first: Int, last: Int, type: Int)]) -> [UInt8] {
        var labels = [UInt8](repeating: outside, count: count)
        for span in spans {
            guard span.first <= span.last, span.last < count,
                  labels[span.first...span.last].allSatisfy({ $0 == outside }) else { continue }
            if span.first == span.last {
                labels[span.first] = label(type: span.type, part: .unit)
                continue
            }
            labels[span.first] = label(type: span.type, part: .begin)
            for k in span.first + 1..<span.last { labels[k] = label(type: span.type, part: .inside) }
            labels[span.last] = label(type: span.type, part: .last)
        }
        return labels
    }

    /// The token spans a well-formed label sequence holds.
    static func spans(_ labels: ArraySlice<UInt8>) -> [(first: Int, last: Int, type: Int)] {
        var spans: [(first: Int, last: Int, type: Int)] = []
        var open: Int? = nil
        for i in labels.indices {
            guard let type = typeIndex(labels[i]) else { open = nil; continue }
            switch part(labels[i])! {
            case .unit: spans.append((i, i, type)); open = nil
            case .begin: open = i
            case .inside: break
            case .last:
                if let first = open { spans.append((first, i, type)) }
                open = nil
            }
        }
        return spans
    }
}
