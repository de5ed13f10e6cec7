import XCTest
import KVOModel
@testable import KVOImport

final class DateTextTests: XCTestCase {
    func testFormatsExportsWrite() {
        for text in ["2024-03-05", "2024/03/05", "20240305", "5-3-2024", "05-03-2024", "05/03/2024", "5.3.2024",
                     "5 maart 2024", "5-mrt-2024", "5 March 2024", "2024-03-05T14:32:00", "2024-03-05T14:32:00Z",
                     "05-03-2024 14:32", " 2024-03-05 "] {
            XCTAssertEqual(DateText.day(text), Day("2024-03-05"), text)
        }
    }

    func testWhatIsNoDate() {
        for text in ["", "2025-02-30", "31-04-2024", "05-03-24", "03/05", "gisteren", "2024-03-05 morgen", "5 foo 2024", "2024-13-01", "12345"] {
            XCTAssertNil(DateText.day(text), text)
        }
    }
}
