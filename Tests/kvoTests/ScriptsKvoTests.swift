import XCTest
import Foundation

/// `scripts/kvo ARGS` passes ARGS to kvo only (issue 13): scripts/bootstrap, which it sources,
/// used to take them for Debian packages (`apt-get install -c 'echo 1'`). Run with stand-ins for
/// swift, dpkg and apt-get on PATH, in a copy of the two scripts.
final class ScriptsKvoTests: XCTestCase {
    func testArgumentsGoToKvoAndNotToBootstrap() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path
        let dir = NSTemporaryDirectory() + "kvo-scripts-\(UUID().uuidString)"
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/scripts", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: dir + "/stubs", withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: dir) }
        for name in ["kvo", "bootstrap"] { try fm.copyItem(atPath: root + "/scripts/" + name, toPath: dir + "/scripts/" + name) }
        let stubs: [String: String] = [
            "swift": "if [[ \" $* \" == *\" --show-bin-path \"* ]]; then echo \(dir)/stubs/bin; fi",
            "dpkg": "[[ \"$2\" == lib* ]]",
            "apt-get": "echo \"apt-get $*\" >> \(dir)/apt.log",
        ]
        try fm.createDirectory(atPath: dir + "/stubs/bin", withIntermediateDirectories: true)
        var all = stubs
        all["bin/kvo"] = "printf '%s|' \"$@\" > \(dir)/kvo.args"
        for (name, body) in all {
            let path = dir + "/stubs/" + name
            try ("#!/bin/bash\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dir + "/scripts/kvo")
        process.arguments = ["-c", "echo 1"]
        process.environment = ["PATH": dir + "/stubs:/usr/bin:/bin", "HOME": dir]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(try String(contentsOfFile: dir + "/kvo.args", encoding: .utf8), "-c|echo 1|")
        XCTAssertFalse(fm.fileExists(atPath: dir + "/apt.log"), (try? String(contentsOfFile: dir + "/apt.log", encoding: .utf8)) ?? "")
    }
}
