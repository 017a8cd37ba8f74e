import XCTest
@testable import TidingsUI

final class CellTests: XCTestCase {
    func testBlankCellIsASpace() {
        XCTAssertEqual(Cell().scalar, " ")
    }
}
