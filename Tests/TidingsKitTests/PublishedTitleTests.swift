@testable import TidingsKit
import XCTest

final class PublishedTitleTests: XCTestCase {
    /// Titles drawn from a small vocabulary, so that many pairs are issues of one pattern and
    /// many words of one title share a bit.
    private func titles() -> [ArraySlice<Int32>] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<400).map { _ in
            var words = Set<Int32>()
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<(2 + Int(state >> 62)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                words.insert(Int32(bitPattern: UInt32(state >> 59) &* 69_069))
            }
            return words.sorted()[...]
        }
    }

    func testTheBitsNeverRuleOutAnIssue() {
        let timeline = Timeline()
        let titles = titles()
        var issues = 0, ruledOut = 0
        for own in titles {
            let bits = PublishedTitle.bits(of: own), needed = PublishedTitle.bitsSharedByAnIssue(of: own)
            for title in titles {
                let passes = (PublishedTitle(slot: 0, words: title).bits & bits).nonzeroBitCount >= needed
                if timeline.isIssue(title, of: own) {
                    issues += 1
                    XCTAssertTrue(passes, "\(Array(title)) is an issue of \(Array(own))")
                } else if !passes {
                    ruledOut += 1
                }
            }
        }
        XCTAssertGreaterThan(issues, 1000)
        XCTAssertGreaterThan(ruledOut, 10000, "the bits rule out most titles that are no issue")
    }
}
