import XCTest
@testable import TidingsKit

/// The timeline's order and its queries, on summaries built by hand.
final class TimelineQueryTests: XCTestCase {
    typealias F = TimelineFixtures

    let articles = [
        F.summary("a.txt", "2023-11-28", title: "Order to step up passportization", entities: ["Kremlin", "Ukraine"],
                  events: [F.mention("e0", "2023-11-18", entities: ["Ukraine"], text: "Pensioners were bribed."),
                           F.mention("e1", "2024", .year, entities: ["Kremlin"], text: "Next year's election."),
                           F.mention("e2", "2023-11", .month, text: "This month.")]),
        F.summary("b.txt", "2023-11-18", title: "Pensioners offered benefits", entities: ["Ukraine"]),
        F.summary("c.txt", "2024-03-04", title: "Floodwaters began to rise", entities: ["Nigeria"],
                  events: [F.mention("e0", "2023-11-01", entities: ["Nigeria"], text: "Rain since November."),
                           F.mention("e1", "PRESENT_REF", text: "Now.")]),
    ]

    func testEveryEventInTimeOrderWithTiesByArticleDate() {
        let timeline = Timeline(articles)
        XCTAssertEqual(timeline.events.map(\.id), ["a.txt#e2", "c.txt#e0", "b.txt#p", "a.txt#e0", "a.txt#p",
                                                   "a.txt#e1", "c.txt#p"])
        XCTAssertEqual(timeline.eventCount, 7)
        XCTAssertEqual(timeline.articleCount, 3)
        let month = timeline.event(id: "a.txt#e2")
        XCTAssertEqual(month?.event.granularity, .month)
        XCTAssertEqual(month?.span.last.iso, "2023-11-30")
        XCTAssertEqual(timeline.event(id: "a.txt#p")?.entities.map(\.id), ["Kremlin", "Ukraine"])
        XCTAssertNil(timeline.event(id: "c.txt#e1"), "a reference to the present is no calendar event")
    }

    func testDateRangeEntityAndArticle() {
        let timeline = Timeline(articles)
        let november = timeline.events(from: CalendarDate(year: 2023, month: 11, day: 2),
                                       through: CalendarDate(year: 2023, month: 11, day: 30))
        XCTAssertEqual(november.map(\.id), ["b.txt#p", "a.txt#e0", "a.txt#p"])
        XCTAssertEqual(timeline.events(through: CalendarDate(year: 2023, month: 11, day: 1)).map(\.id),
                       ["a.txt#e2", "c.txt#e0"])
        XCTAssertEqual(timeline.events(entity: "Ukraine").map(\.id), ["b.txt#p", "a.txt#e0", "a.txt#p"])
        XCTAssertEqual(timeline.events(entity: "Nowhere").map(\.id), [])
        XCTAssertEqual(timeline.events(article: "a.txt").map(\.id), ["a.txt#e2", "a.txt#e0", "a.txt#p", "a.txt#e1"])
        XCTAssertEqual(timeline.entities(named: "ukraine"), ["Ukraine"])
        XCTAssertEqual(timeline.articleCount(entity: "Ukraine"), 2)
    }

    /// The articles naming an entity, by id or by part of a name, whichever of its events names
    /// it; gone with the article.
    func testArticlesNamingAnEntity() {
        var timeline = Timeline(articles)
        XCTAssertEqual(timeline.articles(naming: "Ukraine"), ["a.txt", "b.txt"])
        XCTAssertEqual(timeline.articles(naming: "Nigeria"), ["c.txt"])
        XCTAssertEqual(timeline.articles(naming: "Atlantis"), [])
        XCTAssertEqual(timeline.articles(namingEntityLike: "krem"), ["a.txt"])
        XCTAssertEqual(timeline.articles(namingEntityLike: "UKRAINE"), ["a.txt", "b.txt"])
        timeline.remove(path: "b.txt")
        XCTAssertEqual(timeline.articles(naming: "Ukraine"), ["a.txt"])
    }

