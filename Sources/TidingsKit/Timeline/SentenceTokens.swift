/// Every word of a sentence as plain tf-idf weighs it: lower case, the words of its names and its
/// numbers kept ("Cheney", "34"), function words and one-character tokens left out.
/// Two reports that split a name differently, or agree on a figure, still meet here.
enum SentenceTokens {
    /// Distinct tokens of `text`, in order of first use: runs of letters (of three or more, as
    /// content words) or of digits.
    static func of(_ text: String) -> [String] {
        var text = text
        return text.withUTF8(of)
    }

    /// Read from the UTF-8 as it is (every sentence of the folder passes here); no string is made
    /// for a token until it is kept.
    static func of(_ utf8: UnsafeBufferPointer<UInt8>) -> [String] {
        var tokens: [String] = []
        // The token's UTF-8, ASCII letters in lower case, and its length in scalars.
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var scalars = 0
        var ascii = true
        var digits = false
        var index = 0
        while index <= utf8.count {
            let (scalar, length) = CharacterClass.scalar(in: utf8, at: index)
            let letter = index < utf8.count && CharacterClass.isLetter(scalar)
            let digit = index < utf8.count && CharacterClass.isDigit(scalar)
            if scalars > 0, letter && digits || digit && !digits || !letter && !digit {
                // Words are compared as written: stemming them measured no better.
                if scalars >= 2, digits || ContentWords.stem(current, ascii: ascii).map({ !ContentWords.isStopWord($0) }) == true {
                    let token = String(decoding: current, as: UTF8.self)
                    if !tokens.contains(token) { tokens.append(token) }
                }
                current.removeAll(keepingCapacity: true)
                scalars = 0
                ascii = true
            }
            if letter || digit {
                digits = digit
                scalars += 1
                if length == 1 {
                    current.append(UInt8(CharacterClass.lowerASCII(scalar).value))
                } else {
                    ascii = false
                    current.append(contentsOf: utf8[index..<index + length])
                }
            }
            index += length
        }
        return tokens
    }
}
