#if canImport(Glibc)
import Glibc
#endif
import TidingsKit

/// A large corpus made deterministically from a smaller one: each article is a source article
/// with its date shifted, its names swapped for those of a donor article, and its last sentence
/// replaced by the donor's last, so no two files are identical copies while their sizes, and how
/// many names and dates they hold, stay those of the source (growth is measured on like text).
enum ScaleCorpus {
    /// Changes whenever the articles made change, so that an older corpus is not reused.
    static let version = 4

    /// The folder holding `count` articles made from `source`; made once and reused.
    static func folder(count: Int, from source: BenchCorpus) throws -> String {
        let folder = "/tmp/tidings-bench-scale-\(version)-\(count)-from-\(source.files.count)"
        let marker = folder + "/.complete"
        if access(marker, F_OK) == 0 { return folder }
        _ = Shell.run("rm", ["-rf", folder])
        guard mkdir(folder, 0o755) == 0 else { throw BenchError("cannot make \(folder)") }
        let articles = source.articles
        let names = articles.map(capitalizedWords)
        var months = Set<String>()
        for index in 0..<count {
            let base = articles[index % articles.count]
            let donorIndex = (index &* 7919 &+ 13) % articles.count
            let round = index / articles.count
            let date = base.date.adding(days: round * 400)
            let month = String(date.iso.prefix(7))
            if months.insert(month).inserted { mkdir(folder + "/" + month, 0o755) }
            let text = compose(base: base, donor: articles[donorIndex], donorNames: names[donorIndex],
                               date: date, round: round)
            let path = folder + "/" + month + "/" + date.iso + "-" + pad(index, 6) + ".txt"
            guard write(text, to: path) else { throw BenchError("cannot write \(path)") }
        }
        guard write("", to: marker) else { throw BenchError("cannot write \(marker)") }
        return folder
    }

    /// The base article's body, its names swapped (after the first round), its last sentence
    /// replaced by the donor's last: new text of about the same length as the original. A
    /// capitalized word opening a sentence is an ordinary word as often as not, and a first
    /// sentence carries the dateline: neither is taken, so the text stays like the source's.
    static func compose(base: Article, donor: Article, donorNames: [String], date: CalendarDate, round: Int) -> String {
        let baseSentences = SentenceSplitter.sentences(in: base.scalars, ranges: base.contentRanges)
        let end = baseSentences.count >= 2 ? baseSentences[baseSentences.count - 1].start : base.bodyRange.upperBound
        let kept = base.bodyRange.lowerBound..<max(base.bodyRange.lowerBound, end)
        var body = ""
        var nameIndex = 0
        var cursor = kept.lowerBound
        for token in names(in: base, sentences: baseSentences, range: kept) {
            body += base.text(cursor..<token.range.lowerBound)
            if round > 0, !donorNames.isEmpty {
                body += donorNames[(nameIndex + round) % donorNames.count]
                nameIndex += 1
            } else {
                body += base.text(token.range)
            }
            cursor = token.range.upperBound
        }
        body += base.text(cursor..<kept.upperBound)
        let donorSentences = SentenceSplitter.sentences(in: donor.scalars, ranges: donor.contentRanges)
        if let last = donorSentences.last { body += donor.text(last.range) + "\n" }
        let title = round == 0 ? base.title : base.title + " (\(round + 1))"
        return "date \(date.iso)\ntitle \(title)\nsource \(base.source ?? "Reuters")\n\n" + body
    }

    /// A capitalized word of four letters or more, not all capitals (a name, more often than not),
    /// and not a month or a weekday, so that the articles keep their dates.
    static func isName(_ token: Token, in scalars: [Unicode.Scalar]) -> Bool {
        guard token.kind == .word, token.length >= 4, CharacterClass.isUpper(scalars[Int(token.start)]),
              scalars[token.range].dropFirst().allSatisfy(CharacterClass.isLower) else { return false }
        return !calendarWords.contains(String(String.UnicodeScalarView(scalars[token.range])))
    }

    static let calendarWords: Set<String> = [
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
        "December", "Sept", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]

    /// The names an article gives a donor.
    static func capitalizedWords(_ article: Article) -> [String] {
        let sentences = SentenceSplitter.sentences(in: article.scalars, ranges: article.contentRanges)
        return names(in: article, sentences: sentences, range: article.bodyRange).map { article.text($0.range) }
    }

    /// The names in `range` of an article: its capitalized words that do not open a sentence.
    static func names(in article: Article, sentences: [Sentence], range: Range<Int>) -> [Token] {
        let sentenceStarts = Set(sentences.map(\.start))
        return Tokenizer.tokenize(article.scalars, ranges: [range])
            .filter { isName($0, in: article.scalars) && !sentenceStarts.contains($0.range.lowerBound) }
    }

    static func write(_ text: String, to path: String) -> Bool {
        guard let file = fopen(path, "w") else { return false }
        defer { fclose(file) }
        let bytes = Array(text.utf8)
        return bytes.isEmpty || fwrite(bytes, 1, bytes.count, file) == bytes.count
    }
}
