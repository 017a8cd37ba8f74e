import Glibc
import TidingsKit
import XCTest

/// A process the library tests start: the real `tidings` binary, or a holder of a lock.
final class ChildProcess {
    let pid: pid_t
    private let output: Int32

    /// Runs `command` in the shell with its standard output and error on a pipe.
    init?(shell command: String, environment: [String: String] = [:]) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        posix_spawn_file_actions_adddup2(&actions, ends[1], 2)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        var env = LibraryLocations.processEnvironment()
        for (key, value) in environment { env[key] = value }
        let arguments: [String] = ["/bin/sh", "-c", command]
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child = pid_t()
        guard posix_spawn(&child, "/bin/sh", &actions, nil, argv, envp) == 0 else { return nil }
        close(ends[1])
        pid = child
        output = ends[0]
    }

    deinit { close(output) }

    /// Reads output until `text` appears or the deadline passes; returns what was read.
    func read(until text: String? = nil, seconds: Double = 30) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let deadline = time(nil) + Int(seconds.rounded(.up))
        while time(nil) <= deadline {
            var fd = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            guard poll(&fd, 1, 100) > 0 else { continue }
            let n = Glibc.read(output, &buffer, buffer.count)
            if n <= 0 { break }
            bytes += buffer[0..<n]
            if let text, String(decoding: bytes, as: UTF8.self).contains(text) { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Waits for the exit; the exit status, or 128 + the signal.
    func wait() -> Int32 {
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    func kill(signal: Int32 = SIGKILL) {
        Glibc.kill(pid, signal)
        _ = wait()
    }

    /// `text` quoted for the shell.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The `tidings` binary built beside the test bundle.
    static var tidingsBinary: String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        let exe = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var folder = String(exe[..<exe.lastIndex(of: "/")!])
        if folder.hasSuffix(".xctest/Contents/MacOS") { folder = String(folder.dropLast(".xctest/Contents/MacOS".count)) }
        let binary = folder + "/tidings"
        return access(binary, X_OK) == 0 ? binary : nil
    }

    /// A `sqlite3` process holding an exclusive lock on `database` until killed.
    static func holdingExclusiveLock(on database: String) -> ChildProcess? {
        guard access("/usr/bin/sqlite3", X_OK) == 0 else { return nil }
        let script = "(echo 'PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM files;'; "
            + "echo '.print locked'; sleep 60) | exec /usr/bin/sqlite3 '\(database)'"
        guard let child = ChildProcess(shell: script) else { return nil }
        return child.read(until: "locked", seconds: 10).contains("locked") ? child : nil
    }
}

