import Glibc
import XCTest
@testable import TidingsKit

/// Where the cache, the state and the default folder of articles go: the XDG variables when they
/// hold absolute paths, else the defaults under the home folder.
final class LibraryLocationsTests: XCTestCase {
    func testRelativeOrEmptyXDGVariablesAreIgnored() {
        let locations = LibraryLocations.standard(environment: [
            "HOME": "/home/reader", "XDG_CACHE_HOME": "relative/cache", "XDG_STATE_HOME": "",
        ])
        XCTAssertEqual(locations.cacheRoot, "/home/reader/.cache/tidings")
        XCTAssertEqual(locations.stateRoot, "/home/reader/.local/state/tidings")
        XCTAssertEqual(LibraryLocations.standard(environment: ["HOME": "/h", "XDG_CACHE_HOME": "/c"]).cacheRoot,
                       "/c/tidings")
    }

    func testTheReaderMakesItsDefaultFolderUnderHomeWhenXDGDataHomeIsRelative() throws {
        let binary = try XCTUnwrap(ChildProcess.tidingsBinary, "build the tidings binary first (swift build)")
        let sandbox = LibrarySandbox()
        let home = sandbox.root + "/home", cwd = sandbox.root + "/cwd"
        mkdir(home, 0o755)
        mkdir(cwd, 0o755)
        let relative = "relative-data-" + String(getpid())
        // Standard input is no terminal: the reader stops after making its folder.
        let child = try XCTUnwrap(ChildProcess(
            shell: "cd '\(cwd)' && exec '\(binary)' </dev/null",
            environment: ["HOME": home, "XDG_DATA_HOME": relative, "XDG_CONFIG_HOME": "",
                          "XDG_CACHE_HOME": relative, "XDG_STATE_HOME": relative]))
        let output = child.read()
        XCTAssertNotEqual(child.wait(), 0)
        // A folder made from a relative path the wrong way round lands at the root of the disk.
        _ = LibrarySandbox.shell("rm -rf '/\(relative)'")
        XCTAssertTrue(output.contains("needs a terminal"), output)
        var info = stat()
        XCTAssertEqual(stat(home + "/.local/share/tidings/articles", &info), 0, output)
        XCTAssertNotEqual(stat(cwd + "/" + relative, &info), 0, "nothing made under the working folder")
    }
}
