#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KVOModel

/// Runs another program (Chromium for PDF) and waits for it, at most a time limit: a program
/// that hangs is killed, so kvo never hangs with it. Standard input is /dev/null; standard
/// output and error are kept (capped) for the error message.
public enum Subprocess {
    public struct Outcome: Sendable {
        public let status: Int32
        public let timedOut: Bool
        public let output: String
    }

    /// The first of `names` found on PATH, as a full path.
    public static func find(_ names: [String]) -> String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/local/bin:/usr/bin:/bin"
        for name in names {
            for dir in path.split(separator: ":") where !dir.isEmpty {
                let candidate = dir + "/" + name
                if access(candidate, X_OK) == 0 { return candidate }
            }
        }
        return nil
    }

    /// Runs `program` with `arguments`; nil when it could not be started.
    public static func run(_ program: String, _ arguments: [String], seconds: Int) -> Outcome? {
        var output: [Int32] = [0, 0]
        guard pipe(&output) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, output[1], 2)
        posix_spawn_file_actions_addclose(&actions, output[0])
        posix_spawn_file_actions_addclose(&actions, output[1])
        var argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, &argv, environ)
        close(output[1])
        guard spawned == 0 else { close(output[0]); return nil }
        // Read without blocking so the deadline is kept even when the program prints nothing.
        _ = fcntl(output[0], F_SETFL, fcntl(output[0], F_GETFL) | O_NONBLOCK)
        var captured: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 8192)
        var status: Int32 = 0, timedOut = false, done = false
        let deadline = time(nil) + time_t(seconds)
        while !done {
            let n = read(output[0], &chunk, chunk.count)
            if n > 0, captured.count < 65536 { captured.append(contentsOf: chunk[0..<n]) }
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { done = true; break }
            if time(nil) >= deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                timedOut = true
                break
            }
            if n <= 0 { usleep(20_000) }
        }
        close(output[0])
        let exit: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(status: exit, timedOut: timedOut, output: String(decoding: captured, as: UTF8.self))
    }
}
