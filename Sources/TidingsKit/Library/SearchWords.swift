import Foundation

/// The words of a text as search sees them: runs of letters and digits, lower-cased with their
/// diacritics removed, as the cache's full-text index (unicode61, remove_diacritics) reads them.
public enum SearchWords {
    /// The words of `text`, in order, repeats kept.
    public static func of(_ text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        var ascii = true
        func finish() {
            guard !word.isEmpty else { return }
            let text = String(word)
            words.append(ascii ? text : text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
            word = String.UnicodeScalarView()
            ascii = true
        }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                let value = scalar.value
                if value >= 0x41 && value <= 0x5A {
                    word.append(Unicode.Scalar(value + 32)!)
                } else if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                    word.append(scalar)
                } else {
                    finish()
                }
            } else if isWordScalar(scalar) {
                word.append(scalar)
                ascii = false
            } else {
                finish()
            }
        }
        finish()
        return words
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .privateUse:
            return true
        default:
            return false
        }
    }
}

/// The distinct words of one article, kept as sorted hashes: what search needs of an article
/// when there is no cache to hold an index of the corpus, at eight bytes a word.
public struct WordSet: Sendable {
    private let hashes: [UInt64]

    public init(_ texts: String...) {
        hashes = Array(Set(texts.flatMap(SearchWords.of).map(WordSet.hash))).sorted()
    }

    /// Whether the article holds `word` (as `SearchWords` gives it).
    public func contains(_ word: String) -> Bool {
        let target = WordSet.hash(word)
        var low = 0, high = hashes.count
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low < hashes.count && hashes[low] == target
    }

    /// FNV-1a over the UTF-8 bytes: stable, and 64 bits make a false match vanishingly rare.
    static func hash(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in word.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return hash
    }
}
