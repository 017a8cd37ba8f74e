import XCTest
import TidingsKit
@testable import TidingsUI

/// Reading a folder article after article: opening from every pane at the width shown, the next
/// and previous articles, unread marks, links out of an article and out of the entity view.
final class ReadingFlowTests: XCTestCase {
    /// An event opened from the maximized timeline fills the screen, wrapped at its width.
    func testEventOpenedFromTheMaximizedTimelineWrapsAtTheFullWidth() {
        var state = Fixture.state(width: 120, height: 40)
        state.press("3", "+", "G", "Enter")
        XCTAssertEqual(state.focus, .reading)
        XCTAssertEqual(state.layout.frames.map(\.pane), [.reading])
        let frame = state.layout.frame(of: .reading)!
        XCTAssertEqual(state.reading?.document.width, ReadingPane.textWidth(frame.width))
    }

    /// An empty folder says where articles go, which files are read, and that the demo exists.
    func testAnEmptyFolderSaysWhereArticlesGo() {
        var state = AppState(store: MemoryArticleStore(), folderLabel: "~/news", width: 80, height: 24)
        state.apply(.loaded([]))
        Golden.check("empty-80x24", state)
        let text = Screen.render(state).text
        XCTAssertTrue(text.contains("No articles in ~/news yet."), text)
        XCTAssertTrue(text.contains("tidings demo"), text)
    }

    private func summary(_ entry: CorpusEntry) -> ArticleSummary {
        ArticleSummary(article: entry.article, analysis: entry.analysis)
    }

    /// One notion, unread: the title line counts the articles without a read mark, `u` and
    /// opening change it, and the first look at the folder calls nothing new.
    func testTheTitleLineCountsUnreadArticlesAndKeepsTheCountCurrent() {
        let entries = Fixture.all.map(\.entry)
        let store = MemoryArticleStore(entries: entries)
        store.readPaths = [Fixture.bakery.path]
        var state = AppState(store: store, folderLabel: "~/news", width: 120, height: 40)
        state.apply(.loaded([]))
        for entry in entries { state.apply(.added(summary(entry))) }
        XCTAssertFalse(state.message?.text.hasPrefix("new:") ?? false, state.message?.text ?? "")
        state.apply(.scanned)
        XCTAssertEqual(state.message?.text, "5 articles · 4 unread")
        XCTAssertTrue(titleLine(state).contains("5 articles · 4 unread"), titleLine(state))
        XCTAssertFalse(titleLine(state).contains(" new"), titleLine(state))

        state.press("u")
        XCTAssertTrue(titleLine(state).contains("3 unread"), titleLine(state))
        state.press("u")
        XCTAssertTrue(titleLine(state).contains("4 unread"), titleLine(state))
        state.press("Enter")
        XCTAssertTrue(titleLine(state).contains("3 unread"), titleLine(state))
        let marks = Screen.render(state).text.split(separator: "\n").filter { $0.contains("│●") }.count
        XCTAssertEqual(marks, 3)

        // After the first look, an article that comes is news.
        state.apply(.removed(path: Fixture.festival.path))
        state.apply(.added(summary(Fixture.festival.entry)))
        XCTAssertEqual(state.message?.text, "new: 2024-03-15-festival.txt")
    }

    private func titleLine(_ state: AppState) -> String {
        String(Screen.render(state).text.split(separator: "\n").first ?? "")
    }

