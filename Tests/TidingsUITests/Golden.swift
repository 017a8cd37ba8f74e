import XCTest
@testable import TidingsUI

/// Compares a rendered screen with `Golden/NAME.txt` (characters) and `Golden/NAME.style.txt`
/// (one `StyleRole.code` per cell). `TIDINGS_UPDATE_GOLDEN=1 swift test` rewrites them.
enum Golden {
    static let folder: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast()
        return parts.joined(separator: "/") + "/Golden"
    }()

    static func check(_ name: String, _ state: AppState, file: StaticString = #filePath, line: UInt = #line) {
        let grid = Screen.render(state)
        compare(name + ".txt", grid.text + "\n", file: file, line: line)
        compare(name + ".style.txt", grid.styleText + "\n", file: file, line: line)
    }

    private static func compare(_ name: String, _ actual: String, file: StaticString, line: UInt) {
        let path = folder + "/" + name
        if getenv("TIDINGS_UPDATE_GOLDEN") != nil {
            let handle = fopen(path, "w")
            fputs(actual, handle)
            fclose(handle)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            XCTFail("missing golden screen \(name); run with TIDINGS_UPDATE_GOLDEN=1 and review it", file: file, line: line)
            return
        }
        if expected != actual {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            XCTFail("""
                \(name) differs from line \(first + 1):
                expected: \(first < a.count ? String(a[first]) : "(end)")
                actual:   \(first < b.count ? String(b[first]) : "(end)")
                """, file: file, line: line)
        }
    }
}
