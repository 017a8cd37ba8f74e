import XCTest
@testable import TidingsKit

/// How links are found, weighed and ranked, on summaries built by hand. A model with known
/// weights is given, so that what is tested is the mechanics, not the shipped weights.
final class LinkRankingTests: XCTestCase {
    typealias F = TimelineFixtures

    /// Shared names and words, on one day, make a pair likely; another subject makes it less so.
    static let model = LinkModel(bias: -3, weights: LinkFeatures.names.map { name in
        ["key-names": 1, "other-names": 1, "sentence-words": 1, "lead-words": 1, "same-day": 1, "cosine": 1,
         "other-subjects": -2, "dateline": -1][name] ?? 0
    }, threshold: 0.5, sameHappening: 0.6)

    static func company(_ path: String, _ date: String, title: String, names: [String], text: String,
                        value: String? = nil, readAlso: [String] = []) -> ArticleSummary {
        F.summary(path, date, title: title, entities: names,
                  events: [F.mention("e0", value ?? date, entities: names, text: text)], readAlso: readAlso, type: .organization)
    }

    /// A takeover reported twice on its day and answered a week later; an unrelated dividend of
    /// the bidder's day; filler articles so that words are as rare as in a folder.
    let corpus: [ArticleSummary] = [
        company("bid.txt", "1987-03-02", title: "Mark IV bids for Conrac", names: ["Mark IV", "Conrac"],
                text: "Mark IV said it started a tender offer for Conrac shares."),
        company("bid-copy.txt", "1987-03-02", title: "Conrac gets tender offer", names: ["Conrac", "Mark IV"],
                text: "Conrac said Mark IV began a tender offer for its shares."),
        company("answer.txt", "1987-03-09", title: "Conrac rejects Mark IV tender", names: ["Conrac", "Mark IV"],
                text: "Conrac said its board rejected the Mark IV tender offer made on March 2.", value: "1987-03-02"),
        company("dividend.txt", "1987-03-02", title: "Lubrizol sets dividend", names: ["Lubrizol"],
                text: "Lubrizol declared a quarterly dividend payable to holders of record."),
    ] + (0..<12).map { n in
        company("filler\(n).txt", "1987-01-\(10 + n)", title: "Item \(n) of the folder", names: ["Firm \(n)"],
                text: "Firm \(n) reported figure \(n) about matters of its own.")
    }

    func rank(_ links: [TimelineLink], _ path: String) -> Int {
        links.firstIndex { TimelineEvent.split(id: $0.event)?.path == path } ?? Int.max
    }

    func testTheSameHappeningLinksAndAnUnrelatedReportOfTheDayDoesNot() {
        let timeline = Timeline(corpus, linkModel: Self.model)
        let links = timeline.links(of: "bid.txt#e0")
        XCTAssertEqual(rank(links, "bid-copy.txt"), 0, "\(links)")
        XCTAssertLessThan(rank(links, "answer.txt"), Int.max)
        XCTAssertEqual(rank(links, "dividend.txt"), Int.max, "a shared day alone is no link")
        XCTAssertTrue(links[0].reasons.contains([.entities, .sameDay]))
        XCTAssertTrue(links[0].words.contains("tender"), "\(links[0].words)")
    }

    func testOneLinkPerArticle() {
        let timeline = Timeline(corpus, linkModel: Self.model)
        for event in timeline.events {
            let paths = timeline.links(of: event.id).map { TimelineEvent.split(id: $0.event)!.path }
            XCTAssertEqual(paths.count, Set(paths).count, "\(event.id): \(paths)")
        }
        // The bid article's publication and its sentence both link to the copy's: one entry.
        XCTAssertEqual(timeline.links(of: "bid-copy.txt#e0").filter { $0.event.hasPrefix("bid.txt#") }.count, 1)
    }

    func testEvidenceSaysHowTheDatesAgreeAndWhatIsShared() throws {
        let timeline = Timeline(corpus, linkModel: Self.model)
        let link = try XCTUnwrap(timeline.links(of: "bid.txt#e0").first)
        XCTAssertTrue(link.evidence.hasPrefix("same day, shared: "), link.evidence)
        for item in ["Mark IV", "Conrac", "tender"] { XCTAssertTrue(link.evidence.contains(item), link.evidence) }
    }

