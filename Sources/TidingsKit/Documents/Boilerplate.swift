/// Text that scraped news carries besides the article: shown dimmed, never analysed.
public struct Boilerplate: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// "Read also: <headline>"; the headline may be empty when it sat in a lost link.
        case readAlso(headline: String)
        /// A request for donations, subscriptions or follows.
        case appeal
        /// "Read the original article on <Source>" and similar credits, copyright notices.
        case footer(source: String?)
        /// Page furniture: menus, language switchers and timestamps before the article; correction
        /// prompts, share prompts and headline lists ("POPULAR", "Related") after it.
        case furniture
    }

    public var kind: Kind
    public var start: Int
    public var end: Int

    /// Finds boilerplate in the body `text[bodyStart...]`: "Read also" lines anywhere, page
    /// furniture in the leading lines, and appeals, footers and furniture in the trailing run of
    /// paragraphs.
    public static func find(in text: [Unicode.Scalar], bodyStart: Int) -> [Boilerplate] {
        let paragraphs = Paragraphs.blocks(in: text, from: bodyStart)
        var found = leadingFurniture(in: text, paragraphs: paragraphs)
        // The first paragraph after the furniture is the article's own, whatever it says.
        let leadEnd = found.last?.end ?? bodyStart
        let body = paragraphs.filter { $0.upperBound > leadEnd }
        for paragraph in body where paragraph.count <= maxLength {
            if let headline = readAlsoHeadline(String(scalars: text[paragraph]).trimmingWhitespace()) {
                found.append(Boilerplate(kind: .readAlso(headline: headline), start: paragraph.lowerBound,
                                         end: paragraph.upperBound))
            }
        }
        for piece in trailing(in: text, paragraphs: body.dropFirst()) where !found.contains(piece) {
            found.append(piece)
        }
        return found.sorted { $0.start < $1.start }
    }

    /// The leading lines that are page furniture, up to the first that is not.
    static func leadingFurniture(in text: [Unicode.Scalar], paragraphs: [Range<Int>]) -> [Boilerplate] {
        var found: [Boilerplate] = []
        for paragraph in paragraphs.prefix(maxLeadingLines) {
            for line in Paragraphs.lines(in: text, paragraph) {
                guard found.count < maxLeadingLines, line.count <= maxLength,
                      PageFurniture.isLeadingLine(String(scalars: text[line])) else { return found }
                found.append(Boilerplate(kind: .furniture, start: line.lowerBound, end: line.upperBound))
            }
        }
        return found
    }

    static let maxLeadingLines = 40

    /// Boilerplate in the trailing run of `paragraphs`, walked from the end, line by line since
    /// pages lay out their furniture in lines; a paragraph none of whose last lines is boilerplate
    /// may still be one as a whole (an appeal wrapped over lines). Headline-shaped lines count only
    /// under a section heading ("POPULAR", "Related").
    static func trailing(in text: [Unicode.Scalar], paragraphs: ArraySlice<Range<Int>>) -> [Boilerplate] {
        var walk = TrailingWalk()
        for paragraph in paragraphs.reversed() {
            guard paragraph.count <= maxLength else { break }
            let before = walk
            for line in Paragraphs.lines(in: text, paragraph).reversed() where walk.going {
                walk.take(line, String(scalars: text[line]).trimmingWhitespace())
            }
            if walk.going { continue }
            let whole = String(scalars: text[paragraph]).trimmingWhitespace()
            if walk.found.count == before.found.count, before.headlines.isEmpty, let kind = kind(ofTrailing: whole) {
                walk = before
                walk.found.append(Boilerplate(kind: kind, start: paragraph.lowerBound, end: paragraph.upperBound))
                continue
            }
            break
        }
        return walk.found
    }

    /// The state of the walk up a page's trailing lines.
    struct TrailingWalk {
        var found: [Boilerplate] = []
        /// Headline-shaped lines waiting for their heading.
        var headlines: [Range<Int>] = []
        var going = true

        mutating func take(_ line: Range<Int>, _ content: Substring) {
            func add(_ kind: Kind, _ range: Range<Int>) {
                found.append(Boilerplate(kind: kind, start: range.lowerBound, end: range.upperBound))
            }
            if headlines.isEmpty, let headline = readAlsoHeadline(content) {
                add(.readAlso(headline: headline), line)
            } else if headlines.isEmpty, let kind = kind(ofTrailing: content) {
                add(kind, line)
            } else if isSectionHeading(content) {
                for piece in headlines + [line] { add(.furniture, piece) }
                headlines = []
            } else if isHeadline(content) {
                headlines.append(line)
            } else {
                going = false
            }
        }
    }

    /// What a trailing paragraph or line is, when it is boilerplate on its own.
    static func kind(ofTrailing content: Substring) -> Kind? {
        if let source = footerSource(content) { return .footer(source: source) }
        if isAppeal(content) { return .appeal }
        if isCorrectionPrompt(content) || PageFurniture.isNavigation(PageFurniture.words(content)) { return .furniture }
        return nil
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
            || lower.hasPrefix("copyright ") && isCopyrightNotice(lower.dropFirst("copyright ".count))
            || hasCopyrightYears(lower) || usageTerms.contains(where: lower.contains) {
            return .some(nil)
        }
        return nil
    }

    /// "Ukrinform © 2007—2025", "Kyiv Post (c) 2025": a copyright sign before a year or a range
    /// of years, anywhere in a short line.
    static func hasCopyrightYears(_ lower: String) -> Bool {
        guard PageFurniture.words(lower).count <= 12 else { return false }
        for sign in ["©", "(c)"] {
            var rest = lower[...]
            while let range = rest.range(of: sign) {
                rest = rest[range.upperBound...]
                let year = rest.drop(while: { $0 == " " }).prefix(4)
                if year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
            }
        }
        return false
    }

    /// What a publisher's terms of reuse say at the foot of every page.
    static let usageTerms = ["hyperlink to", "reproduction in whole or in part", "use of materials",
                             "using materials", "without written permission", "without prior written"]

    /// "To suggest a correction, select the text and press Ctrl + Enter", "Found a typo? ...".
    static func isCorrectionPrompt(_ line: Substring) -> Bool {
        let lower = line.lowercased()
        if lower.contains("ctrl") && lower.contains("enter") { return true }
        let typo = ["typo", "mistake", "error", "inaccuracy", "correction"]
        let prompt = ["to suggest a correction", "found a ", "if you find", "if you found", "if you notice",
                      "if you spot", "spotted a", "spotted an", "report a", "report an", "notice a", "see a"]
        // It asks the reader: a question, or words addressed to them.
        let asks = lower.contains("?") || ["you", "your", "please", "let us know", "select", "highlight", "press",
                                           "click"].contains(where: lower.contains)
        return prompt.contains(where: lower.hasPrefix) && typo.contains(where: lower.contains) && asks
            && PageFurniture.words(line).count <= 30
    }

    /// Headings of the lists a page puts after an article.
    static let sectionHeadings: Set<String> = [
        "popular", "most popular", "most read", "most viewed", "most commented", "related", "related news",
        "related articles", "related stories", "related posts", "related topics", "more news", "more stories",
        "latest", "latest news", "top stories", "top news", "trending", "trending now", "recommended",
        "you may also like", "you might also like", "editor's picks", "editors' picks", "editor’s picks",
        "other news", "news feed", "more on this topic", "more on this story", "see more", "don't miss",
        "don’t miss", "must read", "what to read next", "in other news", "tags", "topics", "read next",
        "read more", "read also", "see also", "also read",
    ]

    /// A heading over a list of headlines: "POPULAR", "Most read", "More from Reuters". Only known
    /// ones: a short line in capitals may be a signature ("NELSON MANDELA") or a table's heading.
    static func isSectionHeading(_ line: Substring) -> Bool {
        let words = PageFurniture.words(line)
        guard !words.isEmpty, words.count <= 6, line.last != "." else { return false }
        let phrase = PageFurniture.phrase(words)
        return sectionHeadings.contains(phrase) || phrase.hasPrefix("more from ") || phrase.hasPrefix("more in ")
    }

    /// A line shaped like a listed headline: a few words on one line, not a sentence ended by a
    /// full stop (a list of links is laid out so).
    static func isHeadline(_ line: Substring) -> Bool {
        let words = PageFurniture.words(line)
        return (2...30).contains(words.count) && line.count <= 250 && !line.contains("\n") && line.last != "."
    }

    /// "Copyright © 2023 ..." or "Copyright 2023 ...", not a sentence about copyright.
    static func isCopyrightNotice(_ rest: Substring) -> Bool {
        let next = rest.prefix(while: { !$0.isWhitespace })
        return next == "©" || next == "(c)" || next.count >= 4 && next.prefix(4).allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Phrases only an appeal to the reader uses.
    static let appealPhrases = ["support us", "become a patron", "sign up for our", "follow us on", "join our",
                                "support independent journalism", "our newsletter", "subscribe to our",
                                "share this article", "share this story", "share on facebook", "share on x",
                                "follow us", "sign up for the", "sign up to our", "delivered to your inbox",
                                "to your inbox", "enter your email", "subscribe to the newsletter",
                                "our telegram channel", "our whatsapp channel", "join us on"]
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
    /// The lines of a paragraph, trimmed of white space, blank ones left out.
    static func lines(in text: [Unicode.Scalar], _ paragraph: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = paragraph.lowerBound
        for i in paragraph.lowerBound...paragraph.upperBound where i == paragraph.upperBound || text[i] == "\n" {
            var s = start, e = i
            while s < e, text[s].properties.isWhitespace { s += 1 }
            while e > s, text[e - 1].properties.isWhitespace { e -= 1 }
            if s < e { result.append(s..<e) }
            start = i + 1
        }
        return result
    }

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
