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

    private struct DisjointWrites<R>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<R?>
    }
}
