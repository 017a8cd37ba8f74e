import TidingsKit

/// What `f` narrows the article list to: terms that must all hold. `@name` an entity (its name
/// runs over the words that follow, as long as they still name one), `2023-11-01..2023-11-30`,
/// `2023-11` or `2023` a date range (`2023-11-01..` from a day on, `..2023-11-30` up to one), `~`
/// the story of the event chosen in the timeline, any other word text in the title or source
/// (ignoring case).
public struct ListFilter: Equatable, Sendable {
    public enum Term: Equatable, Sendable {
        case entity(String)
        /// Day numbers, both included; an open end is `Int.min` or `Int.max`.
        case dates(ClosedRange<Int>)
        case text(String)
        /// The articles of a story, by one of its events, and what the story is about.
        case story(event: String, name: String)
    }

    /// Why typed text is no filter.
    public struct Problem: Error, Equatable, Sendable {
        public var text: String
    }

    public var terms: [Term]

    public init(terms: [Term]) {
        self.terms = terms
    }

    /// Reads a filter; nil for blank input. `namesEntity` tells whether a name names an entity of
    /// the corpus, so that `@Teodor Lind dam` is the entity Teodor Lind and the word dam; `story`
    /// gives the event chosen in the timeline and its story's name, for `~`.
    public static func parse(_ input: String, namesEntity: (String) -> Bool = { _ in true },
                             story: () -> (event: String, name: String)? = { nil }) throws(Problem) -> ListFilter? {
        var terms: [Term] = []
        var words = input.split(whereSeparator: \.isWhitespace).map(String.init)[...]
        while let word = words.popFirst() {
            if word.hasPrefix("@") {
                // The name: the words up to the next term, less those at its end that name nobody.
                var name = [String(word.dropFirst())]
                while let next = words.first, !next.hasPrefix("@"), !looksLikeDate(next) { name.append(words.removeFirst()) }
                var kept = name.count
                while kept > 1, !namesEntity(name.prefix(kept).joined(separator: " ")) { kept -= 1 }
                if !namesEntity(name.prefix(kept).joined(separator: " ")) { kept = name.count }
                guard !name[0].isEmpty else { throw Problem(text: "@ needs a name after it") }
                terms.append(.entity(name.prefix(kept).joined(separator: " ")))
                terms += name.dropFirst(kept).map(Term.text)
            } else if word == "~" {
                guard let story = story() else { throw Problem(text: "~ is the story of an event: choose one in the timeline") }
                terms.append(.story(event: story.event, name: story.name))
            } else if looksLikeDate(word) {
                terms.append(.dates(try dates(word)))
            } else {
                terms.append(.text(word))
            }
        }
        return terms.isEmpty ? nil : ListFilter(terms: terms)
    }

    /// A year first (`2023`, `2023-11-30`, `2023-W47`) or an open start (`..2023`): meant as a date,
    /// so one that does not exist is an error rather than text that matches nothing.
    static func looksLikeDate(_ word: String) -> Bool {
        if word.hasPrefix("..") { return true }
        let head = word.prefix(4)
        return head.count == 4 && head.allSatisfy(\.isASCII) && head.allSatisfy(\.isNumber)
            && (word.count == 4 || word.dropFirst(4).hasPrefix("-") || word.dropFirst(4).hasPrefix(".."))
    }

    private static func dates(_ word: String) throws(Problem) -> ClosedRange<Int> {
        let ends = word.components(separatedBy: "..")
        guard ends.count <= 2 else { throw Problem(text: "not a date range: \(word)") }
        let open = ends.count == 2
        func day(_ text: String, start: Bool) throws(Problem) -> Int {
            if text.isEmpty, open { return start ? Int.min : Int.max }
            guard let span = TimeSpan(value: text) else { throw Problem(text: "not a date: \(text) (2023-11-30, 2023-11, 2023)") }
            return start ? span.startDay : span.endDay - 1
        }
        let from = try day(ends[0], start: true)
        let to = try day(ends[ends.count - 1], start: false)
        guard from != Int.min || to != Int.max else { throw Problem(text: "a date range needs a start or an end") }
        guard from <= to else { throw Problem(text: "\(word) ends before it starts") }
        return from...to
    }

    /// The names of its entity terms.
    var entityNames: [String] {
        terms.compactMap { if case .entity(let name) = $0 { name } else { nil } }
    }

    /// The event of its story term.
    var storyEvent: String? {
        terms.lazy.compactMap { if case .story(let event, _) = $0 { event } else { nil } }.first
    }

    public var label: String {
        terms.map { term in
            switch term {
            case .entity(let name): "@" + name
            case .dates(let range):
                (range.lowerBound == Int.min ? "" : CalendarDate(dayNumber: range.lowerBound).iso) + ".."
                    + (range.upperBound == Int.max ? "" : CalendarDate(dayNumber: range.upperBound).iso)
            case .text(let text): text
            case .story(_, let name): "story: " + name
            }
        }.joined(separator: " ")
    }

    /// Whether the article of `summary` passes every term; `naming` holds, for each entity name
    /// of the filter, the paths of the articles naming an entity like it
    /// (`Timeline.articles(namingEntityLike:)`: the list's rows leave entities to the timeline),
    /// and `story` the paths of the story's articles.
    public func matches(_ summary: ArticleSummary, naming: [String: Set<String>], story: Set<String> = []) -> Bool {
        terms.allSatisfy { term in
            switch term {
            case .entity(let name):
                return naming[name]?.contains(summary.path) ?? false
            case .dates(let range):
                return range.contains(summary.date.dayNumber)
            case .text(let text):
                let needle = text.lowercased()
                return summary.title.lowercased().contains(needle) || (summary.source?.lowercased().contains(needle) ?? false)
            case .story:
                return story.contains(summary.path)
            }
        }
    }
}

extension String {
    func trimmed() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
