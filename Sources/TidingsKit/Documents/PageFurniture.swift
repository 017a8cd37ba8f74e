/// The shapes of the page furniture that scraped news carries around an article: navigation,
/// language switchers, timestamps, read-time labels and markup debris before it; correction
/// prompts, share and newsletter prompts and headline lists after it. Judged by the shape of a
/// line (its words, their case, what kind of token each is), with a few phrases only furniture uses.
enum PageFurniture {
    typealias Words = ArraySlice<Substring>

    static func words(_ line: some StringProtocol) -> [Substring] {
        Substring(line).split(whereSeparator: \.isWhitespace)
    }

    // MARK: Tokens

    /// A word stripped of the punctuation around it, lowercased: "27." -> "27", "(Reuters)" -> "reuters".
    static func bare(_ word: Substring) -> String {
        String(word.drop(while: { !$0.isLetter && !$0.isNumber }).reversed().drop(while: { !$0.isLetter && !$0.isNumber })
            .reversed()).lowercased()
    }

    /// Markup left by a scraper or a separator: `/>`, `-->`, `|`, `•`, `—`.
    static func isDebris(_ word: Substring) -> Bool {
        !word.contains(where: { $0.isLetter || $0.isNumber })
    }

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
    static let clockWords: Set<String> = ["am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "eet", "eest",
                                          "est", "edt", "pst", "pdt", "msk", "updated", "published", "posted",
                                          "last", "at", "on", "ago", "hours", "hour", "minutes", "today", "yesterday"]

