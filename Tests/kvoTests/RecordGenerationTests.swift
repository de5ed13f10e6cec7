import XCTest
import Foundation

/// The typed records are what scripts/gen-records makes of docs/dossier.schema.json, which is
/// what `kvo schema` prints (SchemaDocumentTests): schema, document and records agree.
final class RecordGenerationTests: XCTestCase {
    func testGeneratedRecordsAreCurrent() throws {
        let run = Process()
        run.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        run.arguments = ["python3", SchemaDocumentTests.root + "/scripts/gen-records", "--check"]
        let out = Pipe()
        run.standardOutput = out
        try run.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.waitUntilExit()
        XCTAssertEqual(run.terminationStatus, 0, "the typed records are stale: run scripts/gen-records\n\(text)")
    }
}
