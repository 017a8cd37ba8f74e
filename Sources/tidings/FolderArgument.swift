#if canImport(Glibc)
import Glibc
#endif

/// The FOLDER argument of the reader, `timeline` and `index`: what is wrong with it, in words,
/// before any work starts; every command says it alike.
enum FolderArgument {
    /// nil when `path` is a folder; else the line to print (`PATH: not a folder (it does not exist)`).
    static func problem(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR: return "\(path): not a folder (it does not exist)"
            case EACCES, EPERM: return "\(path): permission denied"
            default: return "\(path): " + String(cString: strerror(code))
            }
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return "\(path): not a folder" }
        // Listing a folder takes reading it and entering it.
        return access(path, R_OK | X_OK) == 0 ? nil : "\(path): permission denied"
    }
}