    /// A word of a date or a time: `31`, `May`, `2025,`, `21:59`, `10pm`, `2023-06-01`, `Updated`.
    static func isDateOrTime(_ word: Substring) -> Bool {
        let b = bare(word)
        guard !b.isEmpty else { return false }
        if b.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":" || $0 == "-" || $0 == "." || $0 == "/") }) {
            return b.first!.isNumber
        }
        if HeaderDate.month(named: Substring(b)) != nil || weekdays.contains(b) || clockWords.contains(b) { return true }
        // 10pm, 9.30am, 21:59GMT
        for suffix in ["am", "pm", "gmt", "utc"] where b.hasSuffix(suffix) {
            let clock = b.dropLast(suffix.count)
            if let first = clock.first, first.isNumber,
               clock.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":" || $0 == ".") }) { return true }
        }
        return false
    }

    /// How many words of a read-time label start at `words`: `1 MIN READ`, `5 min read`,
    /// `Reading time: 3 minutes`; 0 when none does.
    static func readTimeLength(_ words: Words) -> Int {
        let lower = words.prefix(4).map(bare)
        if lower.count >= 3, Int(lower[0]) != nil, ["min", "mins", "minute", "minutes"].contains(lower[1]),
           lower[2] == "read" {
            return 3
        }
        if lower.count >= 4, lower[0] == "reading", lower[1] == "time", Int(lower[2]) != nil,
           ["min", "mins", "minute", "minutes"].contains(lower[3]) {
            return 4
        }
        return 0
    }

    /// A photo or wire agency's reference number: `epa10678554`, `AFP_33XK7PL`.
    static func isReferenceCode(_ word: Substring) -> Bool {
        let letters = word.filter(\.isLetter).count, digits = word.filter(\.isNumber).count
        return letters > 0 && digits >= 5 && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// A wire agency's mark after a dateline: `/TASS/.`, `(Reuters)`, `(AP)`, `—`.
    static func isAgencyMark(_ word: Substring) -> Bool {
        let trimmed = word.trimmingSuffix(".").trimmingSuffix(",")
        return trimmed.count >= 3 && (trimmed.hasPrefix("/") && trimmed.hasSuffix("/")
            || trimmed.hasPrefix("(") && trimmed.hasSuffix(")") && !trimmed.contains(" "))
    }

    static func isAllCaps(_ word: Substring) -> Bool {
        word.contains(where: \.isLetter) && !word.contains(where: \.isLowercase)
    }

    // MARK: Leading lines

    static let languageWords: Set<String> = [
        "en", "ua", "uk", "ru", "de", "fr", "es", "it", "pl", "pt", "nl", "tr", "ar", "zh", "ja", "ko", "cs", "ro", "hu",
        "be", "ka", "kk", "lt", "lv", "et", "fi", "sv", "no", "da", "el", "he", "fa", "hi", "eng", "ukr", "rus", "deu",
        "english", "українська", "русский", "deutsch", "français", "español", "italiano", "polski", "português",
        "українською", "русском", "english version",
    ]

    /// "ua en ru", "EN | DE | FR", "English Українська".
    static func isLanguageSwitcher(_ words: [Substring]) -> Bool {
        let named = words.filter { !isDebris($0) }
        return named.count >= 2 && named.allSatisfy { languageWords.contains(bare($0)) }
    }

    /// Whole lines only a page's navigation and players say.
    static let navigationLines: Set<String> = [
        "menu", "left menu", "right menu", "main menu", "open menu", "close menu", "toggle navigation", "navigation",
        "skip to content", "skip to main content", "skip to navigation", "search", "sign in", "log in", "login",
        "register", "subscribe", "home", "back", "close", "share", "share this", "share this article", "print",
        "advertisement", "ad", "listen", "listen to this article", "listen to article", "audio version",
        "this audio is created with ai assistance", "this audio is generated with ai assistance",
        "this audio was created with ai assistance", "font size", "text size", "comments", "show comments",
        "breaking news", "live", "latest news", "all news", "news feed", "photo", "video", "gallery",
    ]
    /// Openings of a menu that goes on with its entries: "All Sections World Business ...".
    static let navigationOpenings = ["all sections", "main menu", "all topics", "skip to content"]

    /// The words of `words` joined, lowercased and stripped of sentence punctuation at the ends.
    static func phrase(_ words: some Collection<Substring>) -> String {
        bare(Substring(words.joined(separator: " ")))
    }

    /// A menu's line: a known navigation phrase, a menu opening followed by its entries (capitalized
    /// words, no sentence), or breadcrumbs (`Home › World › Europe`).
    static func isNavigation(_ words: [Substring]) -> Bool {
        guard !words.isEmpty else { return false }
        let whole = phrase(words)
        if navigationLines.contains(whole) { return true }
        let entries = words.filter { !isDebris($0) }
        let capitalized = entries.allSatisfy { $0.first?.isUppercase == true || $0.first?.isNumber == true }
        let endsAsSentence = words.last.map { $0.hasSuffix(".") || $0.hasSuffix("?") || $0.hasSuffix("!") } ?? false
        if capitalized, !endsAsSentence, entries.count <= 20,
           navigationOpenings.contains(where: { whole == $0 || whole.hasPrefix($0 + " ") }) {
            return true
        }
        // Breadcrumbs: three or more short entries between separators.
        let separators = words.filter { ["›", "»", ">", "/", "|", "•", "·"].contains(String($0)) }.count
        return separators >= 2 && capitalized && !endsAsSentence && entries.count <= 3 * (separators + 1)
    }

    /// Section names a menu or a dateline shows, none of them a name of the story's.
    static let sectionNames: Set<String> = ["world", "politics", "business", "economy", "sport", "sports", "tech",
                                            "technology", "science", "health", "culture", "opinion", "news",
                                            "analysis", "lifestyle", "entertainment", "war", "society", "markets"]

    /// A line with nothing but furniture: timestamps, read-time labels, section names, debris
    /// ("31 May 2025, 21:59 | Updated", "February 24, 2025 WORLD 1 MIN READ", "/>"). A date alone
    /// is not ("August 19, 1975" heads a letter), nor a dateline that names a place
    /// ("LONDON 1996-08-30"): they belong to the text.
    static func isTimestampOrLabel(_ words: [Substring]) -> Bool {
        var rest = words[...]
        var marked = false  // a clock time, a label, a section or a separator: more than a date
        guard !rest.isEmpty else { return false }
        while let word = rest.first {
            let label = readTimeLength(rest)
            if label > 0 { rest = rest.dropFirst(label); marked = true; continue }
            if isDebris(word) || sectionNames.contains(bare(word)) && isAllCaps(word) || isClockTime(word) {
                marked = true
            } else if !isDateOrTime(word) {
                return false
            }
            rest = rest.dropFirst()
        }
        return marked
    }

    /// A time of day or a timestamp's word: `21:59`, `10pm`, `Updated`, `GMT`.
    static func isClockTime(_ word: Substring) -> Bool {
        let b = bare(word)
        if b.first?.isNumber == true { return b.contains(":") || b.hasSuffix("am") || b.hasSuffix("pm") }
        return clockWords.contains(b) && !connectives.contains(b)
    }

    /// A line before the article that is page furniture, to be shown dimmed and left out.
    static func isLeadingLine(_ line: some StringProtocol) -> Bool {
        let lineWords = words(line)
        return isLanguageSwitcher(lineWords) || isNavigation(lineWords) || isTimestampOrLabel(lineWords)
    }

    // MARK: Titles

    /// How many leading words of a sentence are furniture that no title keeps: markup debris,
    /// timestamps, a dateline (`MOSCOW, April 27. /TASS/.`), a section and a read-time label
    /// (`February 24, 2025 WORLD 1 MIN READ`), a photo reference (`epa10678554`).
    static func leadingFurnitureCount(_ words: [Substring]) -> Int {
        var i = 0
        var sawDate = false
        while i < words.count {
            let rest = words[i...]
            let label = readTimeLength(rest)
            if label > 0 { i += label; continue }
            let word = words[i]
            if isDebris(word) || isReferenceCode(word) || sawDate && isAgencyMark(word) {
                i += 1
            } else if isDateOrTime(word), sawDate && !connectives.contains(bare(word)) || startsDate(rest) {
                sawDate = true
                i += 1
            } else if isAllCaps(word), word.count >= 2, let next = datelineEnd(rest) {
                // A dateline's place or a section name before a date or a label: `MOSCOW, April 27.`
                i = next
            } else if sawDate, isAllCaps(word), sectionNames.contains(bare(word)) {
                i += 1
            } else {
                break
            }
        }
        return i
    }

    /// Words of timestamps that also join a sentence to its date ("2025 On Monday, troops ..."):
    /// furniture only before a date or a time (`at 21:59`, `on 31 May`).
    static let connectives: Set<String> = ["at", "on", "last", "today", "yesterday"]

    /// Whether a date or a time opens `words`, not a number or a month's name alone ("5 people
    /// were hurt", "May the talks ..."): `May 31`, `31 May`, `2023-06-01`, `21:59`, `10pm`,
    /// `Updated: 12:30`.
    static func startsDate(_ words: Words) -> Bool {
        guard let first = words.first else { return false }
        let b = bare(first)
        if b.contains(":") || b.hasSuffix("am") || b.hasSuffix("pm") { return b.first?.isNumber == true }
        if b.filter(\.isNumber).count >= 6, b.contains("-") || b.contains("/") || b.contains(".") { return true }
        let pair = Array(words.prefix(2))
        guard pair.count == 2, isDateOrTime(pair[1]) else { return false }
        let second = bare(pair[1])
        if b.first?.isNumber == true { return HeaderDate.month(named: Substring(second)) != nil }
        return second.first?.isNumber == true
    }

    /// Where a dateline's place or a section name ends: up to three capitalized words that end
    /// with a comma or stand before a date or a read-time label (`MOSCOW, April 27.`,
    /// `LONDON 1996-08-30`, `WORLD 1 MIN READ`); nil when no date or label follows.
    private static func datelineEnd(_ words: Words) -> Int? {
        var i = words.startIndex
        while i < words.endIndex, i - words.startIndex < 3, isAllCaps(words[i]), !isDateOrTime(words[i]) { i += 1 }
        guard i > words.startIndex, i < words.endIndex else { return nil }
        let rest = words[i...]
        return startsDate(rest) || readTimeLength(rest) > 0 || words[i - 1].hasSuffix(",") && isDateOrTime(words[i])
            ? i : nil
    }

    /// Whether words (furniture already left out) can be a title: a real sentence of at least three
    /// words, not a menu, a language switcher, a timestamp or a byline.
    static func canBeTitle(_ words: [Substring]) -> Bool {
        let named = words.filter { !isDebris($0) }
        guard named.count >= 3 else { return false }
        if isLanguageSwitcher(words) || isNavigation(words) || isTimestampOrLabel(words) { return false }
        // A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
        if bare(named[0]) == "by", named.count <= 8, named.dropFirst().allSatisfy({ $0.first?.isUppercase == true || bare($0) == "and" }) {
            return false
        }
        // A name with a timestamp: "Nick Abbot 10pm - 1am 31 May 2025, 21:59 | Updated".
        let timed = named.filter(isDateOrTime)
        return !(timed.filter({ $0.contains(where: \.isNumber) }).count >= 2 && named.count - timed.count <= 3)
    }
}
