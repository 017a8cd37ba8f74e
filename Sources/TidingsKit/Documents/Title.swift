/// A title for an article that has none: its first real sentence, shortened at a word boundary.
/// Scraped pages open with furniture (menus, language switchers, bylines, timestamps, datelines,
/// read-time labels, markup debris): the title passes over it.
enum Title {
    static let maxLength = 90
    /// How many sentences are tried before the first one is taken whatever it is.
    static let sentencesTried = 12

    static func fromBody(of article: Article) -> String {
        var first: [Substring]?
        var tried = 0
        for content in article.contentRanges where tried < sentencesTried {
            let head = content.lowerBound..<min(content.upperBound, content.lowerBound + 8 * maxLength)
            for sentence in SentenceSplitter.sentences(in: article.scalars, ranges: [head]) where tried < sentencesTried {
                tried += 1
                let text = article.text(sentence.range)
                if first == nil { first = PageFurniture.words(text) }
                if let words = titleWords(text) { return shortened(words) }
            }
        }
        // Nothing but furniture: the first sentence, whatever it is.
        return first.map(shortened) ?? "(untitled)"
    }

    /// The words of a sentence that can be a title, from its first line that is no furniture
    /// (a sentence may run over lines a page lays out apart: a byline, then the headline) and
    /// with the furniture before them left out; nil when the sentence is all furniture.
    static func titleWords(_ sentence: String) -> [Substring]? {
        let lines = sentence.split(separator: "\n")
        guard let start = lines.firstIndex(where: { PageFurniture.canBeTitle(withoutFurniture(PageFurniture.words($0))) })
        else { return nil }
        let words = withoutFurniture(lines[start...].flatMap(PageFurniture.words))
        return PageFurniture.canBeTitle(words) ? words : nil
    }

    private static func withoutFurniture(_ words: [Substring]) -> [Substring] {
        Array(words.dropFirst(PageFurniture.leadingFurnitureCount(words)))
    }

    static func shortened(_ words: [Substring]) -> String {
        var title = ""
        for word in words {
            if title.count + word.count + 1 > maxLength {
                // A word longer than a title (a link, a run of characters) is cut inside itself.
                return (title.isEmpty ? String(word.prefix(maxLength)) : title) + "…"
            }
            title += title.isEmpty ? String(word) : " " + word
        }
        while let last = title.last, last == "." { title.removeLast() }
        return title.isEmpty ? "(untitled)" : title
    }
}
