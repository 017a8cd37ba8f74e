import Glibc
import XCTest
@testable import TidingsKit

/// Past the limit of inotify watches, the folders left without one are polled, with a notice.
final class LibraryWatchLimitTests: XCTestCase {
    func testFoldersPastTheLimitOfWatchesArePolledWithANotice() throws {
        let sandbox = LibrarySandbox()
        for n in 1...4 { sandbox.write("sub\(n)/old.txt", LibrarySandbox.article(title: "Old \(n)")) }
        // The folder and two of its four subfolders get a watch.
        let watcher = try XCTUnwrap(InotifyWatcher(root: sandbox.articles, pollingInterval: 0.1, maxWatches: 3,
                                                   now: Library.monotonicSeconds()))
        let notice = try XCTUnwrap(watcher.takeNotice())
        XCTAssertTrue(notice.contains("limit of inotify watches"), notice)
        XCTAssertNil(watcher.takeNotice(), "said once")

        let created = (1...4).map { sandbox.write("sub\($0)/new.txt", LibrarySandbox.article(title: "New \($0)")) }
        var seen = Set<String>()
        let deadline = Library.monotonicSeconds() + 5
        while Library.monotonicSeconds() < deadline, !seen.isSuperset(of: created) {
            var fd = pollfd(fd: watcher.fileDescriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&fd, 1, 50)
            watcher.collect(now: Library.monotonicSeconds())
            seen.formUnion(watcher.settledChanges(now: Library.monotonicSeconds()))
        }
        XCTAssertTrue(seen.isSuperset(of: created), "\(seen)")
    }
}
