#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import TidingsKit

/// Builds the corpus timeline (events and their link index) on a worker, and wakes the reader's
/// poll() loop through a pipe when it is ready: on a large folder that takes seconds, during
/// which the list already shows and keys are answered.
final class TimelineBuilder: @unchecked Sendable {
    private let lock = NSLock()
    private var generation = 0
    private var result: (generation: Int, timeline: Timeline)?
    private var pipeEnds: [Int32] = [-1, -1]

    init() {
        if pipe(&pipeEnds) == 0 {
            for end in pipeEnds { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        }
    }

    deinit { pipeEnds.forEach { _ = close($0) } }

    /// Readable when a timeline is ready.
    var fileDescriptor: Int32 { pipeEnds[0] }

    /// Forgets a build still running or not yet taken.
    private func forget() -> Int {
        lock.withLock { () -> Int in
            generation += 1
            result = nil
            return generation
        }
    }

    /// Starts building a timeline from the articles `fill` adds; an earlier build still running
    /// is forgotten.
    func build(keepsSentences: Bool, _ fill: @escaping @Sendable (inout Timeline.Builder) -> Void) {
        let wanted = forget()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            var builder = Timeline.Builder(keepsSentences: keepsSentences)
            fill(&builder)
            let timeline = builder.finish()
            let current = lock.withLock { () -> Bool in
                guard generation == wanted else { return false }
                result = (wanted, timeline)
                return true
            }
            if current {
                var byte: UInt8 = 1
                _ = write(pipeEnds[1], &byte, 1)
            }
        }
    }

    /// The timeline of the latest build, once, when it is ready.
    func take() -> Timeline? {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(pipeEnds[0], &buffer, buffer.count) > 0 {}
        return lock.withLock { () -> Timeline? in
            defer { result = nil }
            guard let result, result.generation == generation else { return nil }
            return result.timeline
        }
    }
}
