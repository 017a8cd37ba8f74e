import Dispatch

/// Maps an array on every core, keeping its order.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        var results = [R?](repeating: nil, count: items.count)
        let chunks = min(items.count, 64)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each chunk writes its own run of indexes only.
            let output = DisjointWrites(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in items.count * chunk / chunks..<items.count * (chunk + 1) / chunks {
                    output.buffer[index] = transform(items[index])
                }
            }
        }
        return results.map { $0! }
    }

    /// Maps `items` on every core `run` at a time, and hands the results in order to `body` on
    /// the calling thread while the next run is being mapped: work that must be done on one
    /// thread with the results keeps pace with the mapping instead of waiting for all of it.
    public static func forEach<T: Sendable, R: Sendable>(_ items: [T], run: Int, _ transform: @Sendable (T) -> R,
                                                         _ body: (R) -> Void) {
        // Each run is copied out when it is mapped: copies of every run at once would hold a
        // second copy of a large corpus's items.
        let starts = Array(stride(from: 0, to: items.count, by: run))
        guard !starts.isEmpty else { return }
        let runItems = { (start: Int) in Array(items[start..<min(items.count, start + run)]) }
        withoutActuallyEscaping(transform) { transform in
            var ready = map(runItems(starts[0]), transform)
            for index in starts.indices {
                let next = Results<R>()
                let group = DispatchGroup()
                if index + 1 < starts.count {
                    let nextItems = runItems(starts[index + 1])
                    DispatchQueue.global().async(group: group) { next.results = map(nextItems, transform) }
                }
                ready.forEach(body)
                group.wait()
                ready = next.results
            }
        }
    }

    private struct DisjointWrites<R>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<R?>
    }

    /// A run's results, written by the worker that maps it before the group it is in is left.
    private final class Results<R>: @unchecked Sendable {
        var results: [R] = []
    }
}
