#if canImport(Glibc)
import Glibc
#endif

/// Reading and writing files so that work is never lost: a save writes a temporary file in the
/// same folder, flushes it to disk, and renames it over the old one, so a crash leaves either
/// the old or the new file, never a torn one. On the C library, not Foundation (start-up time).
public enum FileStore {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let message: Message
        public var description: String { message.en }

        public init(message: Message) { self.message = message }
    }

    /// Why the last call failed, from errno. The C library's own text (the rare cases) is no
    /// sentence of ours and is shown as it is.
    static func errnoText() -> Message {
        switch errno {
        case ENOENT: Message(en: "no such file or folder", nl: "bestand of map bestaat niet")
        case EACCES: Message(en: "permission denied", nl: "geen toestemming")
        case ENOSPC: Message(en: "the disk is full", nl: "de schijf is vol")
        case EROFS: Message(en: "the file system is read-only", nl: "het bestandssysteem is alleen-lezen")
        case EISDIR: Message(en: "it is a folder", nl: "het is een map")
        default: .verbatim(String(cString: strerror(errno)))
        }
    }

    static func cannotOpen(_ path: String, _ why: Message) -> Failure {
        Failure(message: Message(en: "cannot open \(path): \(why.en)", nl: "kan \(path) niet openen: \(why.nl)"))
    }

    static func cannotRead(_ path: String, _ why: Message) -> Failure {
        Failure(message: Message(en: "cannot read \(path): \(why.en)", nl: "kan \(path) niet lezen: \(why.nl)"))
    }

    static func cannotWrite(_ path: String, _ why: Message) -> Failure {
        Failure(message: Message(en: "cannot write \(path): \(why.en)", nl: "kan \(path) niet schrijven: \(why.nl)"))
    }

    static func cannotFlush(_ path: String, _ why: Message) -> Failure {
        Failure(message: Message(en: "cannot flush \(path): \(why.en)", nl: "kan \(path) niet naar schijf wegschrijven: \(why.nl)"))
    }

    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw cannotOpen(path, errnoText()) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw cannotRead(path, errnoText()) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw cannotRead(path, Message(en: "it is a folder", nl: "het is een map")) }
        var bytes = [UInt8](repeating: 0, count: max(Int(st.st_size), 0))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw cannotRead(path, errnoText())
            }
            if n == 0 { bytes.removeLast(bytes.count - done); break }
            done += n
        }
        return bytes
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// Writes `bytes` to `path` atomically and durably.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
        let folder = directory(of: path)
        let temporary = folder + "/." + fileName(of: path) + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw cannotWrite(temporary, errnoText()) }
        do throws(Failure) {
            try writeAll(fd, bytes, path: temporary)
            guard fsync(fd) == 0 else { throw cannotFlush(temporary, errnoText()) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        // Keep the old file's permissions.
        var st = stat()
        if stat(path, &st) == 0 { chmod(temporary, st.st_mode & 0o7777) }
        guard rename(temporary, path) == 0 else {
            let why = errnoText()
            let message = Message(en: "cannot replace \(path): \(why.en)", nl: "kan \(path) niet vervangen: \(why.nl)")
            unlink(temporary)
            throw Failure(message: message)
        }
        syncDirectory(folder)
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(Failure) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw cannotWrite(path, errnoText())
            }
            done += n
        }
    }

    /// Appends a line and flushes it to disk before returning (the journal's promise).
    public static func appendDurably(_ line: String, to path: String) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw cannotOpen(path, errnoText()) }
        defer { close(fd) }
        try writeAll(fd, Array((line + "\n").utf8), path: path)
        guard fsync(fd) == 0 else { throw cannotFlush(path, errnoText()) }
    }

    public static func remove(_ path: String) { unlink(path) }

    static func syncDirectory(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
