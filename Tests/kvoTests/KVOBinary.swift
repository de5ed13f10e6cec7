import Foundation

/// The built `kvo` executable, found beside the test bundle (`swift build` puts both in the
/// same folder), or at $KVO_BIN.
enum KVOBinary {
    static var path: String {
        if let override = ProcessInfo.processInfo.environment["KVO_BIN"] { return override }
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().appendingPathComponent("kvo").path
    }

    struct Result {
        var stdout: String
        var stderr: String
        var code: Int32
    }

    /// Runs kvo with pipes (so not a terminal), in `directory`, feeding `input` on stdin.
    static func run(_ arguments: [String], input: String = "", directory: String, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ["PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "HOME": directory, "TERM": "dumb", "USER": "golden",
                   "SOURCE_DATE_EPOCH": "1767258000", "COLUMNS": "100", "TZ": "UTC"]
        env.merge(environment) { $1 }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self), code: process.terminationStatus)
    }
}
