#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lock beside a dossier (`NAME.json.lock`, beside the file a link points to) that keeps a
/// second writer out. The lock is an `flock` on that file: the kernel gives it to one process at
/// a time and takes it back when the process dies, however it dies, so a stale lock needs no
/// takeover and two writers can never both hold it. The file's text (process ID, user, host,
/// time) only tells a second writer who holds it.
public final class LockFile {
    public let path: String
    private var fd: Int32 = -1

    /// `dossierPath` should be resolved (`FileSystem.resolved`): a link and its target share one lock.
    public init(dossierPath: String) { self.path = dossierPath + ".lock" }

    deinit { release() }

    public struct Held: Error, Sendable {
        public let pid: Int32
        public let user: String
        public let host: String
        public let since: String
        // Its text (`owner`) is KVOModel's, which has the languages.
    }

    public var isHeld: Bool { fd >= 0 }

    /// Takes the lock, or says who holds it (`Held`); an IOError when it cannot. When the
    /// owner's line cannot be written (a full disk) the lock is let go and the open fails: kvo
    /// never leaves an empty lock file.
    public func acquire(user: String, at time: String) throws {
        guard fd < 0 else { return }
        // A holder may remove the file as it lets go; a lock on a removed file is worth nothing,
        // so check that the path still names the file locked, and try again when it does not.
        for _ in 0..<8 {
            let candidate = try syscall(.create, path) { open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644) }
            if syscall({ flock(candidate, LOCK_EX | LOCK_NB) }) != 0 {
                let failure = IOError.last(.create, path)
                let busy = errno == EWOULDBLOCK
                let owner = LockFile.owner(read: candidate)
                close(candidate)
                if busy { throw owner }
                throw failure
            }
            guard LockFile.sameFile(candidate, path) else {
                close(candidate)
                continue
            }
            do {
                try LockFile.writeOwner(candidate, user: user, at: time, path: path)
            } catch {
                unlink(path)
                close(candidate)
                throw error
            }
            fd = candidate
            return
        }
        throw IOError(.takeLock, path, .none)
    }

    /// Lets go: the file is removed while still locked, then the lock dies with the descriptor.
    public func release() {
        guard fd >= 0 else { return }
        if LockFile.sameFile(fd, path) { unlink(path) }
        close(fd)
        fd = -1
    }

    static func sameFile(_ fd: Int32, _ path: String) -> Bool {
        var open = stat(), named = stat()
        guard fstat(fd, &open) == 0, lstat(path, &named) == 0 else { return false }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    static func writeOwner(_ fd: Int32, user: String, at time: String, path: String) throws(IOError) {
        let safeUser = user.isEmpty || user.contains(" ") ? "?" : user
        let text = Array("\(getpid()) \(safeUser) \(CurrentProcess.hostName) \(time)\n".utf8)
        guard ftruncate(fd, 0) == 0, lseek(fd, 0, SEEK_SET) == 0 else { throw IOError.last(.write, path) }
        try Descriptor.writeAll(fd, text, path: path)
        try syscall(.flush, path) { fsync(fd) }
    }

    /// Who holds the lock, from the file's text (a "?" for what it does not say).
    static func owner(read fd: Int32) -> Held {
        var buffer = [UInt8](repeating: 0, count: 1024)
        let n = syscall { pread(fd, &buffer, buffer.count, 0) }
        let text = n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : ""
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" }).map(String.init)
        func part(_ i: Int) -> String { i < parts.count ? parts[i] : "?" }
        return Held(pid: parts.first.flatMap { Int32($0) } ?? 0, user: part(1), host: part(2), since: part(3))
    }
}
