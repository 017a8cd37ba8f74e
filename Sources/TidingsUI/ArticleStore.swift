import TidingsKit

/// Where the reader gets what it does not keep in memory: an article's text and analysis,
/// corpus search, and the user's read marks (the library, in the reader).
public protocol ArticleStore: AnyObject, Sendable {
    func entry(path: String) -> CorpusEntry?
    /// Paths of the articles that match a query, best first.
    func search(_ query: String, limit: Int) -> [String]
    func isRead(_ path: String) -> Bool
    /// The paths of the articles marked read: the list learns them at once when it loads.
    func readArticles() -> Set<String>
    /// A piece of an article's text by scalar offsets (an event's sentence, for a timeline that
    /// keeps none), cheaper than its whole entry.
    func text(path: String, start: Int, end: Int) -> String?
}

/// What the reader asks its host to do outside the screen.
public enum Effect: Equatable, Sendable {
    case quit
    /// Repaint every cell, the terminal may have been disturbed.
    case redraw
    /// Put text on the clipboard through the terminal.
    case copy(String)
    case page(path: String)
    case edit(path: String)
    case browse(url: String)
    case setRead(path: String, read: Bool)
    /// The article the reader shows now, for the next start.
    case opened(path: String)
}