    /// What a link shares is listed rarest first, of equals by name, whatever order the articles
    /// came in (the numbers the timeline gives names and words follow that order).
    func testWhatALinkSharesIsListedTheSameWhateverOrderTheArticlesCameIn() throws {
        let forward = Timeline(corpus, linkModel: Self.model), backward = Timeline(corpus.reversed(), linkModel: Self.model)
        for event in forward.events {
            let a = forward.links(of: event.id, limit: .max), b = backward.links(of: event.id, limit: .max)
            XCTAssertEqual(a.map(\.shared), b.map(\.shared), event.id)
            XCTAssertEqual(a.map(\.words), b.map(\.words), event.id)
            XCTAssertEqual(a.map(\.evidence), b.map(\.evidence), event.id)
        }
        let link = try XCTUnwrap(forward.links(of: "bid.txt#e0").first)
        // Named by as many articles: by name.
        XCTAssertEqual(link.shared.compactMap { forward.entity(id: $0)?.name }, ["Conrac", "Mark IV"])
        XCTAssertTrue(link.evidence.hasPrefix("same day, shared: Conrac, Mark IV, "), link.evidence)
    }

    /// The words a link shares are shown as its sentences write them, not as they are compared.
    func testSharedWordsAreShownAsTheSentencesWriteThem() throws {
        let timeline = Timeline(corpus + [
            Self.company("merger.txt", "1987-03-04", title: "Alder and Birch to merge", names: ["Alder Corp", "Birch Ltd"],
                         text: "Alder Corp and Birch Ltd merged their pipelines after prices slumped."),
            Self.company("merger-copy.txt", "1987-03-04", title: "Birch joins Alder", names: ["Birch Ltd", "Alder Corp"],
                         text: "Birch Ltd said it merged with Alder Corp as pipeline prices slumped."),
        ], linkModel: Self.model)
        let link = try XCTUnwrap(timeline.links(of: "merger.txt#e0").first)
        XCTAssertEqual(link.event, "merger-copy.txt#e0")
        for word in ["merged", "prices", "slumped"] {
            XCTAssertTrue(link.words.contains(word), "\(link.words)")
            XCTAssertTrue(link.evidence.contains(word), link.evidence)
        }
        XCTAssertFalse(link.words.contains("pric"), "\(link.words)")
    }

    func testASharedPlaceAndDayWithAFewWordsDoNotLink() {
        let timeline = Timeline([
            F.summary("a.txt", "1987-03-02", title: "Cleveland plant opens", entities: ["Cleveland"],
                      events: [F.mention("e0", "1987-03-02", entities: ["Cleveland"], text: "A plant opened in Cleveland on Monday.")]),
            F.summary("b.txt", "1987-03-02", title: "Cleveland council meets", entities: ["Cleveland"],
                      events: [F.mention("e0", "1987-03-02", entities: ["Cleveland"], text: "The city council met in Cleveland to discuss budget cuts, taxes and the plant.")]),
        ] + corpus, linkModel: Self.model)
        XCTAssertEqual(timeline.links(of: "a.txt#e0").filter { $0.event.hasPrefix("b.txt") }, [])
    }

    func testReadAlsoLinksWithoutWeighing() {
        var articles = corpus
        articles.append(Self.company("later.txt", "1987-04-01", title: "Quarterly figures", names: ["Zeta"],
                                     text: "Zeta reported figures.", readAlso: ["Lubrizol sets dividend"]))
        let timeline = Timeline(articles, linkModel: Self.model)
        let link = timeline.links(of: "later.txt#p").first
        XCTAssertEqual(link?.event, "dividend.txt#p")
        XCTAssertTrue(link?.reasons.contains(.readAlso) == true)
        XCTAssertTrue(link?.evidence.contains("read also") == true)
    }