    /// How a file was read shows on the article's meta line and in the status line; `W` lists
    /// the files skipped and the articles read with warnings.
    func testInputWarningsShowAndSkippedFilesAreListed() {
        var warned = Fixture.bakery.entry
        warned.article.warnings = [ReadWarning(.windows1252, "not UTF-8: decoded as Windows-1252")]
        var entries = Fixture.all.map(\.entry).filter { $0.article.path != Fixture.bakery.path }
        entries.append(warned)
        var state = AppState(store: MemoryArticleStore(entries: entries), folderLabel: "~/news", width: 120, height: 40)
        state.apply(.loaded(entries.map(summary)))
        state.apply(.skipped([ReadFailure(kind: .binary, path: "/news/photos/scan.txt", reason: "binary file (NUL bytes): skipped"),
                              ReadFailure(kind: .empty, path: "/news/empty.txt", reason: "empty file")]))
        XCTAssertEqual(state.message?.text, "2 files skipped · W lists them")
        let row = state.list.rows.firstIndex { state.summaries[$0].path == Fixture.bakery.path }!
        state.press("g")
        for _ in 0..<row { state.press("j") }
        XCTAssertEqual(state.message?.text, "⚠ not UTF-8: decoded as Windows-1252")
        XCTAssertTrue(state.message?.isWarning ?? false)
        let meta = ReadingDocument.metaCells(warned)
        XCTAssertEqual(String(meta.map { Character($0.scalar) }), "2024-03-07 · ⚠ not UTF-8: decoded as Windows-1252 · 1 place")
        XCTAssertEqual(meta.filter { $0.style == StyleRole.statusWarning.rawValue }.count, 36)
        // On screen, cut to the pane's width after the warning's start.
        XCTAssertTrue(Screen.render(state).text.contains("2024-03-07 · ⚠ not UTF-8: decoded"))

        state.press("W")
        Golden.check("problems-80x24", { var small = state; small.resize(width: 80, height: 24); return small }())
        let text = Screen.render(state).text
        for line in ["Skipped: 2 files", "photos/scan.txt", "binary file (NUL bytes): skipped", "empty.txt",
                     "Read with warnings: 1 article", "2024-03-07-bakery.txt"] {
            XCTAssertTrue(text.contains(line), line + "\n" + text)
        }
        state.press("q")
        XCTAssertNil(state.problemsTop)
    }

    /// `J`/`K` open the next and previous articles of the list from the reading pane, `.` and
    /// `Space` at an article's end the next unread one; `A` twice marks the whole list read.
    func testNextPreviousAndUnreadArticlesFromTheReadingPane() {
        let store = MemoryArticleStore(entries: Fixture.all.map(\.entry))
        var state = AppState(store: store, folderLabel: "~/news", width: 120, height: 40)
        // The list, newest first: resignation, festival, bakery, evacuation, cracks.
        store.readPaths = [Fixture.festival.path, Fixture.bakery.path]
        state.apply(.loaded(Fixture.all.map { summary($0.entry) }))
        state.press("Enter")
        XCTAssertEqual(state.reading?.document.path, Fixture.resignation.path)
        state.press("J")
        XCTAssertEqual(state.reading?.document.path, Fixture.festival.path)
        XCTAssertEqual(state.focus, .reading)
        state.press("K")
        XCTAssertEqual(state.reading?.document.path, Fixture.resignation.path)
        state.press(".")
        XCTAssertEqual(state.reading?.document.path, Fixture.evacuation.path)
        XCTAssertTrue(state.isRead(Fixture.evacuation.path))
        // Space pages down, and at the article's end goes on to the next unread one.
        for _ in 0..<5 { state.press("Space") }
        XCTAssertEqual(state.reading?.document.path, Fixture.cracks.path)

        XCTAssertEqual(state.unreadCount, 0)
        state.press("u", "1", "k", "u")
        XCTAssertEqual(state.unreadCount, 2)
        state.press("A")
        XCTAssertEqual(state.unreadCount, 2)
        XCTAssertEqual(state.message?.text, "A again marks 2 unread articles of the list read")
        let effects = state.handle(.character("A"))
        XCTAssertEqual(state.unreadCount, 0)
        XCTAssertEqual(effects.count, 2)
        XCTAssertTrue(effects.contains(.setRead(path: Fixture.cracks.path, read: true)))
        XCTAssertTrue(effects.contains(.setRead(path: Fixture.evacuation.path, read: true)))
        state.press(".")
        XCTAssertEqual(state.message?.text, "no unread article in the list")
    }

