/// Units of time that expressions count in.
enum TimeUnit: Int16 {
    case minute, hour, day, week, weekend, fortnight, month, quarter, half, year, decade, century
}

/// Seasons, in calendar order from spring.
enum Season: Int16 {
    case spring, summer, fall, winter

    var code: String { ["SP", "SU", "FA", "WI"][Int(rawValue)] }

    /// The season a month falls in (December to February is winter).
    static func of(month: Int) -> Season {
        switch month {
        case 3...5: return .spring
        case 6...8: return .summer
        case 9...11: return .fall
        default: return .winter
        }
    }
}

/// Parts of a day with a TIMEX3 code, and the clock hours that stand for themselves.
enum PartOfDay: Int16 {
    case morning, afternoon, evening, night, noon, midnight

    var code: String { ["MO", "AF", "EV", "NI", "12:00", "24:00"][Int(rawValue)] }
    var isClock: Bool { self == .noon || self == .midnight }
}

/// Single words with their own role in time expressions.
enum Keyword: Int16 {
    case the, this, that, these, last, next, past, coming, previous, following, current, latest, same
    case ago, earlier, later, early, late, mid, middle, end, beginning, start, close, of, `in`, on, at, by
    case since, until, from, to, and, or, before, after, prior, around, about, nearly, almost, approximately
    case roughly, some, more, than, every, each, per, a, an, fiscal, today, tonight, yesterday, tomorrow
    case now, currently, recently, recent, previously, formerly, lately, nowadays, soon, future, present
    case near, term, short, long, time, times, moment, once, then, period, possessive, oclock, am, pm
    case zone, local, new, eve, day, daily, weekly, monthly, yearly, annually, quarterly, hourly, nightly
    case so, or_so, within, over, during, for_, year_end, calendar, first, full, second_, couple, several, few
    case decades, hence, from_now, another, week, century, hrs
}

/// Named days of the year.
enum Holiday: Int16 {
    case christmas, thanksgiving, halloween, easter, newYear, independence, labor, memorial, valentine, election
}

/// What a word means to the temporal grammar.
struct TemporalWord: Equatable {
    enum Kind: UInt8 {
        case none, month, weekday, season, unit, cardinal, ordinal, decade, partOfDay, keyword, holiday
    }

    var kind: Kind
    var value: Int16

    static let none = TemporalWord(kind: .none, value: 0)

    func `is`(_ keyword: Keyword) -> Bool { kind == .keyword && value == keyword.rawValue }
    var keyword: Keyword? { kind == .keyword ? Keyword(rawValue: value) : nil }
    var unit: TimeUnit? { kind == .unit ? TimeUnit(rawValue: value) : nil }
}

/// The temporal vocabulary, keyed by a 64-bit hash of a word's lowercase ASCII letters so that
/// looking a token up never builds a string. With a few hundred entries a false hit on another
/// word is too unlikely to matter (about 1 in 10^16 per token).
enum TemporalLexicon {
    static let longestWord = 13

    /// Words longer than this (with periods) are no time words and get no hash.
    static let longestHashed = longestWord + 4

    static func word(hash: UInt64?) -> TemporalWord {
        guard let hash else { return .none }
        return table[hash] ?? .none
    }

    /// FNV-1a over lowercase ASCII, periods left out (`Nov.`, `a.m.`); nil for other scalars.
    @inline(__always)
    static func hash(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> UInt64? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in range {
            var v = scalars[k].value
            if v == 0x2E { continue }
            if v == 0x2019 { v = 0x27 }
            guard v < 0x80 else { return nil }
            if v >= 0x41 && v <= 0x5A { v |= 0x20 }
            h = (h ^ UInt64(v)) &* 0x100_0000_01B3
        }
        return h
    }

    static func hash(_ word: String) -> UInt64 {
        let scalars = Array(word.unicodeScalars)
        return scalars.withUnsafeBufferPointer { hash($0, 0..<$0.count)! }
    }

