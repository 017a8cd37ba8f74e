#if canImport(Glibc)
import Glibc
#endif

// Glibc's module leaves out the X/Open pseudo-terminal calls; their C signatures are plain.
@_silgen_name("posix_openpt") private func openMaster(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func grantMaster(_ fd: Int32) -> Int32
@_silgen_name("unlockpt") private func unlockMaster(_ fd: Int32) -> Int32
@_silgen_name("ptsname") private func slaveName(_ fd: Int32) -> UnsafeMutablePointer<CChar>?

/// A program running on a pseudo-terminal of a given size: keys go in, the bytes it paints come
/// out, as a user's terminal would see them.
final class PseudoTerminal {
    let master: Int32
    let pid: pid_t
    private var pending: [UInt8] = []

    init(program: String, arguments: [String], environment: [String], width: Int, height: Int) throws {
        master = openMaster(O_RDWR | O_NOCTTY)
        guard master >= 0, grantMaster(master) == 0, unlockMaster(master) == 0, let name = slaveName(master) else {
            throw BenchError("cannot open a pseudo-terminal")
        }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slave = String(cString: name)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)
        // `setsid --ctty` gives the program a session of its own with this terminal controlling it,
        // so hang-ups and job control work as under a real terminal.
        let setsid = "/usr/bin/setsid"
        let argv: [UnsafeMutablePointer<CChar>?] = ([setsid, "--ctty", program] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child = pid_t()
        guard posix_spawn(&child, setsid, &actions, nil, argv, envp) == 0 else {
            throw BenchError("cannot run \(program)")
        }
        pid = child
    }

    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress!, $0.count) }
    }

    /// Reads until `marker` has come out; returns the bytes before it, or nil after `timeout`
    /// seconds.
    func read(until marker: [UInt8], timeout: Double) -> [UInt8]? {
        let deadline = BenchClock.now() + timeout
        while true {
            if let range = find(marker, in: pending) {
                let before = Array(pending[..<range.lowerBound])
                pending.removeSubrange(..<range.upperBound)
                return before
            }
            let left = deadline - BenchClock.now()
            guard left > 0 else { return nil }
            var fd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&fd, 1, Int32(min(left, 1) * 1000) + 1) >= 0 else { return nil }
            guard fd.revents != 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            let n = Glibc.read(master, &buffer, buffer.count)
            if n <= 0 { return nil }
            pending += buffer[0..<n]
        }
    }

    private func find(_ needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<start + needle.count]) == needle { return start..<start + needle.count }
        }
        return nil
    }

    /// Ends the program and waits for it.
    func close() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        Glibc.close(master)
    }
}
