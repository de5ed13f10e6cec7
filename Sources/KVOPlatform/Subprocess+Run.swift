#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Subprocess {
    /// Runs `program` and waits for it, at most `seconds`: a program that hangs is killed, so kvo
    /// never hangs with it. Standard input is /dev/null; standard output and error are kept
    /// (capped) for the error message. Nil when it could not be started.
    public static func run(_ program: String, _ arguments: [String], seconds: Int) -> Outcome? {
        guard let output = try? pipe() else { return nil }
        let pid: pid_t
        do {
            pid = try spawn(program, arguments, streams: Streams(redirections: [(1, output.write), (2, output.write)],
                                                                 devNullInput: true, closing: [output.read, output.write]))
        } catch {
            close(output.write); close(output.read)
            return nil
        }
        close(output.write)
        defer { close(output.read) }
        // Read without blocking so the deadline is kept even when the program prints nothing.
        _ = fcntl(output.read, F_SETFL, fcntl(output.read, F_GETFL) | O_NONBLOCK)
        var captured: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 8192)
        var status: Int32 = 0, timedOut = false
        let deadline = ContinuousClock.now + .seconds(seconds)
        while true {
            let n = syscall { chunk.withUnsafeMutableBytes { Descriptor.read(output.read, $0.baseAddress!, $0.count) } }
            if n > 0, captured.count < 65536 { captured.append(contentsOf: chunk[0..<n]) }
            if syscall({ waitpid(pid, &status, WNOHANG) }) == pid { break }
            if ContinuousClock.now >= deadline {
                kill(pid, SIGKILL)
                syscall { waitpid(pid, &status, 0) }
                timedOut = true
                break
            }
            if n <= 0 { usleep(20_000) }
        }
        return Outcome(status: exitCode(status), timedOut: timedOut, output: String(decoding: captured, as: UTF8.self))
    }

    /// Runs `program` with `input` on its standard input and returns all it writes to standard
    /// output and its exit status; `written` is false when it stopped reading early. The
    /// program must read all of its input before it writes (kvo-csv does), or this would deadlock.
    public static func exchange(_ program: String, _ arguments: [String], input bytes: [UInt8]) throws(IOError)
        -> (output: [UInt8], status: Int32, written: Bool) {
        let input = try pipe()
        let output: (read: Int32, write: Int32)
        do { output = try pipe() } catch { close(input.read); close(input.write); throw error }
        let all = [input.read, input.write, output.read, output.write]
        let pid: pid_t
        do {
            pid = try spawn(program, arguments, streams: Streams(redirections: [(0, input.read), (1, output.write)], closing: all))
        } catch {
            for fd in all { close(fd) }
            throw error
        }
        close(input.read)
        close(output.write)
        let written = Descriptor.writeAll(input.write, bytes) == bytes.count
        close(input.write)
        let reply = (try? FileSystem.readAll(output.read, path: program)) ?? []
        close(output.read)
        return (reply, wait(pid), written)
    }

    /// Runs `/bin/sh -c command` with `bytes` on its standard input (the pager) and waits for
    /// it. False when it could not be started. A reader that quits before the end closes the
    /// pipe: the write then fails with EPIPE instead of the signal ending kvo.
    public static func feed(_ bytes: [UInt8], toShellCommand command: String) -> Bool {
        guard let fds = try? pipe() else { return false }
        guard let pid = try? spawn("/bin/sh", ["-c", command],
                                   streams: Streams(redirections: [(0, fds.read)], closing: [fds.read, fds.write])) else {
            close(fds.read); close(fds.write)
            return false
        }
        close(fds.read)
        let previous = signal(SIGPIPE, SIG_IGN)
        Descriptor.writeAll(fds.write, bytes)
        close(fds.write)
        signal(SIGPIPE, previous)
        wait(pid)
        return true
    }
}
