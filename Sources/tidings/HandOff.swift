#if canImport(Glibc)
import Glibc
#endif

/// Giving the terminal to another program (pager, editor, browser) and copying through it.
enum HandOff {
    /// Runs `$VARIABLE FILE` through the shell (so `PAGER="less -R"` works), the shell replaced
    /// by the program so that a signal meant for it reaches it, and waits for it. Returns a
    /// message when the variable is unset or the program fails.
    static func run(variable: String, fallback: String?, argument: String) -> String? {
        let command = getenv(variable).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? fallback
        guard let command else { return "$\(variable) is not set" }
        let words: [String] = ["/bin/sh", "-c", "exec " + command + " \"$1\"", "sh", argument]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The reader ignores Ctrl-C and Ctrl-Z while the program runs, and SIGPIPE always; an
        // ignored signal stays ignored across exec, so the program gets the default actions back.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTSTP, SIGPIPE] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        var pid = pid_t()
        guard posix_spawn(&pid, "/bin/sh", nil, &attributes, argv, environ) == 0 else { return "cannot run \(command)" }
        TerminalSignals.handOffChild = pid
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        TerminalSignals.handOffChild = 0
        return status == 0 ? nil : "\(command) exited with status \(status >> 8)"
    }

    /// OSC 52: the terminal (or the one at the far end of an SSH session) puts text on the
    /// clipboard. Inside tmux the plain sequence is for tmux itself (`set-clipboard on`: its
    /// buffer, passed on to the outer terminal), and a wrapped copy goes through to the outer
    /// terminal where tmux allows passthrough; tmux drops whichever its settings refuse.
    static func clipboardSequence(_ text: String) -> [UInt8] {
        let osc = "\u{1B}]52;c;" + base64(Array(text.utf8)) + "\u{07}"
        guard getenv("TMUX") != nil else { return Array(osc.utf8) }
        return Array((osc + "\u{1B}Ptmux;" + osc.replacingEscapes() + "\u{1B}\\").utf8)
    }

    static func base64(_ bytes: [UInt8]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b0 = Int(bytes[i]), b1 = i + 1 < bytes.count ? Int(bytes[i + 1]) : 0, b2 = i + 2 < bytes.count ? Int(bytes[i + 2]) : 0
            out.append(table[b0 >> 2])
            out.append(table[((b0 & 3) << 4) | (b1 >> 4)])
            out.append(i + 1 < bytes.count ? table[((b1 & 15) << 2) | (b2 >> 6)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? table[b2 & 63] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

private extension String {
    /// tmux passthrough doubles every ESC inside the wrapped sequence.
    func replacingEscapes() -> String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar == "\u{1B}" { out += "\u{1B}\u{1B}" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
