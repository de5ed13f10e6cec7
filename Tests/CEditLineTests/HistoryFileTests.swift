import XCTest
import Foundation
import CEditLine

/// libedit's history through the shim: entries survive a save and load, multi-line entries
/// stay one entry, consecutive duplicates are merged.
final class HistoryFileTests: XCTestCase {
    func testSaveAndLoadKeepsMultiLineEntries() throws {
        let path = NSTemporaryDirectory() + "kvo-history-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let h = kvo_history_new(100)!
        defer { kvo_history_free(h) }
        kvo_history_add(h, "echo 1")
        kvo_history_add(h, "echo 1")
        kvo_history_add(h, "if true\n  echo \"é\"\nend")
        XCTAssertEqual(kvo_history_size(h), 2)
        XCTAssertGreaterThanOrEqual(kvo_history_write(h, path), 0)

        let loaded = kvo_history_new(100)!
        defer { kvo_history_free(loaded) }
        XCTAssertGreaterThanOrEqual(kvo_history_read(loaded, path), 0)
        XCTAssertEqual(kvo_history_size(loaded), 2)
        XCTAssertEqual(String(cString: kvo_history_get(loaded, 0)), "echo 1")
        XCTAssertEqual(String(cString: kvo_history_get(loaded, 1)), "if true\n  echo \"é\"\nend")
    }

    func testSizeLimit() {
        let h = kvo_history_new(3)!
        defer { kvo_history_free(h) }
        for i in 0..<10 { kvo_history_add(h, "echo \(i)") }
        XCTAssertEqual(kvo_history_size(h), 3)
        XCTAssertEqual(String(cString: kvo_history_get(h, 0)), "echo 7")
    }
}
