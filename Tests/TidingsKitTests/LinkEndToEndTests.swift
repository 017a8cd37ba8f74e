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

    /// Two stories, each reported by two wires on one day and followed up later, and a report that
    /// shares only the dateline city and the day with the first.
    func testReportsOfOneHappeningMergeAndADatelineTwinIsNotLinkedAboveThem() throws {
        try Self.skipUnlessTaggersWork()
        let wires = try TemporaryFolder()
        let day = "date: 1987-03-02\n"
        // Two wire reports of one bid share several of its facts, as real ones do.
        try wires.write("bid.txt", day + """
            title: MARK IV STARTS TENDER OFFER FOR CONRAC

            CLEVELAND, March 2 - Mark IV Industries Inc said it started a tender offer for all shares \
            of Conrac Corp at 25 dlrs a share, valuing the maker of displays at about 160 mln dlrs.

            The offer, conditioned on a majority of Conrac shares being tendered, expires on March 30.

            Mark IV said on Monday that Chemical Bank had committed to finance the purchase.

            """)
        try wires.write("bid-wire.txt", day + """
            title: CONRAC GETS MARK IV TENDER OFFER

            NEW YORK, March 2 - Conrac Corp said Mark IV Industries Inc started a tender offer for all \
            its shares at 25 dlrs a share, which the Conrac board will study.

            The offer, conditioned on a majority of Conrac shares being tendered, expires on March 30.

            Mark IV said on Monday that Chemical Bank had committed to finance the purchase.

            """)
        try wires.write("answer.txt", "date: 1987-03-09\n" + """
            title: CONRAC REJECTS MARK IV TENDER OFFER

            STAMFORD, Conn., March 9 - Conrac Corp said its board rejected the tender offer Mark IV \
            Industries Inc started on March 2 as inadequate.

            """)
        try wires.write("strike.txt", "date: 1987-03-05\n" + """
            title: BRAZILIAN SEAMEN EXTEND STRIKE

            RIO DE JANEIRO, March 5 - Brazilian seamen extended their national strike against the \
            merchant shipping companies, halting exports of soybeans and coffee, the National Federation \
            of Merchant Seamen said.

            """)
        try wires.write("strike-wire.txt", "date: 1987-03-05\n" + """
            title: SEAMEN'S STRIKE HALTS BRAZIL EXPORTS

            SANTOS, Brazil, March 5 - The national strike by Brazilian seamen halted exports of soybeans \
            and coffee from the port, the National Federation of Merchant Seamen said.

            """)
        try wires.write("dividend.txt", day + """
            title: LUBRIZOL SETS QUARTERLY DIVIDEND

            CLEVELAND, March 2 - Lubrizol Corp said its board declared a quarterly dividend of 18 cts \
            a share, payable April 10 to holders of record March 20.

            """)
        let corpus = Corpus.load(folder: wires.path)
        let timeline = Timeline(corpus.entries.map { ArticleSummary(article: $0.article, analysis: $0.analysis) })
        func event(_ name: String) throws -> TimelineEvent {
            try XCTUnwrap(timeline.events(article: wires.path + "/" + name).first { $0.event.kind == .mention }, name)
        }
        let bid = try event("bid.txt"), wire = try event("bid-wire.txt")
        XCTAssertEqual(timeline.happening(of: bid.id), timeline.happening(of: wire.id), "the two reports of the bid")
        // The answer restates the bid of March 2: it may count as a third report.
        XCTAssertGreaterThanOrEqual(timeline.reportCount(of: bid.id), 2)
        XCTAssertFalse(timeline.reports(of: bid.id).contains { $0.contains("dividend.txt") })
        XCTAssertEqual(timeline.happening(of: try event("strike.txt").id), timeline.happening(of: try event("strike-wire.txt").id))
        XCTAssertNotEqual(timeline.happening(of: bid.id), timeline.happening(of: try event("strike.txt").id))
        let links = timeline.links(of: bid.id)
        let linked = links.map { TimelineEvent.split(id: $0.event)!.path }
        XCTAssertEqual(linked.first, wires.path + "/bid-wire.txt", "\(links)")
        XCTAssertEqual(linked.firstIndex(of: wires.path + "/dividend.txt") ?? Int.max, Int.max, "only the city and the day")
        let answer = timeline.events(article: wires.path + "/answer.txt").flatMap { timeline.links(of: $0.id) }
        XCTAssertTrue(answer.contains { $0.event.contains("bid") }, "the answer links to the bid: \(answer)")
        XCTAssertFalse(linked.contains { $0.hasSuffix("strike.txt") || $0.hasSuffix("strike-wire.txt") })

        // Two stories, each the same from every report; the dividend is in neither.
        let bidStory = try XCTUnwrap(timeline.story(of: bid.id))
        XCTAssertEqual(timeline.story(of: wire.id)?.id, bidStory.id)
        XCTAssertTrue(bidStory.events.contains { $0.id == wire.id })
        let strikeStory = try XCTUnwrap(timeline.story(of: try event("strike.txt").id))
        XCTAssertEqual(timeline.story(of: try event("strike-wire.txt").id)?.id, strikeStory.id)
        XCTAssertNotEqual(bidStory.id, strikeStory.id)
        for story in [bidStory, strikeStory] { XCTAssertFalse(story.events.contains { $0.path.hasSuffix("dividend.txt") }) }

        // The JSON of the real binary says the same: happening and story ids.
        let home = try TemporaryFolder()
        let run = try TidingsBinary.run(["timeline", "--json", wires.path], environment: ProcessInfo.processInfo.environment.merging(
            ["XDG_CACHE_HOME": home.path + "/cache", "XDG_STATE_HOME": home.path + "/state"]) { $1 })
        XCTAssertEqual(run.status, 0, run.stderr)
        let events = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        // Ids by file name: the binary names the folder as it finds it.
        func short(_ id: String?) -> String? { id.map { String($0.split(separator: "/").last!) } }
        func field(_ key: String, of id: String) -> String? {
            short(events.first { short($0["id"] as? String) == short(id) }?[key] as? String)
        }
        XCTAssertEqual(field("happening", of: bid.id), short(timeline.happening(of: bid.id)))
        XCTAssertEqual(field("happening", of: wire.id), field("happening", of: bid.id))
        XCTAssertEqual(field("story", of: bid.id), short(bidStory.id))
        XCTAssertEqual(field("story", of: wire.id), short(bidStory.id))
        XCTAssertEqual(field("story", of: try event("strike-wire.txt").id), short(strikeStory.id))
        let dividend = events.filter { ($0["path"] as? String)?.hasSuffix("dividend.txt") == true }
        XCTAssertFalse(dividend.isEmpty)
        for event in dividend {
            XCTAssertNotNil(event["happening"] as? String)
            XCTAssertFalse([bidStory.id, strikeStory.id].map(short).contains(short(event["story"] as? String)), "\(event)")
        }
    }

    /// Every word of a link's evidence in the real binary's JSON is a word the folder's articles
    /// write, also those of their leads that the linked events do not say.
    func testEvidenceSaysWordsTheArticlesWrite() throws {
        try Self.skipUnlessTaggersWork()
        let wires = try TemporaryFolder()
        let texts = [
            "bid.txt": """
                date: 1987-03-02
                title: MARK IV BIDS FOR CONRAC

                CLEVELAND, March 2 - Mark IV Industries Inc said it offered 25 dlrs for all shares of \
                Conrac Corp, valuing the maker of displays at about 160 mln dlrs.

                Mark IV said on Monday that Chemical Bank had committed to finance the purchase.

                """,
            "bid-wire.txt": """
                date: 1987-03-02
                title: CONRAC GETS MARK IV PROPOSAL

                NEW YORK, March 2 - Conrac Corp said Mark IV Industries Inc offered 25 dlrs for all its \
                shares, which the Conrac board will study.

                Mark IV said on Monday that Chemical Bank had committed to finance the purchase.

                """,
            "dividend.txt": """
                date: 1987-03-02
                title: LUBRIZOL SETS QUARTERLY DIVIDEND

                CLEVELAND, March 2 - Lubrizol Corp said its board declared a quarterly dividend of 18 cts \
                a share, payable April 10 to holders of record March 20.

                """,
        ]
        for (name, text) in texts { try wires.write(name, text) }
        var written = Set<String>()
        for text in texts.values {
            written.formUnion(text.lowercased().split { !$0.isLetter }.map(String.init))
        }
        let home = try TemporaryFolder()
        let run = try TidingsBinary.run(["timeline", "--json", wires.path], environment: ProcessInfo.processInfo.environment.merging(
            ["XDG_CACHE_HOME": home.path + "/cache", "XDG_STATE_HOME": home.path + "/state"]) { $1 })
        XCTAssertEqual(run.status, 0, run.stderr)
        let events = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let evidence = events.flatMap { ($0["links"] as? [[String: Any]] ?? []).compactMap { $0["evidence"] as? String } }
        XCTAssertFalse(evidence.isEmpty)
        for text in evidence {
            let shared = text.components(separatedBy: "shared: ").dropFirst().joined()
            let words = shared.lowercased().split { !$0.isLetter }.map(String.init)
            XCTAssertEqual(words.filter { !written.contains($0) }, [], text)
        }
        // Words both leads say, and neither the titles nor the sentences of the bid's financing.
        XCTAssertTrue(evidence.contains { $0.contains("committed") && ["offered", "dlrs", "shares"].contains(where: $0.contains) },
                      "\(evidence)")
    }
}
