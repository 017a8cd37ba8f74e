#if canImport(Glibc)
import Glibc
#endif

/// One figure of the benchmark table: several runs of one measurement.
struct BenchRow {
    var name: String
    var unit: String
    var samples: [Double]
    /// The target, as text ("<= 1 s", ">= 20 MB/s"), or empty.
    var bar: String

    var sorted: [Double] { samples.sorted() }
    var median: Double {
        let s = sorted
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}

/// The table `tidings-bench` prints: median, min and max of each figure.
struct BenchTable {
    /// When set, the bars by figure name prefix that replace the suites' own (the bars at scale
    /// differ from those on the corpus); a figure it does not name has none.
    var bars: [(prefix: String, bar: String)]?

    mutating func add(_ row: BenchRow) {
        var row = row
        if let bars { row.bar = bars.first { row.name.hasPrefix($0.prefix) }?.bar ?? "" }
        print(BenchTable.format(row))
        fflush(nil)  // each figure shows as soon as it is measured, also into a file
    }

    static func number(_ value: Double) -> String {
        if value.isNaN { return "-" }
        let magnitude = abs(value)
        let decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3
        var scaled = (value * pow10(decimals)).rounded() / pow10(decimals)
        if scaled == 0 { scaled = 0 }
        var text = String(scaled)
        if decimals == 0, text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { acc, _ in acc * 10 } }

    static func header() -> String {
        pad("figure", 60) + pad("median", 10) + pad("min", 10) + pad("max", 10) + pad("unit", 10) + "bar"
    }

    static func format(_ row: BenchRow) -> String {
        let s = row.sorted
        return pad(row.name, 60) + pad(number(row.median), 10) + pad(number(s.first ?? .nan), 10)
            + pad(number(s.last ?? .nan), 10) + pad(row.unit, 10) + row.bar
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
