/// "1 article", "3 articles": a count with its noun in the right number.
public func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// "1 article matches", "3 articles match": a count as the subject of a verb, given in its
/// singular and plural forms.
func counted(_ count: Int, _ noun: String, _ singularVerb: String, _ pluralVerb: String) -> String {
    counted(count, noun) + " " + (count == 1 ? singularVerb : pluralVerb)
}