    /// While the list has the focus it takes `split` percent of the width: 33 columns of title
    /// at 120 instead of 18, and the source column from 160.
    func testTheFocusedListGivesTitlesRoomAndShowsSourcesFrom160Columns() {
        var state = Fixture.state(width: 120, height: 40)
        XCTAssertEqual(state.layout.frame(of: .list)?.width, 46)
        let row = Screen.render(state).text.split(separator: "\n")[2]
        XCTAssertTrue(row.contains("│▶2024-03-25 Minister of Waterways Halvard Ren…│"), String(row))
        state.press("Enter")
        XCTAssertEqual(state.layout.frame(of: .list)?.width, 31)
        XCTAssertEqual(state.reading?.document.width, ReadingPane.textWidth(state.layout.frame(of: .reading)!.width))

        var wide = Fixture.state(width: 160, height: 30)
        let listWidth = wide.layout.frame(of: .list)!.width
        let listRow = Screen.render(wide).text.split(separator: "\n")[2].prefix(listWidth + 1)
        XCTAssertTrue(listRow.hasPrefix("│▶2024-03-25 Esteria Tod… Minister of Waterways"), String(listRow))
        wide.split = 30
        wide.resize(width: 161, height: 30)
        XCTAssertEqual(wide.layout.frame(of: .list)?.width, 47)

        XCTAssertEqual(Config.parse("split = 55", file: "config.toml").split, 55)
        let wrong = Config.parse("split = 95", file: "config.toml")
        XCTAssertEqual(wrong.split, Layout.defaultSplit)
        XCTAssertEqual(wrong.problems.count, 1)
    }

    /// A "Read also" headline naming an article of the folder is a mark of its own: `}` stops at
    /// it (not at the names inside it) and `Enter` opens that article.
    func testEnterOnAReadAlsoHeadlineOpensItsArticle() throws {
        var state = Fixture.state(width: 120, height: 40)
        state.press("G", "Enter")
        XCTAssertEqual(state.reading?.document.path, Fixture.cracks.path)
        var steps = 0
        while state.reading?.focusedMark.map({ if case .link = $0.kind { true } else { false } }) != true, steps < 40 {
            state.press("}")
            steps += 1
        }
        let mark = try XCTUnwrap(state.reading?.focusedMark)
        XCTAssertEqual(mark.kind, .link(path: Fixture.evacuation.path))
        XCTAssertEqual(state.message?.text, "Read also: Lower Varnholt evacuated as Oran River rises · Enter opens it")
        state.press("}")
        XCTAssertEqual(state.message?.text, "no further entity or link")
        state.press("Enter")
        XCTAssertNil(state.entityView)
        XCTAssertEqual(state.reading?.document.path, Fixture.evacuation.path)
        XCTAssertTrue(state.isRead(Fixture.evacuation.path))
        state.press("Backspace")
        XCTAssertEqual(state.reading?.document.path, Fixture.cracks.path)
    }

    /// In the entity view, moving past the articles selects the names it appears with; `Enter`
    /// pivots to that name's view, and `Backspace` comes back.
    func testEntityViewPivotsToANameItAppearsWith() throws {
        var state = Fixture.state(width: 80, height: 24)
        state.press("Enter", "}", "Enter")
        let view = try XCTUnwrap(state.entityView)
        XCTAssertEqual(view.entity.id, "halvard-renn")
        for _ in view.articles { state.press("j") }
        let companion = try XCTUnwrap(view.companions.first?.entity)
        XCTAssertEqual(state.entityView?.selected, view.articles.count)
        XCTAssertTrue(state.message?.text.hasPrefix(companion.name + " · in 2 of them") ?? false, state.message?.text ?? "")
        Golden.check("entity-companion-80x24", state)
        state.press("Enter")
        XCTAssertEqual(state.entityView?.entity.id, companion.id)
        XCTAssertEqual(state.timeline.entity, companion.id)
        state.press("Backspace")
        XCTAssertEqual(state.entityView?.entity.id, "halvard-renn")
    }
}