    func testLinksAreMutualWithOneWeight() {
        let timeline = Timeline(corpus, linkModel: Self.model)
        for event in timeline.events {
            for link in timeline.links(of: event.id, limit: .max) {
                let back = timeline.links(of: link.event, limit: .max)
                // One entry per article: the way back may take another event of the first article.
                XCTAssertTrue(back.contains { TimelineEvent.split(id: $0.event)?.path == TimelineEvent.split(id: event.id)?.path },
                              "\(event.id) -> \(link.event)")
                if let same = back.first(where: { $0.event == event.id }) { XCTAssertEqual(same.weight, link.weight) }
            }
        }
    }

    func testNoLinksInsideOneArticle() {
        let timeline = Timeline(corpus, linkModel: Self.model)
        XCTAssertFalse(timeline.links(of: "bid.txt#e0").contains { $0.event.hasPrefix("bid.txt#") })
    }

    /// Four weekly issues of one statistic and a same-day report on the last one.
    static let series: [ArticleSummary] = ["1987-03-05", "1987-03-12", "1987-03-19", "1987-03-26"].map { day in
        company("m1-\(day).txt", day, title: "Fed money supply figures rise", names: ["Federal Reserve"],
                text: "The Federal Reserve said money supply figures rose in the week ended on \(day).", value: day)
    } + [company("m1-comment.txt", "1987-03-26", title: "Analysts expected it", names: ["Federal Reserve"],
                 text: "Analysts said the Federal Reserve money supply rise was expected.", value: "1987-03-26")]

    /// Of two issues of one day, the same one is kept whatever order the articles came in: the
    /// first by path.
    func testOfTwoIssuesOfOneDayTheSameIsKeptWhateverOrderTheArticlesCameIn() {
        var model = Self.model
        model.threshold = 0.2
        let twin = Self.company("m1-1987-03-12-wire.txt", "1987-03-12", title: "Fed money supply figures rise", names: ["Federal Reserve"],
                                text: "The Federal Reserve said money supply figures rose in the week ended on 1987-03-12.", value: "1987-03-12")
        let articles = Self.series + [twin] + corpus
        for order in [articles, articles.reversed()] {
            let timeline = Timeline(order, linkModel: model)
            let paths = Set(timeline.links(of: "m1-1987-03-19.txt#e0").map { TimelineEvent.split(id: $0.event)!.path })
            XCTAssertTrue(paths.contains("m1-1987-03-12-wire.txt"), "\(paths)")
            XCTAssertFalse(paths.contains("m1-1987-03-12.txt"), "\(paths)")
        }
    }

    func testASeriesLinksItsNearestIssuesNotOlderOnes() {
        // Weekly issues share no day: a lower threshold lets their names and words link them.
        var model = Self.model
        model.threshold = 0.2
        let timeline = Timeline(Self.series + corpus, linkModel: model)
        let paths = Set(timeline.links(of: "m1-1987-03-19.txt#e0").map { TimelineEvent.split(id: $0.event)!.path })
        XCTAssertTrue(paths.isSuperset(of: ["m1-1987-03-12.txt", "m1-1987-03-26.txt"]), "\(paths)")
        XCTAssertFalse(paths.contains("m1-1987-03-05.txt"), "two issues back: \(paths)")
        XCTAssertTrue(timeline.links(of: "m1-1987-03-12.txt#e0").contains { $0.event.hasPrefix("m1-1987-03-05.txt#") },
                      "the issue just before")
        let last = Set(timeline.links(of: "m1-1987-03-26.txt#e0").map { TimelineEvent.split(id: $0.event)!.path })
        XCTAssertEqual(last, ["m1-1987-03-19.txt", "m1-comment.txt"], "the previous issue and the day's other report")
    }

    func testAnOlderIssueIsNotLinkedWhenTheIssueBetweenIsNot() {
        var model = Self.model
        model.threshold = 0.2
        // The issue of the 12th says its figures in other words and names: it is not linked.
        let between = Self.company("m1-1987-03-12.txt", "1987-03-12", title: "Fed money supply figures rise",
                                   names: ["Board"], text: "Board data came out on a quiet day.", value: "1987-03-12")
        let series = Self.series.filter { $0.path != "m1-1987-03-12.txt" } + [between]
        let timeline = Timeline(series + corpus, linkModel: model)
        let paths = Set(timeline.links(of: "m1-1987-03-19.txt#e0").map { TimelineEvent.split(id: $0.event)!.path })
        XCTAssertFalse(paths.contains("m1-1987-03-05.txt"), "two issues back: \(paths)")
        XCTAssertFalse(paths.contains("m1-1987-03-12.txt"), "the issue between is not linked: \(paths)")
        XCTAssertTrue(paths.contains("m1-1987-03-26.txt"), "the issue just after: \(paths)")
    }

