/// Text that scraped news carries besides the article: shown dimmed, never analysed.
public struct Boilerplate: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// "Read also: <headline>"; the headline may be empty when it sat in a lost link.
        case readAlso(headline: String)
        /// A request for donations, subscriptions or follows.
        case appeal
        /// "Read the original article on <Source>" and similar credits.
        case footer(source: String?)
    }

    public var kind: Kind
    public var start: Int
    public var end: Int

    /// Finds boilerplate paragraphs in the body `text[bodyStart...]`: "Read also" lines anywhere,
    /// appeals and footers in the trailing run of paragraphs.
    public static func find(in text: [Unicode.Scalar], bodyStart: Int) -> [Boilerplate] {
        let paragraphs = Paragraphs.blocks(in: text, from: bodyStart)
        var found: [Boilerplate] = []
        var trailing = true
        for (index, line) in paragraphs.enumerated().reversed() {
            // Boilerplate is short; a long paragraph is the article's own.
            guard line.count <= maxLength else {
                trailing = false
                continue
            }
            let string = String(scalars: text[line])
            let content = string.trimmingWhitespace()
            if let headline = readAlsoHeadline(content) {
                found.append(Boilerplate(kind: .readAlso(headline: headline), start: line.lowerBound, end: line.upperBound))
                continue
            }
            // The first paragraph is the article's own, whatever it says.
            guard trailing, index > 0 else { continue }
            if let source = footerSource(content) {
                found.append(Boilerplate(kind: .footer(source: source), start: line.lowerBound, end: line.upperBound))
            } else if isAppeal(content) {
                found.append(Boilerplate(kind: .appeal, start: line.lowerBound, end: line.upperBound))
            } else {
                trailing = false
            }
        }
        return found.reversed()
    }

    static let maxLength = 400

    static let readAlsoPrefixes = ["read also", "also read", "read more", "see also", "related:", "related article"]

    static func readAlsoHeadline(_ line: Substring) -> String? {
        let lower = line.lowercased()
        for prefix in readAlsoPrefixes where lower.hasPrefix(prefix) {
            var rest = line.dropFirst(prefix.count)
            guard rest.isEmpty || rest.first == ":" || rest.first == " " || prefix.hasSuffix(":") else { continue }
            if rest.first == ":" { rest = rest.dropFirst() }
            return String(rest.trimmingWhitespace())
        }
        return nil
    }

    static let footerPrefixes = ["read the original article on ", "read the original article at ",
                                 "originally published on ", "originally published by ",
                                 "this article was originally published on ", "this article originally appeared on ",
                                 "this article first appeared on "]

    static func footerSource(_ line: Substring) -> String?? {
        let lower = line.lowercased()
        for prefix in footerPrefixes where lower.hasPrefix(prefix) {
            var source = line.dropFirst(prefix.count).trimmingWhitespace()
            while let last = source.last, last == "." || last == "!" { source = source.dropLast() }
            return .some(source.isEmpty ? nil : String(source))
        }
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.contains("all rights reserved")
            || lower.hasPrefix("copyright ") && isCopyrightNotice(lower.dropFirst("copyright ".count)) {
            return .some(nil)
        }
        return nil
    }

    /// "Copyright © 2023 ..." or "Copyright 2023 ...", not a sentence about copyright.
    static func isCopyrightNotice(_ rest: Substring) -> Bool {
        let next = rest.prefix(while: { !$0.isWhitespace })
        return next == "©" || next == "(c)" || next.count >= 4 && next.prefix(4).allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Phrases only an appeal to the reader uses.
    static let appealPhrases = ["support us", "become a patron", "sign up for our", "follow us on", "join our",
                                "support independent journalism", "our newsletter"]
    /// Words an appeal uses, and so does news about donations and subscriptions: they mark an
    /// appeal only when it speaks to the reader.
    static let appealWords = ["donation", "donate", "subscribe", "contribution", "patreon"]
    static let readerWords: Set<Substring> = ["you", "your", "us", "our", "we", "we're", "we’re", "please"]

    /// An appeal speaks to the reader outside quotations ("Support us with a donation"); the last
    /// paragraph of a story about a donation ("The foundation announced a donation ...") does not.
    static func isAppeal(_ line: Substring) -> Bool {
        let lower = unquoted(line.lowercased())
        if appealPhrases.contains(where: lower.contains) { return true }
        guard appealWords.contains(where: lower.contains) else { return false }
        return lower.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).contains(where: readerWords.contains)
    }

    /// The text with quoted speech left out: a quoted "we" is the speaker's, not the publisher's.
    static func unquoted(_ text: String) -> String {
        var out = ""
        var inQuote = false
        for c in text {
            if c == "“" || c == "”" || c == "\"" {
                inQuote = c == "“" || (c == "\"" && !inQuote)
                continue
            }
            if !inQuote { out.append(c) }
        }
        return out
    }
}

/// Splits a body into paragraphs (blocks between blank lines), as scalar ranges trimmed of
/// white space.
enum Paragraphs {
    static func blocks(in text: [Unicode.Scalar], from start: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var blockStart = start
        var lineStart = start
        var i = start
        func close(_ end: Int) {
            var s = blockStart, e = end
            while s < e, text[s].properties.isWhitespace { s += 1 }
            while e > s, text[e - 1].properties.isWhitespace { e -= 1 }
            if s < e { result.append(s..<e) }
        }
        while i <= text.count {
            if i == text.count || text[i] == "\n" {
                let blank = text[lineStart..<i].allSatisfy { $0.properties.isWhitespace }
                if blank || i == text.count {
                    close(i)
                    blockStart = i + 1
                }
                lineStart = i + 1
            }
            i += 1
        }
        return result
    }
}
