import TidingsKit
import TidingsUI

/// The library as the reader's article store.
final class LibraryStore: ArticleStore {
    let library: Library

    init(_ library: Library) {
        self.library = library
    }

    func entry(path: String) -> CorpusEntry? { library.entry(path: path) }
    func search(_ query: String, limit: Int) -> [String] { library.search(query, limit: limit) }
    func isRead(_ path: String) -> Bool { library.isRead(path) }
    func readArticles() -> Set<String> { library.readArticles() }
    func text(path: String, start: Int, end: Int) -> String? { library.text(path: path, start: start, end: end) }
}