    static let table: [UInt64: TemporalWord] = {
        var table: [UInt64: TemporalWord] = [:]
        func add(_ words: [String], _ kind: TemporalWord.Kind, _ value: Int16) {
            for word in words { table[hash(word)] = TemporalWord(kind: kind, value: value) }
        }
        let months = [["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
                      ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"],
                      ["october", "oct"], ["november", "nov"], ["december", "dec"]]
        for (n, names) in months.enumerated() { add(names, .month, Int16(n + 1)) }
        let weekdays = [["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"],
                        ["thursday", "thu", "thur", "thurs"], ["friday", "fri"], ["saturday", "sat"],
                        ["sunday", "sun"]]
        for (n, names) in weekdays.enumerated() { add(names, .weekday, Int16(n + 1)) }
        add(["spring"], .season, Season.spring.rawValue)
        add(["summer"], .season, Season.summer.rawValue)
        add(["fall", "autumn"], .season, Season.fall.rawValue)
        add(["winter"], .season, Season.winter.rawValue)
        let units: [([String], TimeUnit)] = [
            (["minute", "minutes"], .minute), (["hour", "hours"], .hour), (["day", "days"], .day),
            (["week", "weeks"], .week), (["weekend", "weekends"], .weekend), (["fortnight"], .fortnight),
            (["month", "months"], .month), (["quarter", "quarters"], .quarter), (["half"], .half),
            (["year", "years"], .year), (["decade", "decades"], .decade), (["century", "centuries"], .century),
        ]
        for (names, unit) in units { add(names, .unit, unit.rawValue) }
        let cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                         "nineteen", "twenty"]
        for (n, word) in cardinals.enumerated() { add([word], .cardinal, Int16(n)) }
        let tens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (n, word) in tens.enumerated() { add([word], .cardinal, Int16(30 + 10 * n)) }
        add(["hundred"], .cardinal, 100)
        add(["thousand"], .cardinal, 1000)
        add(["dozen"], .cardinal, 12)
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                        "seventeenth", "eighteenth", "nineteenth", "twentieth"]
        for (n, word) in ordinals.enumerated() { add([word], .ordinal, Int16(n + 1)) }
        add(["thirtieth"], .ordinal, 30)
        let decades = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
        for (n, word) in decades.enumerated() { add([word], .decade, Int16(2 + n)) }
        add(["morning"], .partOfDay, PartOfDay.morning.rawValue)
        add(["afternoon", "midafternoon"], .partOfDay, PartOfDay.afternoon.rawValue)
        add(["evening"], .partOfDay, PartOfDay.evening.rawValue)
        add(["night"], .partOfDay, PartOfDay.night.rawValue)
        add(["noon", "midday"], .partOfDay, PartOfDay.noon.rawValue)
        add(["midnight"], .partOfDay, PartOfDay.midnight.rawValue)
        let holidays: [([String], Holiday)] = [
            (["christmas", "xmas"], .christmas), (["thanksgiving"], .thanksgiving), (["halloween"], .halloween),
            (["easter"], .easter), (["valentine"], .valentine), (["election"], .election),
            (["labor", "labour"], .labor), (["memorial"], .memorial), (["independence"], .independence),
        ]
        for (names, holiday) in holidays { add(names, .holiday, holiday.rawValue) }
        let keywords: [(String, Keyword)] = [
            ("the", .the), ("this", .this), ("that", .that), ("these", .these), ("those", .these), ("last", .last),
            ("next", .next), ("past", .past), ("coming", .coming), ("previous", .previous),
            ("preceding", .previous), ("prior", .prior), ("following", .following), ("current", .current),
            ("latest", .latest), ("same", .same), ("ago", .ago), ("earlier", .earlier), ("later", .later),
            ("early", .early), ("late", .late), ("mid", .mid), ("middle", .middle), ("end", .end),
            ("beginning", .beginning), ("start", .start), ("close", .close), ("of", .of), ("in", .in), ("on", .on),
            ("at", .at), ("by", .by), ("since", .since), ("until", .until), ("till", .until), ("from", .from),
            ("to", .to), ("and", .and), ("or", .or), ("before", .before), ("after", .after), ("around", .around),
            ("about", .about), ("nearly", .nearly), ("almost", .almost), ("approximately", .approximately),
            ("roughly", .roughly), ("some", .some), ("more", .more), ("than", .than), ("every", .every),
            ("each", .each), ("per", .per), ("a", .a), ("an", .an), ("fiscal", .fiscal), ("fy", .fiscal),
            ("today", .today), ("tonight", .tonight), ("yesterday", .yesterday), ("tomorrow", .tomorrow), ("now", .now),
            ("currently", .currently), ("recently", .recently), ("recent", .recent), ("previously", .previously),
            ("formerly", .formerly), ("lately", .lately), ("nowadays", .nowadays), ("soon", .soon),
            ("future", .future), ("present", .present), ("near", .near), ("term", .term), ("short", .short),
            ("long", .long), ("time", .time), ("times", .times), ("moment", .moment), ("once", .once),
            ("then", .then), ("period", .period), ("'s", .possessive), ("o'clock", .oclock), ("am", .am),
            ("pm", .pm), ("est", .zone), ("edt", .zone), ("cst", .zone), ("cdt", .zone), ("pst", .zone),
            ("pdt", .zone), ("mst", .zone), ("mdt", .zone), ("gmt", .zone), ("utc", .zone), ("bst", .zone),
            ("cet", .zone), ("local", .local), ("new", .new), ("eve", .eve), ("daily", .daily),
            ("weekly", .weekly), ("monthly", .monthly), ("yearly", .yearly), ("annually", .annually),
            ("annual", .yearly), ("quarterly", .quarterly), ("hourly", .hourly), ("nightly", .nightly),
            ("so", .so), ("within", .within), ("over", .over), ("during", .during), ("for", .for_),
            ("calendar", .calendar), ("full", .full), ("couple", .couple), ("several", .several), ("few", .few),
            ("hence", .hence), ("another", .another), ("hrs", .hrs),
        ]
        for (word, keyword) in keywords { add([word], .keyword, keyword.rawValue) }
        return table
    }()
}
