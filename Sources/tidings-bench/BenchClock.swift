#if canImport(Glibc)
import Glibc
#endif

/// Monotonic time and repeated measurement.
enum BenchClock {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Seconds `body` takes.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }

    /// `runs` timings of `body`, in seconds.
    static func repeated(_ runs: Int, _ body: () throws -> Void) rethrows -> [Double] {
        try (0..<runs).map { _ in try time(body) }
    }

    /// The resident set size of a process ("self" or a process id), in MB.
    static func residentMB(process: String = "self") -> Double {
        guard let file = fopen("/proc/\(process)/statm", "r") else { return .nan }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        guard fgets(&line, 256, file) != nil else { return .nan }
        let fields = String(cString: line).split(separator: " ")
        guard fields.count >= 2, let pages = Double(fields[1]) else { return .nan }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1e6
    }
}
