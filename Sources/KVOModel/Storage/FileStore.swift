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

    /// The largest file kvo reads whole: a dossier of 20,000 incidents is about 6 MB, so this
    /// is far above any real one and far below what would exhaust the memory.
    public static let maximumSize = 256 * 1024 * 1024

    /// Reads a whole regular file. A FIFO, a device or a folder is refused before a byte is read
    /// (opened without blocking, so a FIFO with no writer cannot hang kvo), and so is a file
    /// above `maximumSize`.
    public static func read(_ path: String, limit: Int = maximumSize) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw cannotOpen(path, errnoText()) }
        defer { close(fd) }
        let size = try regularFileSize(fd, path: path, limit: limit)
        // Back to blocking reads: a regular file never blocks, and EAGAIN must not stop the loop.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        var bytes = [UInt8](repeating: 0, count: size)
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

    /// The size of the open file, or why kvo does not read it.
    static func regularFileSize(_ fd: Int32, path: String, limit: Int) throws(Failure) -> Int {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw cannotRead(path, errnoText()) }
        if let why = refusal(st, limit: limit) { throw cannotRead(path, why) }
        return max(Int(st.st_size), 0)
    }

    /// Why a file is not read whole: not a regular file (a FIFO would block, a device never
    /// ends), or larger than `limit`. nil when it may be read.
    public static func refusal(_ st: stat, limit: Int = maximumSize) -> Message? {
        switch st.st_mode & S_IFMT {
        case S_IFREG:
            guard Int(st.st_size) <= limit else {
                let mib = limit / (1024 * 1024)
                return Message(en: "it is larger than \(mib) MiB", nl: "het is groter dan \(mib) MiB")
            }
            return nil
        case S_IFDIR: return Message(en: "it is a folder", nl: "het is een map")
        case S_IFIFO: return Message(en: "it is a pipe (FIFO), not a file", nl: "het is een pijp (FIFO), geen bestand")
        case S_IFCHR, S_IFBLK: return Message(en: "it is a device, not a file", nl: "het is een apparaat, geen bestand")
        default: return Message(en: "it is not a regular file", nl: "het is geen gewoon bestand")
        }
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// The file a path names, symbolic links followed; the path itself when it does not exist yet
    /// (then its folder is resolved), so that a link and its target share one lock and one journal.
    public static func resolved(_ path: String) -> String {
        if let real = realPath(path) { return real }
        let folder = directory(of: path)
        guard let realFolder = realPath(folder) else { return path }
        return (realFolder == "/" ? "" : realFolder) + "/" + fileName(of: path)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether the file exists and is read-only: no write bit set, or no write access for us.
    public static func isReadOnly(_ path: String) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0 else { return false }
        return (st.st_mode & 0o222) == 0 || access(path, W_OK) != 0
    }

    /// The name of the temporary file a save by process `pid` writes beside `path`.
    static func temporaryName(of path: String, pid: Int32) -> String {
        directory(of: path) + "/." + fileName(of: path) + ".tmp-\(pid)"
    }

    /// Writes `bytes` to `path` atomically and durably. A symbolic link is written through: its
    /// target is replaced and the link stays a link. The new file keeps the old one's mode and
    /// owner. The temporary file is made with O_EXCL|O_NOFOLLOW, so a link planted under its
    /// name cannot redirect the write; it carries the process ID, so a later run can tell a
    /// leftover of a killed save (`removeTemporaryFiles`).
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
        let target = resolved(path)
        let folder = directory(of: target)
        let temporary = temporaryName(of: target, pid: getpid())
        var original = stat()
        let hasOriginal = stat(target, &original) == 0
        let mode = hasOriginal ? original.st_mode & 0o7777 : 0o644
        let fd = try createExclusively(temporary, mode: mode)
        do throws(Failure) {
            // Exactly the original's mode (O_CREAT's mode passes through the umask), and its owner.
            _ = fchmod(fd, mode)
            if hasOriginal { _ = fchown(fd, original.st_uid, original.st_gid) }
            try writeAll(fd, bytes, path: temporary)
            guard fsync(fd) == 0 else { throw cannotFlush(temporary, errnoText()) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, target) == 0 else {
            let why = errnoText()
            let message = Message(en: "cannot replace \(path): \(why.en)", nl: "kan \(path) niet vervangen: \(why.nl)")
            unlink(temporary)
            throw Failure(message: message)
        }
        syncDirectory(folder)
    }

    /// Creates a new file, never following a link and never opening one that exists. A file of
    /// our own process ID can only be a leftover of a dead process that had the same ID (we
    /// leave none): it is removed (a link is removed, not its target) and the create is tried again.
    static func createExclusively(_ path: String, mode: mode_t) throws(Failure) -> Int32 {
        for attempt in 0..<2 {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd >= 0 { return fd }
            guard errno == EEXIST, attempt == 0 else { break }
            unlink(path)
        }
        throw cannotWrite(path, errnoText())
    }

    /// Removes the temporary files that saves of `path` by processes now gone left behind (a
    /// save killed before its rename). Those of live processes are theirs to finish.
    public static func removeTemporaryFiles(of path: String) {
        let target = resolved(path)
        let folder = directory(of: target)
        let prefix = "." + fileName(of: target) + ".tmp-"
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        var stale: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count)), pid > 0 else { continue }
            if pid != getpid(), !isAlive(pid) { stale.append(folder + "/" + name) }
        }
        for path in stale { unlink(path) }
    }

    /// Whether a process of that ID is running (EPERM: it is, but not ours).
    public static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
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

    /// Appends a line and flushes it to disk before returning (the journal's promise). A write
    /// that fails half-way (a full disk) is cut back off, so the file never holds half a line
    /// followed by whole ones.
    public static func appendDurably(_ line: String, to path: String) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw cannotOpen(path, errnoText()) }
        defer { close(fd) }
        let before = lseek(fd, 0, SEEK_END)
        do throws(Failure) {
            try writeAll(fd, Array((line + "\n").utf8), path: path)
            guard fsync(fd) == 0 else { throw cannotFlush(path, errnoText()) }
        } catch {
            if before >= 0 { _ = ftruncate(fd, before) }
            throw error
        }
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
