import XCTest
@testable import TidingsKit

/// Stories: happenings chained by strong links, on summaries built by hand and weighed by a model
/// with known weights (the mechanics, not the shipped weights).
final class StoryTests: XCTestCase {
    typealias L = LinkRankingTests

    /// Links a week apart strong enough to chain: the weights of the ranking tests, a higher bias.
    static let model = LinkModel(bias: -1, weights: L.model.weights, threshold: 0.6, sameHappening: 0.75)

    /// A takeover: the bid reported twice on its day, the target's answer a week later; a
    /// strike reported twice on another day; a dividend of the bid's day; filler articles so
    /// that words are as rare as in a folder.
    static let corpus: [ArticleSummary] = [
        L.company("bid.txt", "1987-03-02", title: "Mark IV bids for Conrac", names: ["Mark IV", "Conrac"],
                text: "Mark IV said it started a tender offer for Conrac shares."),
        L.company("bid-copy.txt", "1987-03-02", title: "Conrac gets tender offer", names: ["Conrac", "Mark IV"],
                text: "Conrac said Mark IV began a tender offer for its shares."),
        L.company("answer.txt", "1987-03-09", title: "Conrac rejects Mark IV tender offer", names: ["Conrac", "Mark IV"],
                text: "Conrac said its board rejected the Mark IV tender offer for its shares."),
        L.company("strike.txt", "1987-03-05", title: "Seamen extend strike", names: ["Seamen Federation", "Santos"],
                text: "The Seamen Federation said the strike halted coffee exports from Santos."),
        L.company("strike-copy.txt", "1987-03-05", title: "Strike halts coffee exports", names: ["Santos", "Seamen Federation"],
                text: "Coffee exports from Santos halted as the Seamen Federation strike went on."),
        L.company("dividend.txt", "1987-03-02", title: "Lubrizol sets dividend", names: ["Lubrizol"],
                text: "Lubrizol declared a quarterly dividend payable to holders of record."),
    ] + (0..<12).map { n in
        L.company("filler\(n).txt", "1987-01-\(10 + n)", title: "Item \(n) of the folder", names: ["Firm \(n)"],
                text: "Firm \(n) reported figure \(n) about matters of its own.")
    }

    func paths(_ story: TimelineStory?) -> Set<String> { Set(story?.events.map(\.path) ?? []) }

    func testHappeningsChainedByStrongLinksAreOneStory() throws {
        let timeline = Timeline(Self.corpus, linkModel: Self.model)
        let story = try XCTUnwrap(timeline.story(of: "answer.txt#e0"))
        XCTAssertEqual(paths(story), ["bid.txt", "bid-copy.txt", "answer.txt"])
        // Named by its earliest happening: the first event of its first report.
        XCTAssertEqual(story.id, "bid-copy.txt#p", "the first in timeline order: by path on one day")
        XCTAssertEqual(story.id, story.events.first?.id)
        XCTAssertEqual(timeline.happening(of: story.id), story.id)
        let strike = try XCTUnwrap(timeline.story(of: "strike.txt#e0"))
        XCTAssertEqual(paths(strike), ["strike.txt", "strike-copy.txt"])
        XCTAssertNotEqual(strike.id, story.id)
        XCTAssertEqual(paths(timeline.story(of: "dividend.txt#e0")), ["dividend.txt"], "a shared day is no story")
        XCTAssertNil(timeline.story(of: "nonexistent.txt#e0"))
        XCTAssertEqual(timeline.storyName(of: story.events), "Conrac", "named by all three, first of the two")
    }

    /// Walked from any of its events, a story is the same, and the ids of many events at once are
    /// those of each alone.
    func testAStoryIsTheSameFromEachOfItsEvents() {
        let timeline = Timeline(Self.corpus, linkModel: Self.model)
        let ids = timeline.events.map(\.id)
        let alone = ids.map { timeline.story(of: $0)!.id }
        for id in ids {
            let story = timeline.story(of: id)!
            for member in story.events { XCTAssertEqual(timeline.story(of: member.id)?.id, story.id, "\(id) and \(member.id)") }
        }
        XCTAssertEqual(timeline.linksAndStories(of: ids).map(\.story), alone)
        XCTAssertEqual(timeline.linksAndStories(of: ids.reversed()).map(\.story), alone.reversed())
        XCTAssertEqual(timeline.linksAndStories(of: ["nonexistent.txt#e0"]).map(\.story), ["nonexistent.txt#e0"])
    }

    /// An export's links are those of each event alone, and its stories are walked on the strong
    /// links weighed with them: no event is weighed a second time.
    func testAnExportWeighsEachEventOnce() {
        let timeline = Timeline(Self.corpus, linkModel: Self.model)
        let ids = timeline.events.map(\.id)
        let exported = timeline.linksAndStories(of: ids, limit: 3)
        XCTAssertEqual(exported.map(\.links), ids.map { timeline.links(of: $0, limit: 3) })
        XCTAssertEqual(exported.map(\.story), ids.map { timeline.story(of: $0)!.id })
        var finder = StoryFinder(timeline)
        XCTAssertEqual(timeline.linksAndStories(of: ids, limit: 3, finder: &finder).map(\.story), exported.map(\.story))
        XCTAssertEqual(finder.weighed, 0, "every event's strong links come with its links")
        var alone = StoryFinder(timeline)
        _ = timeline.storyIDs(of: ids, finder: &alone)
        XCTAssertGreaterThan(alone.weighed, 0, "a walk given nothing weighs what it needs")
    }

    /// An inquiry into a fire and its verdict share nothing with the fire's report: the three are
    /// one story while the inquiry's opening links to both, and two again when it goes; the story
    /// takes the id of its earliest happening.
    func testAStoryFollowsTheArticlesAsTheyComeAndGo() throws {
        let fire = L.company("fire.txt", "1987-03-03", title: "Fire shuts Kestrel oil terminal",
                             names: ["Kestrel Terminal", "Norsk Tanker"],
                             text: "Fire shut the Kestrel Terminal after an explosion on a Norsk Tanker ship.")
        let inquiry = L.company("inquiry.txt", "1987-03-10", title: "Harbour Board opens inquiry into Kestrel fire",
                                names: ["Kestrel Terminal", "Norsk Tanker", "Harbour Board", "Judge Alvik"],
                                text: "Judge Alvik opened the Harbour Board inquiry into the explosion and fire on the Norsk Tanker ship at the Kestrel Terminal.")
        let verdict = L.company("verdict.txt", "1987-03-24", title: "Harbour Board inquiry blames wiring",
                                names: ["Harbour Board", "Judge Alvik"],
                                text: "Judge Alvik told the Harbour Board inquiry that faulty wiring was to blame.")
        var timeline = Timeline(Self.corpus + [fire, verdict], linkModel: Self.model)
        XCTAssertEqual(paths(timeline.story(of: "verdict.txt#e0")), ["verdict.txt"])
        timeline.update(inquiry)
        let joined = try XCTUnwrap(timeline.story(of: "verdict.txt#e0"))
        XCTAssertEqual(joined.id, "fire.txt#p")
        XCTAssertEqual(paths(joined), ["fire.txt", "inquiry.txt", "verdict.txt"])
        timeline.remove(path: "inquiry.txt")
        let alone = try XCTUnwrap(timeline.story(of: "verdict.txt#e0"))
        XCTAssertEqual(alone.id, "verdict.txt#e0")
        XCTAssertEqual(paths(alone), ["verdict.txt"])
        XCTAssertEqual(paths(timeline.story(of: "fire.txt#e0")), ["fire.txt"])
    }
}
