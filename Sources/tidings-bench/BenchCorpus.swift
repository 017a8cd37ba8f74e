#if canImport(Glibc)
import Glibc
#endif
import TidingsKit

/// The Reuters corpus unpacked into a temporary folder, and its articles read once.
final class BenchCorpus {
    let folder: String
    let files: [FolderScanner.File]
    private(set) lazy var articles: [Article] = files.compactMap {
        try? ArticleReader().readWithStamp(rawPath: $0.rawPath).article
    }
    /// Total bytes of the files.
    let bytes: Int
    /// Whether `folder` was unpacked here, and is removed with this.
    private let unpacked: Bool

    /// `source` is the corpus tarball or a folder of articles.
    init(source: String) throws {
        if source.hasSuffix(".tar.gz") || source.hasSuffix(".tgz") {
            var template = Array("/tmp/tidings-bench-XXXXXX".utf8CString)
            guard mkdtemp(&template) != nil else { throw BenchError("cannot make a temporary folder") }
            let temp = String(cString: template)
            guard Shell.run("tar", ["xzf", source, "-C", temp]) == 0 else { throw BenchError("cannot unpack \(source)") }
            folder = temp
            unpacked = true
        } else {
            folder = source
            unpacked = false
        }
        files = FolderScanner.scan(folder).files
        guard !files.isEmpty else { throw BenchError("no articles in \(source)") }
        bytes = files.reduce(0) { total, file in
            var info = stat()
            return total + (stat(file.rawPath, &info) == 0 ? Int(info.st_size) : 0)
        }
    }

    deinit {
        if unpacked { _ = Shell.run("rm", ["-rf", folder]) }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs a program and waits for it.
enum Shell {
    static func run(_ program: String, _ arguments: [String]) -> Int32 {
        var pid = pid_t()
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawnp(&pid, program, nil, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return status
    }
}