    func testASecondCopyComesAfterTheOtherLinks() {
        let copy = Self.company("bid-again.txt", "1987-03-02", title: "Mark IV bids for Conrac", names: ["Mark IV", "Conrac"],
                                text: "Mark IV said it started a tender offer for Conrac shares.")
        let again = Self.company("bid-third.txt", "1987-03-02", title: "Mark IV bids for Conrac", names: ["Mark IV", "Conrac"],
                                 text: "Mark IV said it started a tender offer for Conrac shares.")
        // Two more reports of the bid make its words commoner: a lower threshold keeps its links.
        var model = Self.model
        model.threshold = 0.2
        let timeline = Timeline(corpus + [copy, again], linkModel: model)
        let paths = timeline.links(of: "bid.txt#e0").map { TimelineEvent.split(id: $0.event)!.path }
        XCTAssertEqual(paths.count, 4, "\(paths)")
        XCTAssertEqual(paths.filter { $0 == "bid-again.txt" || $0 == "bid-third.txt" }.count, 2)
        XCTAssertEqual(Set(paths.prefix(3)).intersection(["bid-again.txt", "bid-third.txt"]).count, 1, "\(paths)")
        XCTAssertTrue(["bid-again.txt", "bid-third.txt"].contains(paths[3]), "\(paths)")
    }

    func testWordsOfTheWholeArticlesWeigh() throws {
        func article(_ path: String, _ other: String) -> ArticleSummary {
            F.summary(path, "1987-03-02", title: "Item", entities: ["Zeta"], events: [
                F.mention("e0", "1987-03-02", entities: ["Zeta"], text: "Zeta spoke."),
                F.mention("e1", "1987-03-01", text: other)], type: .organization)
        }
        let timeline = Timeline([article("a.txt", "Kiln furnaces cracked."), article("b.txt", "Kiln furnaces cracked too."),
                                 article("c.txt", "Orchards bloomed.")] + corpus, linkModel: Self.model)
        // The linking sentences are alike in all three: only the other sentences tell them apart.
        XCTAssertGreaterThan(try XCTUnwrap(timeline.linkFeatures("a.txt#e0", "b.txt#e0")).articleWords,
                             try XCTUnwrap(timeline.linkFeatures("a.txt#e0", "c.txt#e0")).articleWords)
    }

    func testNamesSplitOtherwiseAndFiguresWeighAsTokens() throws {
        // The tagger names the quake's place "Kermadec Islands" in one report and "Kermadec" in the
        // other: as names they differ, as words they meet, and so do the tolls.
        let timeline = Timeline([
            F.summary("a.txt", "1987-03-02", title: "Item", entities: ["Kermadec Islands"], events: [
                F.mention("e0", "1987-03-02", entities: ["Kermadec Islands"], text: "The quake killed 34 on the Kermadec Islands.")]),
            F.summary("b.txt", "1987-03-02", title: "Item", entities: ["Kermadec"], events: [
                F.mention("e0", "1987-03-02", entities: ["Kermadec"], text: "Toll of quake near Kermadec rises to 34.")]),
            F.summary("c.txt", "1987-03-02", title: "Item", entities: ["Tonga"], events: [
                F.mention("e0", "1987-03-02", entities: ["Tonga"], text: "Toll of quake near Tonga rises to 12.")]),
        ] + corpus, linkModel: Self.model)
        let same = try XCTUnwrap(timeline.linkFeatures("a.txt#e0", "b.txt#e0"))
        let other = try XCTUnwrap(timeline.linkFeatures("c.txt#e0", "a.txt#e0"))
        XCTAssertEqual(same.keyNames + same.otherNames + same.places, 0, "no name in common")
        XCTAssertGreaterThan(same.tokens, other.tokens, "\(same.tokens) \(other.tokens)")
        XCTAssertGreaterThan(other.tokens, 0, "the quake")
        XCTAssertEqual(SentenceTokens.of("The U.S. said 34 quakes hit Kermadec's islands, 34 or 6."),
                       ["34", "quakes", "hit", "kermadec", "islands"])
    }

