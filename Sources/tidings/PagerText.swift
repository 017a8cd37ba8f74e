#if canImport(Glibc)
import Glibc
#endif
import TidingsKit

/// What `o` gives the pager: the article's file, or for a saved web page its extracted text in a
/// temporary file (the pager shows what the reader shows, not markup), removed afterwards.
enum PagerText {
    /// The file to page, and whether it is a temporary one to remove after the pager.
    static func file(for path: String) -> (path: String, temporary: Bool) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard SavedPage.isPageName(name), let article = try? ArticleReader().read(path: path) else { return (path, false) }
        let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((folder + "/tidings-page-XXXXXX.txt").utf8CString)
        let descriptor = mkstemps(&template, 4)
        guard descriptor >= 0 else { return (path, false) }
        let bytes = Array(article.text.utf8) + [0x0A]
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if n <= 0 { break }
            written += n
        }
        close(descriptor)
        return (String(cString: template), true)
    }
}
