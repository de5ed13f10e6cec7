import Foundation
import XCTest

/// Issue 18's suite of planning instances (Tests/kvoTests/PlanInstances, made by its generate.py):
/// each is solved independently by an ILP in Python (PuLP with CBC, planref.py, formulated from the
/// rules of docs/prioritisation.md §4.1 and reading the dossier itself, not kvo's model), and kvo's
/// `plan --what-if as json` must agree: a plan wherever the reference finds one (the issue's three
/// cases and hours at exactly the least that fits among them), "infeasible" with the conflicting
/// constraints wherever it finds none, and where kvo says optimal the same objective values.
final class PlanReferenceTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("PlanInstances").path

    struct Case: Decodable {
        let name: String
        let asOf: String
        let hours: Double?
        let replan: Bool?
    }

    struct Reference: Decodable {
        let feasible: Bool
        let outside: Int?
        let moved: Int?
        let peak: Double?
    }

    /// Runs reference.py with `arguments`; its standard output.
    func python(_ arguments: [String]) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Self.folder + "/reference.py"] + arguments
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "reference.py \(arguments) failed")
        return data
    }

    /// Runs the reference over every instance (one python3, one CBC run per objective).
    func reference() throws -> [String: Reference] {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import pulp"]
        probe.standardError = FileHandle.nullDevice
        try probe.run()
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else { throw XCTSkip("pulp (PyPI) is not installed: scripts/test installs it") }
        return try JSONDecoder().decode([String: Reference].self, from: python([]))
    }

    func testKvoAgreesWithTheReferenceOnEveryInstance() throws {
        let reference = try reference()
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: URL(fileURLWithPath: Self.folder + "/manifest.json")))
        XCTAssertGreaterThanOrEqual(cases.count, 15)
        var feasible = 0, infeasible = 0
        for c in cases {
            let ref = try XCTUnwrap(reference[c.name], c.name)
            var command = "plan --what-if --time 30"
            if let h = c.hours { command += " --hours \(h)" }
            if c.replan == true { command += " --replan" }
            let r = try KVOBinary.run([Self.folder + "/\(c.name).json", "--readonly", "--as-of", c.asOf, "-c", command + " as json"], directory: Self.folder)
            // A plan with a constraint not met exits 1, like a failed check.
            XCTAssertEqual(r.code, ref.feasible ? 0 : 1, "\(c.name): \(r.stderr)")
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], c.name)
            let solver = try XCTUnwrap(json["solver"] as? [String: Any], "\(c.name): no solver report")
            let status = solver["status"] as? String
            if ref.feasible {
                feasible += 1
                XCTAssertEqual(status, "optimal", "\(c.name): the reference has a plan; kvo: \(solver["message"] ?? "-")")
                XCTAssertEqual(json["feasible"] as? Bool, true, "\(c.name): \(json["constraints"] ?? "-")")
                guard status == "optimal" else { continue }
                let o = try XCTUnwrap(solver["objectives"] as? [String: Any], "\(c.name): no objective values")
                XCTAssertEqual(o["outsideYear"] as? Int, ref.outside, "\(c.name): measures outside their theme's plan year")
                XCTAssertEqual(o["moved"] as? Int, ref.moved, "\(c.name): measures moved")
                XCTAssertEqual(o["peak"] as? Double ?? -1, ref.peak ?? -2, accuracy: 1e-6, "\(c.name): busiest party-quarter")
            } else {
                infeasible += 1
                XCTAssertEqual(status, "infeasible", "\(c.name): the reference has no plan; kvo: \(solver["message"] ?? "-")")
                XCTAssertEqual(json["feasible"] as? Bool, false, c.name)
                let conflicts = (solver["conflicts"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
                XCTAssertFalse(conflicts.isEmpty, "\(c.name): no conflicting constraints named")
                // The reference reads the named constraints back as its own and checks that they
                // cannot all hold and that without any one of them a plan exists.
                let check = try JSONSerialization.jsonObject(with: python(["--conflicts", c.name] + conflicts)) as? [String: Any]
                XCTAssertEqual(check?["irreducible"] as? Bool, true, "\(c.name): \(conflicts): \(check?["why"] ?? "-")")
            }
        }
        XCTAssertGreaterThanOrEqual(feasible, 10)
        XCTAssertGreaterThanOrEqual(infeasible, 3)
    }
}