    /// A name the tagger typed one way in one article and another way in the next has an id per
    /// type; the entity's namesakes gather them, and their events come once each, in time order.
    func testNamesakesGatherOneNameUnderEveryType() {
        func named(_ summary: ArticleSummary, _ refs: [(String, EntityType)]) -> ArticleSummary {
            var summary = summary
            summary.entities = refs.map { EntityRef(id: EntityIdentity.id(type: $1, name: $0), name: $0, type: $1) }
            return summary
        }
        let town = EntityIdentity.id(type: .location, name: "Varnholt")
        let surname = EntityIdentity.id(type: .person, name: "Varnholt")
        let other = EntityIdentity.id(type: .misc, name: "Varnholt")
        let paper = EntityIdentity.id(type: .organization, name: "Varnholt Courier")
        let timeline = Timeline([
            named(F.summary("a.txt", "2024-03-02", title: "Town evacuated",
                            events: [F.mention("e0", "2024-03-01", entities: [town], text: "Rain.")]), [("Varnholt", .location)]),
            named(F.summary("b.txt", "2024-02-20", title: "Cracks found",
                            events: [F.mention("e0", "2024-02-19", entities: [surname, town], text: "Cracks.")]),
                  [("Varnholt", .person), ("Varnholt", .location)]),
            named(F.summary("c.txt", "2024-02-23", title: "Council meets"), [("Varnholt", .misc)]),
            named(F.summary("d.txt", "2024-03-12", title: "Chess open"), [("Varnholt Courier", .organization)]),
        ])
        XCTAssertEqual(timeline.namesakes(of: town).first, town)
        XCTAssertEqual(Set(timeline.namesakes(of: town)), [town, surname, other])
        XCTAssertEqual(Set(timeline.namesakes(of: other)), [town, surname, other])
        XCTAssertEqual(timeline.namesakes(of: paper), [paper])
        XCTAssertEqual(timeline.namesakes(of: "unknown"), [])
        XCTAssertEqual(timeline.events(entities: timeline.namesakes(of: surname)).map(\.id),
                       ["b.txt#e0", "b.txt#p", "c.txt#p", "a.txt#e0", "a.txt#p"])
        XCTAssertEqual(timeline.events(entities: [town], from: CalendarDate(year: 2024, month: 3, day: 1)).map(\.id),
                       ["a.txt#e0", "a.txt#p"])
    }

    /// A surname or part of a name finds the entities whose names hold it as whole words.
    func testEntitiesNamedWithWords() {
        var brekke = F.summary("d.txt", "2023-11-27", title: "Strike")
        brekke.entities = [EntityRef(id: "person:anna-brekke", name: "Anna Brekke", type: .person),
                           EntityRef(id: "location:brekkeby", name: "Brekkeby", type: .location)]
        let timeline = Timeline(articles + [brekke])
        XCTAssertEqual(timeline.entities(namedWithWords: "brekke"), ["person:anna-brekke"])
        XCTAssertEqual(timeline.entities(namedWithWords: "Anna  Brekke"), ["person:anna-brekke"])
        XCTAssertEqual(timeline.entities(namedWithWords: "Brekke Anna"), [])
        XCTAssertEqual(timeline.entities(namedWithWords: "Brek"), [])
        XCTAssertEqual(timeline.entities(namedWithWords: ""), [])
    }

    func testBucketsCountEveryPeriodIncludingEmptyOnes() {
        let timeline = Timeline(articles)
        let months = timeline.buckets(by: .month)
        XCTAssertEqual(months.map(\.start.iso), ["2023-11-01", "2023-12-01", "2024-01-01", "2024-02-01", "2024-03-01"])
        XCTAssertEqual(months.map(\.count), [5, 0, 1, 0, 1])
        XCTAssertEqual(timeline.buckets(by: .year).map(\.count), [5, 2])
        let days = timeline.buckets(by: .day, from: CalendarDate(year: 2023, month: 11, day: 17),
                                    through: CalendarDate(year: 2023, month: 11, day: 19))
        XCTAssertEqual(days.map(\.count), [0, 2, 0])
        XCTAssertEqual(timeline.buckets(by: .year, entity: "Kremlin").map(\.count), [1, 1])
        XCTAssertEqual(Timeline().buckets(by: .day), [])
    }

    /// Adding, changing and removing articles one by one gives the timeline a rebuild gives.
    func testIncrementalUpdatesMatchARebuild() {
        var timeline = Timeline([articles[0]])
        timeline.update(articles[2])
        timeline.update(articles[1])
        assertSame(timeline, Timeline(articles))

        var changed = articles[0]
        changed.events.removeLast(2)
        changed.entities.removeFirst()
        timeline.update(changed)
        assertSame(timeline, Timeline([articles[1], articles[2], changed]))

        timeline.remove(path: "b.txt")
        timeline.remove(path: "missing.txt")
        assertSame(timeline, Timeline([changed, articles[2]]))
        XCTAssertEqual(timeline.articleCount(entity: "Kremlin"), 0)
        XCTAssertEqual(timeline.entities(named: "Kremlin"), [])
    }

    func testLaterSummaryOfOnePathWins() {
        let again = F.summary("b.txt", "2023-11-19", title: "Pensioners offered benefits, again")
        let timeline = Timeline([articles[1], again])
        XCTAssertEqual(timeline.events.map(\.id), ["b.txt#p"])
        XCTAssertEqual(timeline.summary(path: "b.txt")?.title, again.title)
    }

    func assertSame(_ a: Timeline, _ b: Timeline, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Array(a.events), Array(b.events), file: file, line: line)
        for timeline in [a, b] {
            let events = timeline.events
            XCTAssertEqual(events.indices.map(events.span(at:)), events.map(\.span), "periods kept in order", file: file, line: line)
        }
        for event in b.events {
            XCTAssertEqual(a.links(of: event.id), b.links(of: event.id), event.id, file: file, line: line)
        }
        XCTAssertEqual(a.buckets(by: .day), b.buckets(by: .day), file: file, line: line)
    }
}
