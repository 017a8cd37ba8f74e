import Foundation
import XCTest

/// What the command line says of itself and of what it is given, across commands.
final class CommandLineTests: XCTestCase {
    var home: TemporaryFolder!

    override func setUpWithError() throws {
        home = try TemporaryFolder()
    }

    /// The environment of a user whose cache, state and configuration are in `home`.
    var environment: [String: String] {
        ProcessInfo.processInfo.environment.merging(
            ["HOME": home.path, "XDG_CACHE_HOME": home.path + "/cache", "XDG_STATE_HOME": home.path + "/state",
             "XDG_CONFIG_HOME": home.path + "/config", "XDG_DATA_HOME": home.path + "/data"]) { $1 }
    }

    func testHelpShowsTheReaderAndItsOptions() throws {
        let run = try TidingsBinary.run(["--help"], environment: environment)
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = run.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertTrue(lines.contains { $0.hasPrefix("tidings [FOLDER]") || $0.hasPrefix("USAGE: tidings [FOLDER]") },
                      run.stdout)
        for option in ["--theme", "--no-cache", "--mouse", "--version"] {
            XCTAssertTrue(run.stdout.contains(option), "\(option) in \(run.stdout)")
        }
        for command in ["demo", "extract", "timeline", "index", "themes"] {
            XCTAssertTrue(lines.contains { $0.hasPrefix(command + " ") }, "\(command) in \(run.stdout)")
        }
    }

    func testDemoTakesTheReadersOptions() throws {
        // Without a terminal the reader cannot start: the options were taken, not refused.
        for options in [["--no-cache"], ["--theme", "light", "--no-mouse"]] {
            let run = try TidingsBinary.run(["demo"] + options, environment: environment)
            XCTAssertEqual(run.status, 1, "\(options)")
            XCTAssertEqual(run.stderr, "tidings: the reader needs a terminal\n", "\(options)")
        }
    }

    func testEveryCommandSaysNotAFolderAlike() throws {
        let file = try home.write("article.txt", "date: 2023-11-28\n\nThe harbour reopened.\n")
        let missing = home.path + "/nothing-here"
        for command in [[], ["read"], ["timeline"], ["index"]] {
            let absent = try TidingsBinary.run(command + [missing], environment: environment)
            XCTAssertEqual(absent.status, 1, "\(command)")
            XCTAssertEqual(absent.stderr, "tidings: \(missing): not a folder (it does not exist)\n", "\(command)")
            let notFolder = try TidingsBinary.run(command + [file], environment: environment)
            XCTAssertEqual(notFolder.status, 1, "\(command)")
            XCTAssertEqual(notFolder.stderr, "tidings: \(file): not a folder\n", "\(command)")
        }
    }
}
