import Foundation
import Glibc
import XCTest

/// The real reader, run as an unprivileged user in tmux, while a subfolder's permissions are taken
/// away and given back: its articles leave the list with a notice, and come back.
final class LibraryPermissionTests: XCTestCase {
    /// Runs a tmux command on a private server, its output sent to `output` (or nowhere).
    private func tmux(_ socket: String, _ arguments: String, output: String = "/dev/null") {
        LibrarySandbox.shell("tmux -L \(socket) \(arguments) >'\(output)' 2>/dev/null </dev/null")
    }

    /// Captures the screen until `condition` holds or 10 seconds pass; the last screen.
    private func screen(_ socket: String, in folder: String, until condition: (String) -> Bool) -> String {
        var text = ""
        for _ in 0..<100 {
            tmux(socket, "capture-pane -p -t reader", output: folder + "/screen")
            text = (try? String(contentsOfFile: folder + "/screen", encoding: .utf8)) ?? ""
            if condition(text) { break }
            usleep(100_000)
        }
        return text
    }

    func testASubfolderMadeUnreadableAndReadableAgainWhileTheReaderRuns() throws {
        guard getuid() == 0, access("/usr/bin/setpriv", X_OK) == 0, access("/usr/bin/tmux", X_OK) == 0 else {
            throw XCTSkip("needs root, setpriv and tmux to run the reader as another user")
        }
        let sandbox = LibrarySandbox()
        chmod(sandbox.root, 0o755)
        for n in 1...2 { sandbox.write("top\(n).txt", LibrarySandbox.article(title: "Top \(n)")) }
        for n in 1...3 { sandbox.write("sub/inner\(n).txt", LibrarySandbox.article(title: "Inner \(n)")) }
        let sub = sandbox.articles + "/sub"
        chmod(sub, 0o000)
        let home = sandbox.root + "/home", staging = sandbox.root + "/bin"
        mkdir(home, 0o755)
        mkdir(staging, 0o755)
        chown(home, 65534, 65534)
        let binary = try XCTUnwrap(TidingsBinary.binaryForNobody(staging: staging), "nobody cannot run tidings")

        let socket = "tidings-permissions-\(getpid())"
        let command = (["setpriv"] + TidingsBinary.dropToNobody
            + ["env", "HOME=\(home)", "XDG_CACHE_HOME=", "XDG_STATE_HOME=", "XDG_CONFIG_HOME=", "TERM=xterm-256color",
               "LANG=C.UTF-8", binary, sandbox.articles]).joined(separator: " ")
        tmux(socket, "new-session -d -s reader -x 120 -y 30 '\(command)'")
        defer { tmux(socket, "kill-server") }

        var text = screen(socket, in: sandbox.root) { $0.contains(" 2 articles") }
        XCTAssertTrue(text.contains(" 2 articles"), text)
        chmod(sub, 0o755)
        text = screen(socket, in: sandbox.root) { $0.contains(" 5 articles") }
        XCTAssertTrue(text.contains(" 5 articles"), "readable again: \(text)")
        chmod(sub, 0o000)
        text = screen(socket, in: sandbox.root) { $0.contains(" 2 articles") && $0.contains("permission denied") }
        XCTAssertTrue(text.contains(" 2 articles") && text.contains("permission denied"), "unreadable: \(text)")
    }
}
