import XCTest
@testable import TidingsKit

/// How links are found and ranked, on summaries built by hand.
final class LinkRankingTests: XCTestCase {
    typealias F = TimelineFixtures

    /// A follow-up mentions the day of an earlier report; other articles of that day are about
    /// other things; many articles name Ukraine.
    let corpus: [ArticleSummary] = [
        F.summary("followup.txt", "2023-11-28", title: "Kremlin orders more passportization",
                  entities: ["Kremlin", "Ukraine", "NRC", "HUR"],
                  events: [F.mention("e0", "2023-11-18", entities: ["NRC"],
                                     text: "On Nov. 18, the National Resistance Center reported that Russians try to bribe pensioners with social benefits for a passport.")],
                  readAlso: ["Ukrainians without Russian passports denied healthcare — Kyiv"]),
        F.summary("report.txt", "2023-11-18", title: "Russians bribe pensioners in occupied territories, NRC says",
                  entities: ["NRC", "Ukraine"]),
        F.summary("floods.txt", "2023-11-18", title: "Floods close schools in the north", entities: ["Nigeria"]),
        F.summary("market.txt", "2023-11-18", title: "Grain prices rise on pensioners demand", entities: ["Chicago"]),
        F.summary("country.txt", "2023-11-20", title: "Harvest figures published", entities: ["Ukraine"]),
        F.summary("health.txt", "2023-11-10", title: "Ukrainians without Russian passports denied healthcare",
                  entities: ["Ukraine"]),
    ]

    func rank(_ links: [TimelineLink], _ id: String) -> Int {
        links.firstIndex { $0.event == id } ?? Int.max
    }

    func testSameDayReportRanksFirstAndACountryAloneLast() {
        let timeline = Timeline(corpus)
        let links = timeline.links(of: "followup.txt#e0")
        XCTAssertEqual(links.first?.event, "report.txt#p", "\(links)")
        XCTAssertEqual(links.first?.shared, ["NRC"])
        XCTAssertTrue(links.first?.reasons.contains([.entities, .sameDay]) == true)
        XCTAssertTrue(links.first?.words.contains("pensioner") == true, "\(links.first!.words)")
        XCTAssertEqual(rank(links, "floods.txt#p"), Int.max, "nothing in common but the day")
        // One shared word on the same day links, below the report.
        XCTAssertGreaterThan(rank(links, "market.txt#p"), rank(links, "report.txt#p"))
        XCTAssertLessThan(rank(links, "market.txt#p"), Int.max)

        let publication = timeline.links(of: "followup.txt#p")
        let country = rank(publication, "country.txt#p")
        XCTAssertLessThan(country, Int.max, "a shared country still links")
        XCTAssertLessThan(rank(publication, "report.txt#p"), country)
        XCTAssertEqual(publication[country].shared, ["Ukraine"])
        XCTAssertLessThan(publication[country].weight, publication[rank(publication, "report.txt#p")].weight / 2)
    }

    func testReadAlsoLinksBothWaysWhenTheHeadlinesArticleIsPresent() {
        let timeline = Timeline(corpus)
        XCTAssertEqual(timeline.article(headline: "Ukrainians without Russian passports denied healthcare — Kyiv"),
                       "health.txt")
        XCTAssertEqual(timeline.links(of: "followup.txt#p").first?.event, "health.txt#p")
        XCTAssertTrue(timeline.links(of: "health.txt#p").first?.reasons.contains(.readAlso) == true)

        var without = timeline
        without.remove(path: "health.txt")
        XCTAssertNil(without.article(headline: "Ukrainians without Russian passports denied healthcare — Kyiv"))
        XCTAssertFalse(without.links(of: "followup.txt#p").contains { $0.reasons.contains(.readAlso) })
        without.update(corpus[5])
        XCTAssertEqual(without.links(of: "followup.txt#p").first?.event, "health.txt#p")
    }

    func testTiesGoToTheNearestInTime() {
        let timeline = Timeline([
            F.summary("x.txt", "2023-06-10", title: "Alpha", entities: ["Zed"]),
            F.summary("far.txt", "2023-01-01", title: "Beta", entities: ["Zed"]),
            F.summary("near.txt", "2023-06-12", title: "Gamma", entities: ["Zed"]),
        ])
        XCTAssertEqual(timeline.links(of: "x.txt#p").map(\.event), ["near.txt#p", "far.txt#p"])
        XCTAssertEqual(timeline.links(of: "x.txt#p").map(\.dayDistance), [2, 160])
    }

