import Foundation
import XCTest

/// What a name is, said by its own words and the words around it, over what the tagger guessed:
/// `tidings extract` on articles the test writes, and on the bundled demo.
extension ExtractCommandTests {
    /// Each entity's text and type, in the order found.
    func typedNames(_ paths: [String]) throws -> [(text: String, type: String)] {
        try extract(paths).flatMap { try XCTUnwrap($0["entities"] as? [[String: Any]]) }
            .map { ($0["text"] as! String, $0["type"] as! String) }
    }

    func types(of name: String, in names: [(text: String, type: String)]) -> [String] {
        names.filter { $0.text == name }.map(\.type)
    }

    func testACommonWordOpeningASentenceIsNoName() throws {
        let file = try folder.write("thaw.txt", """
            date: 2024-06-04
            title: Banks give way

            Riverbanks gave way near Coldry on Monday. Snowmelt is expected to peak by Friday.

            """)
        let names = try typedNames([file])
        XCTAssertEqual(names.map(\.text), ["Coldry"], "\(names)")
    }

    func testTheLastWordOfANameSaysWhatItNames() throws {
        let file = try folder.write("river.txt", """
            date: 2024-06-04
            title: River rises

            The Fennic Rowing society and the Lusk Courier said the Drover River rose fast near Coldry on Monday.

            Read also: Workers inspect the Ashby Dam

            Officials of Ashby Dam said nothing. The Tarrow Courier and Tarrow Group agreed.

            Pilgrims from the West Bank came by bus.

            """)
        let names = try typedNames([file])
        // "Bank" ends a region's name too.
        XCTAssertEqual(types(of: "West Bank", in: names), ["LOCATION"], "\(names)")
        XCTAssertEqual(types(of: "Lusk Courier", in: names), ["ORGANIZATION"], "\(names)")
        XCTAssertEqual(types(of: "Tarrow Courier", in: names), ["ORGANIZATION"], "\(names)")
        XCTAssertEqual(types(of: "Ashby Dam", in: names), ["LOCATION", "LOCATION"], "\(names)")
    }

    func testAWordFormedLikeADemonymNamesAPeopleAndANameBeforeASocietyIsItsName() throws {
        let file = try folder.write("shelter.txt", """
            date: 2024-06-03
            title: Shelters open

            The Orvanian government sent help; the Orvanian Blue Star society opened shelters.

            """)
        let names = try typedNames([file])
        XCTAssertEqual(types(of: "Orvanian", in: names), ["GROUP"], "\(names)")
        XCTAssertEqual(types(of: "Orvanian Blue Star", in: names), ["ORGANIZATION"], "\(names)")
    }

    func testWhatHasACoastOrACityIsAPlace() throws {
        let file = try folder.write("ferry.txt", """
            date: 2024-06-05
            title: Ferry returns

            Tourists came to Pellin, Drosaria's second city, on Friday. Drosaria's west coast was calm.

            """)
        let names = try typedNames([file])
        XCTAssertEqual(types(of: "Drosaria", in: names), ["LOCATION", "LOCATION"], "\(names)")
    }

    func testTheDemoTypesItsNamesByWhatTheyAre() throws {
        let names = try typedNames([Self.demo])
        func only(_ name: String, _ type: String) {
            let found = types(of: name, in: names)
            XCTAssertFalse(found.isEmpty, name)
            XCTAssertEqual(Set(found), [type], name)
        }
        // A sentence's first word is no name for being capitalized.
        XCTAssertFalse(names.contains { $0.text.hasPrefix("Flood") }, "\(names)")
        only("Esteria", "LOCATION")
        only("Esterian", "GROUP")
        only("Kessel Dam", "LOCATION")
        only("Varnholt Courier", "ORGANIZATION")
        only("Brightwater Engineering", "ORGANIZATION")
        only("Esterian Red Lantern", "ORGANIZATION")
    }
}
