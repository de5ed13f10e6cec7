import XCTest
import Foundation

/// docs/dossier.schema.json is what `kvo schema` prints, and the examples satisfy it and load.
final class SchemaDocumentTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path

    func testDocumentIsCurrent() throws {
        let r = try KVOBinary.run(["-c", "schema"], directory: Self.root)
        XCTAssertEqual(r.code, 0)
        let committed = try String(contentsOfFile: Self.root + "/docs/dossier.schema.json", encoding: .utf8)
        XCTAssertEqual(r.stdout, committed, "docs/dossier.schema.json is stale: run kvo -c schema > docs/dossier.schema.json")
    }

    func testExamplesLoad() throws {
        for example in ["examples/de-hoek.json", "examples/cluster-kanaalzone.json"] {
            let r = try KVOBinary.run([example, "--readonly", "-c", "count parks"], directory: Self.root)
            XCTAssertEqual(r.code, 0, "\(example): \(r.stderr)")
        }
    }

    /// Validates the examples with an independent JSON Schema validator (Python's jsonschema).
    func testExamplesValidateAgainstTheSchema() throws {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import jsonschema"]
        check.standardError = FileHandle.nullDevice
        try check.run()
        check.waitUntilExit()
        guard check.terminationStatus == 0 else { throw XCTSkip("python3 with jsonschema is not installed") }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open('docs/dossier.schema.json'))
            jsonschema.Draft202012Validator.check_schema(schema)
            for path in sys.argv[1:]:
                errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(path))))
                for e in errors[:5]: print(path, list(e.path), e.message)
                if errors: sys.exit(1)
            print('valid')
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, "examples/de-hoek.json", "examples/cluster-kanaalzone.json"]
        p.currentDirectoryURL = URL(fileURLWithPath: Self.root)
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(p.terminationStatus, 0, text)
        XCTAssertEqual(text, "valid\n")
    }
}
