#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs other programs: Chromium and pandoc with a time limit and their output kept, the
/// helper programs beside kvo with their input fed and their answer read, the pager with text
/// on its standard input. Every spawn of kvo goes through `spawn` here.
public enum Subprocess {
    public struct Outcome: Sendable {
        public let status: Int32
        public let timedOut: Bool
        public let output: String
    }

    /// The first of `names` found on PATH, as a full path.
    public static func find(_ names: [String]) -> String? {
        let path = Environment.get("PATH") ?? "/usr/local/bin:/usr/bin:/bin"
        for name in names {
            for dir in path.split(separator: ":") where !dir.isEmpty {
                let candidate = dir + "/" + name
                if FileSystem.isExecutable(candidate) { return candidate }
            }
        }
        return nil
    }

    /// A helper program (`kvo-csv`, `kvo-xlsx`, `kvo-plan`) in the folder of the running kvo
    /// (or test bundle).
    public static func helperPath(named name: String) -> String? {
        guard let exe = CurrentProcess.executablePath, let slash = exe.lastIndex(of: "/") else { return nil }
        return String(exe[..<slash]) + "/" + name
    }

    /// Whether a process of that ID is running (EPERM: it is, but not ours).
    public static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// What the child's standard streams are: `redirections` maps a child descriptor (0, 1, 2)
    /// to one of ours (dup2), `devNullInput` opens /dev/null as its input, `closing` are ours
    /// the child must not keep (the other ends of pipes).
    public struct Streams {
        public var redirections: [(child: Int32, ours: Int32)] = []
        public var devNullInput = false
        public var closing: [Int32] = []

        public init(redirections: [(child: Int32, ours: Int32)] = [], devNullInput: Bool = false, closing: [Int32] = []) {
            self.redirections = redirections
            self.devNullInput = devNullInput
            self.closing = closing
        }
    }

    /// Starts `program` with `arguments` (the program's name first is added) and the given
    /// streams; its process ID, or an IOError(.start) with posix_spawn's error.
    public static func spawn(_ program: String, _ arguments: [String], streams: Streams) throws(IOError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if streams.devNullInput { posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0) }
        for r in streams.redirections { posix_spawn_file_actions_adddup2(&actions, r.ours, r.child) }
        for fd in streams.closing { posix_spawn_file_actions_addclose(&actions, fd) }
        var argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, &argv, environ)
        guard spawned == 0 else { throw IOError(.start, program, .errno(spawned)) }
        return pid
    }

    /// A pipe: (read end, write end).
    public static func pipe() throws(IOError) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        #if canImport(Glibc)
        let made = Glibc.pipe(&fds)
        #else
        let made = Darwin.pipe(&fds)
        #endif
        guard made == 0 else { throw IOError.last(.open, "pipe") }
        return (fds[0], fds[1])
    }

    /// Waits for the child to end; its raw wait status (`exitCode` reads it).
    @discardableResult
    public static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        syscall { waitpid(pid, &status, 0) }
        return status
    }

    /// The exit status as a shell gives it (128 + signal when killed).
    public static func exitCode(_ status: Int32) -> Int32 {
        (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
