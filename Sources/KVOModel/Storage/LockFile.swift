#if canImport(Glibc)
import Glibc
#endif

/// The lock beside a dossier (`NAME.json.lock`) that keeps a second writer out. It holds the
/// owner's process ID, user and host; a lock whose process is gone is stale and taken over.
public struct LockFile: Sendable {
    public let path: String

    public init(dossierPath: String) { self.path = dossierPath + ".lock" }

    public struct Held: Error, Sendable {
        public let pid: Int32
        public let user: String
        public let host: String
        public let since: String

        /// "process 4242 of anna on laptop-7, since 2026-11-29T09:12:00"
        public var owner: Message {
            Message(en: "process \(pid) of \(user) on \(host), since \(since)",
                    nl: "proces \(pid) van \(user) op \(host), sinds \(since)")
        }
    }

    /// Takes the lock, or says who holds it.
    public func acquire(user: String, at time: String) throws -> Void {
        for _ in 0..<2 {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 {
                var host = [CChar](repeating: 0, count: 256)
                gethostname(&host, host.count)
                let hostName = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                let text = "\(getpid()) \(user) \(hostName) \(time)\n"
                _ = text.withCString { write(fd, $0, strlen($0)) }
                fsync(fd)
                close(fd)
                return
            }
            guard errno == EEXIST else {
                let why = FileStore.errnoText()
                throw FileStore.Failure(message: Message(en: "cannot create \(path): \(why.en)", nl: "kan \(path) niet aanmaken: \(why.nl)"))
            }
            let content = (try? FileStore.read(path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            let parts = content.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if let pid = parts.first.flatMap({ Int32($0) }), LockFile.isAlive(pid) {
                let user = parts.count > 1 ? parts[1] : "?"
                let host = parts.count > 2 ? parts[2] : "?"
                let since = parts.count > 3 ? parts[3].trimmingCharacters() : "?"
                throw Held(pid: pid, user: user, host: host, since: since)
            }
            unlink(path) // stale: its process is gone
        }
        throw FileStore.Failure(message: Message(en: "cannot take the lock \(path)", nl: "kan de vergrendeling \(path) niet nemen"))
    }

    public func release() { unlink(path) }

    static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        var s = self
        while let last = s.last, last == "\n" || last == " " || last == "\r" { s.removeLast() }
        return s
    }
}
