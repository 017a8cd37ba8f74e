import Foundation
import Glibc
import XCTest
@testable import TidingsKit

/// The real reader, run as an unprivileged user in tmux (root may write anything): a subfolder's
/// permissions taken away and given back while it runs, a state file it cannot write.
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

    /// Starts the reader on the sandbox's articles as nobody, with its XDG folders under `home`;
    /// the tmux server's name.
    private func startReader(_ sandbox: LibrarySandbox, home: String) throws -> String {
        guard getuid() == 0, access("/usr/bin/setpriv", X_OK) == 0, access("/usr/bin/tmux", X_OK) == 0 else {
            throw XCTSkip("needs root, setpriv and tmux to run the reader as another user")
        }
        let staging = sandbox.root + "/bin"
        mkdir(staging, 0o755)
        let binary = try XCTUnwrap(TidingsBinary.binaryForNobody(staging: staging), "nobody cannot run tidings")
        let socket = "tidings-permissions-\(getpid())"
        let command = (["setpriv"] + TidingsBinary.dropToNobody
            + ["env", "HOME=\(home)", "XDG_CACHE_HOME=", "XDG_STATE_HOME=", "XDG_CONFIG_HOME=", "TERM=xterm-256color",
               "LANG=C.UTF-8", binary, sandbox.articles]).joined(separator: " ")
        // Wide enough for a notice with a long path.
        tmux(socket, "new-session -d -s reader -x 250 -y 30 '\(command)'")
        return socket
    }

    /// A sandbox everyone may enter, with a home folder that belongs to nobody.
    private func sandboxForNobody() -> (sandbox: LibrarySandbox, home: String) {
        let sandbox = LibrarySandbox()
        chmod(sandbox.root, 0o755)
        let home = sandbox.root + "/home"
        mkdir(home, 0o755)
        chown(home, 65534, 65534)
        return (sandbox, home)
    }

    func testASubfolderMadeUnreadableAndReadableAgainWhileTheReaderRuns() throws {
        let (sandbox, home) = sandboxForNobody()
        for n in 1...2 { sandbox.write("top\(n).txt", LibrarySandbox.article(title: "Top \(n)")) }
        for n in 1...3 { sandbox.write("sub/inner\(n).txt", LibrarySandbox.article(title: "Inner \(n)")) }
        let sub = sandbox.articles + "/sub"
        chmod(sub, 0o000)
        let socket = try startReader(sandbox, home: home)
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

    func testReadMarksStillShowWhenTheStateFileCannotBeWritten() throws {
        let (sandbox, home) = sandboxForNobody()
        for n in 1...3 { sandbox.write("a\(n).txt", LibrarySandbox.article(title: "Article \(n)", day: n)) }
        let stateFile = LibraryLocations.standard(environment: ["HOME": home]).stateFile(for: sandbox.articles)
        ReadState(file: stateFile).setRead(["a1.txt"], true)
        // Nobody's folders, root's file: nobody may read it, not write it.
        LibrarySandbox.shell("chown -R 65534:65534 '\(home)' && chown 0:0 '\(stateFile)' && chmod 644 '\(stateFile)'")
        let socket = try startReader(sandbox, home: home)
        defer { tmux(socket, "kill-server") }

        let text = screen(socket, in: sandbox.root) { $0.contains("cannot be written") && $0.contains("Article 1") }
        XCTAssertTrue(text.contains("cannot be written"), text)
        // Newest first: article 3 holds the cursor, 2 is unread (a dot), 1 is read.
        let rows = text.split(separator: "\n")
        XCTAssertEqual(rows.first { $0.contains("Article 2") }?.contains("●"), true, text)
        XCTAssertEqual(rows.first { $0.contains("Article 1") }?.contains("●"), false, text)
    }
}
