#if canImport(Glibc)
import Glibc
#endif

/// Reading and writing files so that work is never lost: a save writes a temporary file in the
/// same folder, flushes it to disk, and renames it over the old one, so a crash leaves either
/// the old or the new file, never a torn one. On the C library, not Foundation (start-up time).
public enum FileStore {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }

        public init(message: String) { self.message = message }
    }

    static func errnoText() -> String {
        switch errno {
        case ENOENT: "no such file or folder"
        case EACCES: "permission denied"
        case ENOSPC: "the disk is full"
        case EROFS: "the file system is read-only"
        case EISDIR: "it is a folder"
        default: String(cString: strerror(errno))
        }
    }

    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(message: "cannot open \(path): \(errnoText())") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure(message: "cannot read \(path): \(errnoText())") }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw Failure(message: "cannot read \(path): it is a folder") }
        var bytes = [UInt8](repeating: 0, count: max(Int(st.st_size), 0))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "cannot read \(path): \(errnoText())")
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
        guard fd >= 0 else { throw Failure(message: "cannot write \(temporary): \(errnoText())") }
        do throws(Failure) {
            try writeAll(fd, bytes, path: temporary)
            guard fsync(fd) == 0 else { throw Failure(message: "cannot flush \(temporary): \(errnoText())") }
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
            let message = "cannot replace \(path): \(errnoText())"
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
                throw Failure(message: "cannot write \(path): \(errnoText())")
            }
            done += n
        }
    }

    /// Appends a line and flushes it to disk before returning (the journal's promise).
    public static func appendDurably(_ line: String, to path: String) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(message: "cannot open \(path): \(errnoText())") }
        defer { close(fd) }
        try writeAll(fd, Array((line + "\n").utf8), path: path)
        guard fsync(fd) == 0 else { throw Failure(message: "cannot flush \(path): \(errnoText())") }
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