    /// Two links whose shared entities are as rare as each other weigh the same, whatever order
    /// their rarities were added in, so nearness in time ranks them (here, added as floating
    /// point in another order, the far one's sum came out a hair heavier).
    func testEqualRaritiesInAnotherOrderStillTieAndTheNearestWins() {
        let timeline = Timeline([
            F.summary("x.txt", "2023-06-10", title: "Source", entities: ["A", "B", "C", "D", "E", "F"]),
            F.summary("near.txt", "2023-06-12", title: "Near", entities: ["A", "B", "C"]),
            F.summary("far.txt", "2023-01-01", title: "Far", entities: ["D", "E", "F"]),
            F.summary("one.txt", "2021-01-01", title: "One", entities: ["B", "C", "F"]),
            F.summary("two.txt", "2021-02-01", title: "Two", entities: ["B", "D", "F"]),
            F.summary("three.txt", "2021-03-01", title: "Three", entities: ["Q"]),
            F.summary("four.txt", "2021-04-01", title: "Four", entities: ["R"]),
        ])
        // Documents per entity: A 2, B 4, C 3 shared with near; D 3, E 2, F 4 with far.
        let links = timeline.links(of: "x.txt#p")
        let near = links.first { $0.event == "near.txt#p" }!, far = links.first { $0.event == "far.txt#p" }!
        XCTAssertEqual(near.weight, far.weight)
        XCTAssertLessThan(rank(links, "near.txt#p"), rank(links, "far.txt#p"))
    }

    func testNoLinksInsideOneArticle() {
        let timeline = Timeline(corpus)
        XCTAssertFalse(timeline.links(of: "followup.txt#e0").contains { $0.event.hasPrefix("followup.txt#") })
    }

    func testNextAndPreviousLinkedEvent() {
        let timeline = Timeline(corpus)
        // On one day, events sort by their articles' dates: the follow-up's mention comes last.
        XCTAssertEqual(timeline.nextLinked(from: "report.txt#p")?.id, "followup.txt#e0")
        XCTAssertNil(timeline.nextLinked(from: "followup.txt#e0"))
        XCTAssertEqual(timeline.previousLinked(from: "followup.txt#e0")?.id, "report.txt#p")
        XCTAssertEqual(timeline.previousLinked(from: "report.txt#p")?.id, "market.txt#p")
        XCTAssertEqual(timeline.nextLinked(from: "country.txt#p")?.id, "followup.txt#p")
        XCTAssertEqual(timeline.previousLinked(from: "country.txt#p")?.id, "report.txt#p")
        XCTAssertNil(timeline.nextLinked(from: "nonexistent#p"))
    }

    /// An entity named by more events than the candidate limit still links the nearest ones:
    /// those within half the limit's places on either side (at the first, those after it).
    func testCommonEntityKeepsTheNearestCandidates() {
        let count = Timeline.LinkWeight.nearestPerEntity * 2
        let start = CalendarDate(year: 2020, month: 1, day: 1)
        let many = (0..<count).map { n in
            F.summary("n\(n).txt", start.adding(days: n).iso, title: "Item \(n)", entities: ["Common"])
        }
        let timeline = Timeline(many)
        let links = timeline.links(of: "n\(count / 2).txt#p", limit: .max)
        XCTAssertEqual(links.count, Timeline.LinkWeight.nearestPerEntity)
        XCTAssertEqual(timeline.linkCount(of: "n\(count / 2).txt#p"), links.count)
        XCTAssertEqual(timeline.links(of: "n\(count / 2).txt#p", limit: 5).map(\.event), links.prefix(5).map(\.event))
        XCTAssertEqual(Set(links.prefix(2).map(\.event)), ["n\(count / 2 - 1).txt#p", "n\(count / 2 + 1).txt#p"])
        XCTAssertLessThanOrEqual(links.map(\.dayDistance).max()!, Timeline.LinkWeight.nearestPerEntity / 2)
        let edge = timeline.links(of: "n0.txt#p", limit: .max)
        XCTAssertEqual(edge.first?.event, "n1.txt#p")
        XCTAssertEqual(edge.count, Timeline.LinkWeight.nearestPerEntity / 2)
    }

    /// Links go both ways with one weight, also through an entity too common for all its events
    /// to be candidates: events crowded on a few days and others spread over a year, a pair of
    /// them also sharing a rare name.
    func testLinksAreMutualWithOneWeight() {
        let start = CalendarDate(year: 2020, month: 1, day: 1)
        var articles = (0..<40).map { n in
            F.summary("crowd\(n).txt", start.adding(days: n / 10).iso, title: "Crowd \(n)", entities: ["Common"])
        }
        articles += (0..<30).map { n in
            F.summary("spread\(n).txt", start.adding(days: 10 + 12 * n).iso, title: "Spread \(n)",
                      entities: n == 3 ? ["Common", "Rare"] : ["Common"])
        }
        articles[35].entities.append(EntityRef(id: "Rare", name: "Rare", type: .location))
        let timeline = Timeline(articles)
        var links: [String: [String: Double]] = [:]
        for event in timeline.events {
            links[event.id] = Dictionary(uniqueKeysWithValues: timeline.links(of: event.id, limit: .max).map { ($0.event, $0.weight) })
        }
        for (from, targets) in links {
            for (to, weight) in targets {
                XCTAssertEqual(links[to]?[from], weight, "\(from) -> \(to)")
            }
        }
        XCTAssertNotNil(links["crowd35.txt#p"]?["spread3.txt#p"], "a rare name links, however far apart")
    }
}
