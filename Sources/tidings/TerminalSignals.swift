#if canImport(Glibc)
import Glibc
#endif

/// Signals the reader cares about, turned into bytes on a pipe the event loop polls: a handler
/// may only write to a descriptor.
enum TerminalSignals {
    nonisolated(unsafe) private static var writeEnd: Int32 = -1
    private(set) nonisolated(unsafe) static var readEnd: Int32 = -1
    /// The program the terminal is handed to (a pager, an editor), 0 when none: a hang-up or
    /// SIGTERM is passed on to it, so that the reader, waiting for it, ends within a second too.
    nonisolated(unsafe) static var handOffChild: pid_t = 0

    static let watched: [Int32] = [SIGWINCH, SIGHUP, SIGTERM, SIGINT, SIGTSTP, SIGCONT]

    static func install() {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readEnd = fds[0]
        writeEnd = fds[1]
        signal(SIGPIPE, SIG_IGN)
        for number in watched { handle(number) }
    }

    static func handle(_ number: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in
            var byte = UInt8(truncatingIfNeeded: number)
            _ = write(TerminalSignals.writeEnd, &byte, 1)
            let child = TerminalSignals.handOffChild
            if child > 0, number == SIGTERM || number == SIGHUP { kill(child, number) }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(number, &action, nil)
    }

    /// The signals that arrived since the last call.
    static func drain() -> [Int32] {
        var received: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let n = read(readEnd, &buffer, buffer.count)
            if n <= 0 { break }
            received += buffer[0..<n].map { Int32($0) }
        }
        return received
    }

    /// Stops the process the way the shell expects (Ctrl-Z), with the default action.
    static func stopSelf() {
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        handle(SIGTSTP)
    }

    /// While another program has the terminal, Ctrl-C and Ctrl-Z are its own.
    static func ignoreInterrupts(_ ignore: Bool) {
        for number in [SIGINT, SIGTSTP] {
            if ignore { signal(number, SIG_IGN) } else { handle(number) }
        }
    }
}
