/// An article as the day it was published lists it, with one bit set per word of its title: a
/// series' issues are looked for among every title of many days, and the bits tell most titles
/// apart without reading their words.
struct PublishedTitle: Sendable {
    let slot: Int32
    let bits: UInt64

    init(slot: Int32, words: ArraySlice<Int32>) {
        self.slot = slot
        bits = Self.bits(of: words)
    }

    /// A word's bit is its number's multiplicative hash, so the same words set the same bits.
    static func bits(of words: ArraySlice<Int32>) -> UInt64 {
        words.reduce(0) { bits, word in bits | 1 << UInt64((UInt32(bitPattern: word) &* 2_654_435_761) >> 26) }
    }

    /// How many of its bits any issue of the title pattern `own` sets too: an issue shares at
    /// least `titleOverlap` of `own`'s words (the share of the union is no more than that of
    /// `own`), so at least that many bits, less those that two of `own`'s words share.
    static func bitsSharedByAnIssue(of own: ArraySlice<Int32>) -> Int {
        let overlap = Timeline.LinkSeries.titleOverlap * Double(own.count)
        let words = max(Timeline.LinkSeries.sharedWords, Int(overlap.rounded(.up)))
        return max(1, words - (own.count - bits(of: own).nonzeroBitCount))
    }
}