    func testReportsOfOneHappeningAreGroupedAndRegroupedWhenOneGoes() {
        var timeline = Timeline(corpus, linkModel: Self.model)
        let happening = timeline.happening(of: "bid.txt#e0")
        XCTAssertEqual(timeline.happening(of: "bid-copy.txt#e0"), happening)
        XCTAssertEqual(timeline.reportCount(of: "bid.txt#e0"), Set(timeline.reports(of: "bid.txt#e0").map {
            TimelineEvent.split(id: $0)!.path }).count)
        XCTAssertGreaterThanOrEqual(timeline.reportCount(of: "bid.txt#e0"), 2)
        XCTAssertEqual(timeline.reportCount(of: "dividend.txt#e0"), 1)
        XCTAssertEqual(timeline.happening(of: "dividend.txt#e0"), "dividend.txt#e0")
        timeline.remove(path: "bid-copy.txt")
        XCTAssertFalse(timeline.reports(of: "bid.txt#e0").contains { $0.hasPrefix("bid-copy.txt") })
        timeline.update(corpus[1])
        XCTAssertEqual(timeline.happening(of: "bid-copy.txt#e0"), timeline.happening(of: "bid.txt#e0"))
    }
}

/// The link model's file and its training.
final class LinkModelTests: XCTestCase {
    func testTheModelFileReadsBackAsWritten() {
        let model = LinkModel(bias: -1.5, weights: LinkFeatures.names.indices.map { Double($0) / 8 }, threshold: 0.7,
                              sameHappening: 0.9)
        XCTAssertEqual(LinkModel(text: model.text), model)
        XCTAssertNil(LinkModel(text: "bias 1\nthreshold 0.5\n"), "a missing weight")
    }

    func testTheShippedModelIsReadFromTheResources() {
        XCTAssertEqual(LinkModel.shipped.weights.count, LinkFeatures.names.count)
        XCTAssertGreaterThan(LinkModel.shipped.threshold, 0.5)
        XCTAssertGreaterThanOrEqual(LinkModel.shipped.sameHappening, LinkModel.shipped.threshold)
    }

    func testTrainingSeparatesAndIsTheSameEveryTime() {
        var examples: [LinkTrainer.Example] = []
        for n in 0..<60 {
            var f = LinkFeatures()
            f.keyNames = Double(n % 5)
            f.sentenceWords = Double(n % 3)
            let good = f.keyNames + f.sentenceWords >= 3
            examples.append(LinkTrainer.Example(features: f, good: good, same: good && f.keyNames >= 4, group: "e\(n / 3)"))
        }
        let (model, predictions) = LinkTrainer.train(examples)
        XCTAssertEqual(LinkTrainer.train(examples).model.text, model.text)
        XCTAssertGreaterThan(model.weights[LinkFeatures.names.firstIndex(of: "key-names")!], 0)
        XCTAssertGreaterThan(LinkTrainer.averagePrecision(predictions, examples.map(\.good)), 0.9)
        let kept = examples.indices.filter { model.probability(examples[$0].features) >= model.threshold }
        XCTAssertGreaterThanOrEqual(Double(kept.filter { examples[$0].good }.count), LinkTrainer.linkPrecision * Double(kept.count))
    }

    func testAveragePrecisionAndThreshold() {
        XCTAssertEqual(LinkTrainer.averagePrecision([3, 2, 1], [true, false, true]), (1 + 2.0 / 3) / 2, accuracy: 1e-12)
        XCTAssertEqual(LinkTrainer.threshold([0.9, 0.8, 0.7, 0.6], [true, true, false, false], precision: 0.9), 0.8)
        XCTAssertEqual(LinkTrainer.threshold([0.9], [false], precision: 0.9), 1)
    }
}
