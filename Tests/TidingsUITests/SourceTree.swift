/// The checkout these tests run from, for files of the source tree (themes, the demo).
enum SourceTree {
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()
}
