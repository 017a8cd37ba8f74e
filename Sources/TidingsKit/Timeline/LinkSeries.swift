/// Issues of a series: reports of one source that recur under much the same title on other days
/// (weekly money supply, a daily slaughter estimate, a monthly statistic). A reader of one issue
/// wants the issue just before it and the one just after, not every older one.
extension Timeline {
    public enum LinkSeries {
        /// Share of their title words (Jaccard) from which two articles' titles are one pattern,
        /// with at least `sharedWords` in common.
        public static let titleOverlap = 0.5
        public static let sharedWords = 2
    }

    /// Drops from `best` (linked events by article) the issues of `ref`'s article's series other
    /// than the one just before it and the one just after it in the folder (an older issue is no
    /// development of this one, even when the issues between are not linked); reports of the same
    /// day stay.
    func keepNearestIssues(_ best: inout [Int32: (ref: EventRef, score: Score)], of ref: EventRef) {
        let own = titleWords(ref.article)
        guard own.count >= LinkSeries.sharedWords else { return }
        let day = articleDays[Int(ref.article)]
        var earlier: [(slot: Int32, day: Int)] = [], later: [(slot: Int32, day: Int)] = []
        for slot in best.keys {
            let other = articleDays[Int(slot)]
            guard other != day, isIssue(titleWords(slot), of: own) else { continue }
            if other < day { earlier.append((slot, other)) } else { later.append((slot, other)) }
        }
        // The nearest by day, then the first by path: the same issue whatever order the articles
        // came in (their slots follow that order).
        let path = { (slot: Int32) in self.articles[Int(slot)]!.row.path }
        var nearestEarlier = earlier.max { $0.day != $1.day ? $0.day < $1.day : path($0.slot) > path($1.slot) }
        var nearestLater = later.min { $0.day != $1.day ? $0.day < $1.day : path($0.slot) < path($1.slot) }
        if let linked = nearestEarlier, firstIssueDay(of: own, from: day - 1, through: linked.day) != linked.day { nearestEarlier = nil }
        if let linked = nearestLater, firstIssueDay(of: own, from: day + 1, through: linked.day) != linked.day { nearestLater = nil }
        for issue in earlier + later where issue.slot != nearestEarlier?.slot && issue.slot != nearestLater?.slot {
            best[issue.slot] = nil
        }
    }

    /// The first day from `start` towards `end` (both included) on which an article of the title
    /// pattern `own` was published.
    func firstIssueDay(of own: ArraySlice<Int32>, from start: Int, through end: Int) -> Int? {
        let bits = PublishedTitle.bits(of: own), sharedBits = PublishedTitle.bitsSharedByAnIssue(of: own)
        for day in stride(from: start, through: end, by: start <= end ? 1 : -1)
        where dayArticles[day]?.contains(where: {
            ($0.bits & bits).nonzeroBitCount >= sharedBits && isIssue(titleWords($0.slot), of: own)
        }) == true {
            return day
        }
        return nil
    }

    /// Content words of an article's title (those of its publication), ascending.
    func titleWords(_ slot: Int32) -> ArraySlice<Int32> {
        guard let article = articles[Int(slot)], let published = article.published else { return [] }
        return article.words(published)
    }

    /// Whether two titles' words are one pattern.
    func isIssue(_ title: ArraySlice<Int32>, of own: ArraySlice<Int32>) -> Bool {
        var shared = 0
        forEachCommon(own, title) { _ in shared += 1 }
        let union = title.count + own.count - shared
        return shared >= LinkSeries.sharedWords && Double(shared) >= LinkSeries.titleOverlap * Double(union)
    }
}
