import XCTest
@testable import TidingsKit

/// Links between articles written to a folder, read and analysed as the reader does it.
final class LinkEndToEndTests: XCTestCase {
    var folder: TemporaryFolder!
    var timeline: Timeline!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        try folder.write("report.txt", """
            date: 2023-11-18
            title: Russians try to bribe pensioners in occupied territories, resistance center says

            Russians are trying to bribe pensioners in the occupied territories of Ukraine and promise \
            social benefits for obtaining a Russian passport, the National Resistance Center said on Saturday.

            Occupation officials visited pensioners at home in Zaporizhzhia Oblast, the center said.

            """)
        try folder.write("followup.txt", """
            date: 2023-11-28
            title: Kremlin orders occupation authorities to step up passportization

            The Kremlin has ordered the occupation authorities in the occupied parts of Ukraine to \
            intensify the forced passportization of locals, Ukraine's Main Intelligence Directorate said \
            on Nov. 28.

            On Nov. 18, the National Resistance Center reported that Russians are trying to bribe \
            pensioners in the occupied territories and promise social benefits for obtaining a Russian passport.

            Read also: Ukrainians without Russian passports denied healthcare in occupied territories

            """)
        try folder.write("floods.txt", """
            date: 2023-11-18
            title: Floods close schools in Kano

            Heavy rain flooded roads across northern Nigeria on Saturday and the emergency agency in Kano \
            closed schools until further notice.

            """)
        try folder.write("harvest.txt", """
            date: 2023-11-20
            title: Farmers bring in a record maize crop

            Ukraine expects a larger grain harvest this year as farmers in the west of the country brought \
            in record yields of maize, the agriculture ministry said.

            """)
        try folder.write("health.txt", """
            date: 2023-11-10
            title: Ukrainians without Russian passports denied healthcare in occupied territories

            Hospitals in the occupied territories of Ukraine have started to refuse treatment to patients \
            who do not hold Russian passports, officials in Kyiv said.

            """)
        let corpus = Corpus.load(folder: folder.path)
        XCTAssertEqual(corpus.entries.count, 5)
        timeline = Timeline(corpus.entries.map { ArticleSummary(article: $0.article, analysis: $0.analysis) })
    }

    /// Links through dates and names need the taggers to find them: until they do, those tests
    /// are skipped.
    static func skipUnlessTaggersWork() throws {
        let text = "On Nov. 18, the National Resistance Center of Ukraine reported that Russians bribe pensioners."
        let article = ArticleParser.parse(path: "probe.txt", scalars: Array(text.unicodeScalars), fileName: "probe.txt",
                                          modified: CalendarDate(year: 2023, month: 11, day: 28))
        let analysis = Analyzer().analyze(article)
        if analysis.times.isEmpty { throw XCTSkip("the temporal tagger finds no dates yet") }
        if analysis.entities.isEmpty { throw XCTSkip("the entity recognizer finds no names yet") }
    }

    func path(_ name: String) -> String { folder.path + "/" + name }

    /// Position of the first link to any event of `article`; Int.max when none links.
    func rank(_ links: [TimelineLink], _ article: String) -> Int {
        links.firstIndex { TimelineEvent.split(id: $0.event)?.path == path(article) } ?? Int.max
    }

    func testFollowUpLinksToTheSameDaysReportAheadOfUnrelatedEventsThatDay() throws {
        try Self.skipUnlessTaggersWork()
        let mention = try XCTUnwrap(timeline.events(article: path("followup.txt")).first { $0.event.value == "2023-11-18" },
                                    "the follow-up's Nov. 18 is an event")
        let links = timeline.links(of: mention.id)
        let report = rank(links, "report.txt")
        XCTAssertEqual(report, 0, "\(links)")
        XCTAssertTrue(links[report].reasons.contains(.sameDay), "\(links[report])")
        XCTAssertGreaterThan(rank(links, "floods.txt"), report)
        let country = rank(links, "harvest.txt")
        XCTAssertGreaterThan(country, report)
        if rank(links, "floods.txt") < Int.max { XCTAssertGreaterThan(country, rank(links, "floods.txt")) }
    }

    func testAnArticleSharingOnlyACountryRanksBelowTheRelatedOnes() throws {
        try Self.skipUnlessTaggersWork()
        let published = try XCTUnwrap(timeline.events(article: path("followup.txt")).first { $0.event.kind == .published })
        let links = timeline.links(of: published.id)
        let country = rank(links, "harvest.txt")
        XCTAssertLessThan(country, Int.max, "a shared country is still a link")
        XCTAssertLessThan(rank(links, "report.txt"), country)
        XCTAssertLessThan(rank(links, "health.txt"), country)
        XCTAssertLessThan(links[country].weight, links[rank(links, "report.txt")].weight / 2)
    }

    func testReadAlsoResolvesWhenTheHeadlinesArticleIsPresent() throws {
        XCTAssertEqual(timeline.article(headline: "Ukrainians without Russian passports denied healthcare in occupied territories"),
                       path("health.txt"))
        let published = try XCTUnwrap(timeline.events(article: path("followup.txt")).first { $0.event.kind == .published })
        let first = try XCTUnwrap(timeline.links(of: published.id).first)
        XCTAssertEqual(TimelineEvent.split(id: first.event)?.path, path("health.txt"))
        XCTAssertTrue(first.reasons.contains(.readAlso))
        timeline.remove(path: path("health.txt"))
        XCTAssertFalse(timeline.links(of: published.id).contains { $0.reasons.contains(.readAlso) })
    }
}
