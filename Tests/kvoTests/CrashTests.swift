import XCTest
import Foundation

/// kvo is killed with SIGKILL in the middle of saves and of a burst of amendments; the file must
/// always be the old or the new version, and every acknowledged amendment must come back.
final class CrashTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "kvo-crash-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    /// A dossier big enough that a save takes a while: `incidents` records.
    private func writeDossier(incidents: Int) throws -> String {
        var records: [[String: Any]] = []
        for i in 1...incidents {
            records.append(["id": "I-\(i)", "source": "police", "category": "inbraak bedrijfspand", "date": "2024-03-\(10 + i % 18)",
                            "count": 1, "area": "bedrijventerrein", "street": "Industrieweg \(i % 90)"])
        }
        let dossier: [String: Any] = ["format": "kvo-dossier/2", "name": "version-0",
                                      "parks": [["id": "P-1", "name": "Noord", "entrepreneurs": 120]], "incidents": records]
        let path = folder + "/d.json"
        try JSONSerialization.data(withJSONObject: dossier, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func spawn(_ arguments: [String], input: String) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: KVOBinary.path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "HOME": folder, "USER": "crash"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        return (process, stdout)
    }

    func testKilledDuringSavesLeavesOldOrNew() throws {
        let path = try writeDossier(incidents: 10_000)
        // Each round sets the name and saves; the name tells which version a file is.
        var script = ""
        for v in 1...40 { script += "set organisation name=\"v\(v)\"\nsave\n" }
        for round in 0..<10 {
            // Whatever a killed run left, the file must load: its name is "version-0" or an "organisation" set by some run.
            let (process, _) = try spawn([path, "--recover"], input: script)
            usleep(useconds_t(60_000 + round * 70_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let r = try KVOBinary.run([path, "--readonly", "-c", "count incidents"], directory: folder)
            XCTAssertEqual(r.code, 0, "round \(round): the file did not load after a kill: \(r.stderr)")
            XCTAssertEqual(r.stdout, "10000\n", "round \(round)")
        }
    }

    func testKilledDuringAmendmentsLosesNothingAcknowledged() throws {
        let path = try writeDossier(incidents: 2_000)
        var script = ""
        for i in 1...2_000 { script += "add incident source=fire category=\"brandmelding \(i)\" date=2024-05-01 count=1\n" }
        for round in 0..<3 {
            let (process, stdout) = try spawn([path, "--recover"], input: script)
            // Kill it a while after the first acknowledgement (however slow the machine is today).
            let received = Received()
            stdout.fileHandleForReading.readabilityHandler = { handle in received.append(handle.availableData) }
            let deadline = Date().addingTimeInterval(60)
            while !received.text.contains("added I-"), process.isRunning, Date() < deadline { usleep(10_000) }
            usleep(useconds_t(100_000 + round * 200_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            stdout.fileHandleForReading.readabilityHandler = nil
            received.append(stdout.fileHandleForReading.readDataToEndOfFile())
            // A run that ended by itself before the kill rolled its amendments back on purpose.
            guard process.terminationReason == .uncaughtSignal else { continue }
            let printed = received.text
            let acknowledged = printed.split(separator: "\n").filter { $0.hasPrefix("added I-") }.map { String($0.dropFirst(6)) }
            // Reopen, replay the journal, and find every acknowledged record.
            let check = try KVOBinary.run([path, "--recover", "-c", "list incidents where source = \"fire\" fields id as csv", "-c", "save"],
                                          directory: folder)
            XCTAssertEqual(check.code, 0, check.stderr)
            let present = Set(check.stdout.split(separator: "\r\n").map(String.init))
            for id in acknowledged { XCTAssertTrue(present.contains(id), "round \(round): \(id) was acknowledged but is gone") }
            XCTAssertGreaterThan(acknowledged.count, 0, "round \(round): nothing was acknowledged before the kill; the test proves nothing")
        }
    }
}

/// What a child printed so far, gathered on the pipe's reading thread.
private final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ more: Data) { lock.lock(); data.append(more); lock.unlock() }

    var text: String { lock.lock(); defer { lock.unlock() }; return String(decoding: data, as: UTF8.self) }
}
