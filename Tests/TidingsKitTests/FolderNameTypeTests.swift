import XCTest
@testable import TidingsKit

/// A name the folder mostly gives one type takes that type where an article alone got another.
final class FolderNameTypeTests: XCTestCase {
    private func timeline(_ ids: [[String]]) -> Timeline {
        Timeline(ids.enumerated().map { n, ids in
            TimelineFixtures.summary("/news/\(n).txt", "2024-03-0\(n + 1)", title: "Article \(n)", entities: ids)
        })
    }

    func testTheTypeOfMostArticlesWins() {
        let folder = timeline([["location:varnholt"], ["location:varnholt"], ["location:varnholt"], ["person:varnholt"]])
        XCTAssertEqual(folder.agreedID(of: "person:varnholt")?.id, "location:varnholt")
        XCTAssertEqual(folder.agreedID(of: "person:varnholt")?.type, .location)
        XCTAssertNil(folder.agreedID(of: "location:varnholt"))
        let mention = EntityMention(start: 4, end: 12, type: .person, id: "person:varnholt")
        XCTAssertEqual(folder.agreed([mention]), [EntityMention(start: 4, end: 12, type: .location, id: "location:varnholt")])
    }

    func testANameSplitAboutEvenlyKeepsItsTypes() {
        let folder = timeline([["location:jordan"], ["location:jordan"], ["person:jordan"], ["person:jordan"]])
        XCTAssertNil(folder.agreedID(of: "person:jordan"))
        XCTAssertNil(folder.agreedID(of: "location:jordan"))
        XCTAssertNil(timeline([["location:lind"], ["person:lind"]]).agreedID(of: "person:lind"))
    }

    func testAPlaceAndItsNamesakeOrganizationStayTwo() {
        let folder = timeline([["location:texas"], ["location:texas"], ["location:texas"], ["organization:texas"]])
        XCTAssertNil(folder.agreedID(of: "organization:texas"))
    }
}
