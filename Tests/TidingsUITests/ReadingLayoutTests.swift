import XCTest
import TidingsKit
@testable import TidingsUI

/// How article text is laid out in the reading pane: hard-wrapped prose flows at the pane's
/// width; tables, indented lines, lists and short lines keep their breaks.
final class ReadingLayoutTests: XCTestCase {
    private func bodyLines(_ text: String, width: Int) -> [String] {
        let entry = FixtureArticle(path: "/news/2024-03-01-wire.txt", text: text).entry
        return ReadingDocument(entry: entry, width: width).lines.dropFirst(2).map { line in
            String(String.UnicodeScalarView(line.cells.map(\.scalar)))
        }
    }

    func testHardWrappedProseFlowsAtThePaneWidth() {
        let lines = bodyLines("""
            date 2024-03-01

            HARBOURTON, March 1 - The port authority said on Friday that
            grain shipments through the northern terminal rose sharply in
            February after the river reopened.
                The southern terminal stays closed until the dredging is
            finished, it said.
            """, width: 80)
        XCTAssertEqual(lines, [
            "HARBOURTON, March 1 - The port authority said on Friday that grain shipments",
            "through the northern terminal rose sharply in February after the river reopened.",
            "    The southern terminal stays closed until the dredging is finished, it said.",
        ])
    }

    /// Accents written as combining marks show on their letters, in the article's lines.
    func testDecomposedAccentsShowComposed() {
        let lines = bodyLines("date 2024-03-01\n\nThe cafe\u{301} in Plzen\u{30C} reopened.\n", width: 40)
        XCTAssertEqual(lines, ["The caf\u{E9} in Plze\u{148} reopened."])
    }

    func testTablesIndentsListsAndShortLinesKeepTheirBreaks() {
        let lines = bodyLines("""
            date 2024-03-01

            The port authority gave these figures for the month, in tonnes:
                       Wheat     Barley
              Feb      1,200        300
            The authority also listed the terminals that will reopen soon:
            - the northern terminal on the river side of the harbour
            - the old quay
            Short line.
            Next line of text that is long enough to be prose on its own here.
            """, width: 100)
        XCTAssertEqual(lines, [
            "The port authority gave these figures for the month, in tonnes:",
            "           Wheat     Barley",
            "  Feb      1,200        300",
            "The authority also listed the terminals that will reopen soon:",
            "- the northern terminal on the river side of the harbour",
            "- the old quay",
            "Short line.",
            "Next line of text that is long enough to be prose on its own here.",
        ])
    }

    func testNumberedItemsKeepTheirBreaksAndAFigureStartingALineDoesNot() {
        let lines = bodyLines("""
            date 2024-03-01

            The authority also listed the terminals that will reopen soon:
            1. the northern terminal on the river side of the harbour
            12) the old quay
            The authority said the figures for the first quarter of the year were
            2024 tonnes higher than a year before.
            """, width: 100)
        XCTAssertEqual(lines, [
            "The authority also listed the terminals that will reopen soon:",
            "1. the northern terminal on the river side of the harbour",
            "12) the old quay",
            "The authority said the figures for the first quarter of the year were 2024 tonnes higher than a year",
            "before.",
        ])
    }
}
