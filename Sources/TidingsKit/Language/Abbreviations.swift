/// Words that take a period without ending a sentence.
public enum Abbreviations {
    /// Titles before a name: a period after them never ends a sentence.
    public static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "reps", "lt", "gen", "col", "maj", "capt",
        "sgt", "cpl", "adm", "cmdr", "cmdt", "rev", "hon", "pres", "supt", "det", "insp", "atty", "st",
        "mt", "ft", "fr", "msgr", "gens", "sens", "govs", "amb", "brig", "pvt", "messrs", "mme", "mlle",
    ]

    /// Month abbreviations: "Nov. 28" never ends a sentence at the period.
    public static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Other abbreviations that usually sit inside a sentence.
    public static let inner: Set<String> = [
        "no", "nos", "vs", "v", "etc", "approx", "est", "dept", "univ", "assn", "bros", "ave", "blvd",
        "rd", "fig", "figs", "vol", "vols", "pp", "op", "cf", "al", "ca", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "jr", "sr", "inc", "corp", "co", "ltd", "plc",
        "cos", "mln", "bln", "pct", "dlrs", "yr", "yrs", "mos", "min", "max", "natl", "intl",
    ]

    /// Abbreviations that may also end a sentence ("... bought by Acme Inc. The deal ...").
    public static let mayEnd: Set<String> = ["inc", "corp", "co", "ltd", "plc", "cos", "jr", "sr", "etc", "bros"]

    public static func isAbbreviation(_ lowercased: String) -> Bool {
        titles.contains(lowercased) || months.contains(lowercased) || inner.contains(lowercased)
    }

    /// Words that commonly open a sentence; after an ambiguous abbreviation they signal a break.
    public static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "this",
        "that", "these", "those", "there", "its", "his", "her", "their", "our", "if", "when", "while",
        "as", "at", "for", "after", "before", "however", "meanwhile", "also", "some", "one", "no",
    ]
}
