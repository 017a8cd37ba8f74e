/// The reports of one happening among the events of a list.
public struct ListedHappening: Equatable, Sendable {
    /// Where the reports are in the list, in list order: the first stands for the happening.
    public var positions: [Int]
    /// How many articles the reports come from.
    public var articles: Int
}

extension TimelineEventList {
    /// The happenings that two or more events of this list report, in list order of their first
    /// report. One lookup per event: a list of the whole corpus costs what its rows cost.
    public func happenings() -> [ListedHappening] {
        guard !timeline.happenings.first.isEmpty else { return [] }
        var reports: [EventRef: [Int]] = [:]
        for (position, ref) in refs.enumerated() {
            guard let head = timeline.happenings.first[ref] else { continue }
            reports[head, default: []].append(position)
        }
        return reports.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }.map { positions in
            ListedHappening(positions: positions, articles: Set(positions.map { refs[$0].article }).count)
        }
    }
}
